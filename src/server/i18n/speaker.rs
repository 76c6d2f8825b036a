//! The catalogues in one language, as the pages speak (`ui::i18n::Speaker`).

use super::{fluent_value, Catalogues};
use crate::domain::Arg;
use crate::ui::i18n::Speaker;
use std::borrow::Cow;
use std::sync::Arc;

/// The catalogues in the language of one request.
pub struct PageSpeaker {
    pub catalogues: Arc<Catalogues>,
    pub language: String,
}

fn fluent_args<'a>(
    args: &'a [(Cow<'static, str>, Arg)],
) -> Vec<(&'a str, fluent_bundle::FluentValue<'static>)> {
    args.iter().map(|(name, value)| (name.as_ref(), fluent_value(value))).collect()
}

impl Speaker for PageSpeaker {
    fn lang(&self) -> &str {
        &self.language
    }

    fn say(&self, id: &str, args: &[(Cow<'static, str>, Arg)]) -> String {
        self.catalogues.message(&self.language, id, &fluent_args(args))
    }

    fn template(&self, id: &str, fixed: &[(Cow<'static, str>, Arg)]) -> String {
        self.catalogues.template(&self.language, id, &fluent_args(fixed))
    }
}
