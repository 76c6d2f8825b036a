//! The templates' `t` function: `{{ t("mail-activation-subject", site_name=site.name) }}`
//! gives that message in the language of the mail (the context's `lang`, else the site's
//! default), with numbers as numbers so Fluent picks the plural. In HTML templates the
//! arguments are escaped (unless already safe) and the result is safe markup, so a message may
//! wrap an argument that is a link.

use crate::server::i18n::Catalogues;
use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, State};
use std::sync::Arc;

pub fn install(env: &mut Environment<'static>, catalogues: Arc<Catalogues>) {
    env.add_function("t", move |state: &State, id: String, kwargs: Kwargs| {
        translate(&catalogues, state, &id, &kwargs)
    });
}

fn translate(catalogues: &Catalogues, state: &State, id: &str, kwargs: &Kwargs) -> Result<Value, Error> {
    let html = matches!(state.auto_escape(), AutoEscape::Html);
    let lang = state.lookup("lang").and_then(|v| v.as_str().map(str::to_owned));
    let mut args: Vec<(&str, FluentValue<'static>)> = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        args.push((name, fluent_value(&value, html)));
    }
    let text = catalogues.message(catalogues.resolve(lang.as_deref()), id, &args);
    Ok(if html { Value::from_safe_string(text) } else { Value::from(text) })
}

fn fluent_value(value: &Value, html: bool) -> FluentValue<'static> {
    if value.kind() == ValueKind::Number {
        if let Some(n) = value.as_i64() {
            return FluentValue::from(n);
        }
    }
    let text = value.to_string();
    if html && !value.is_safe() {
        return FluentValue::from(minijinja::HtmlEscape(&text).to_string());
    }
    FluentValue::from(text)
}
