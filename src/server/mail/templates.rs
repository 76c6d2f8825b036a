//! Email templates (`registration/*.txt|html`): built in, overridable from a directory.

use minijinja::{Environment, Value};
use std::path::Path;

const BUILT_IN: [(&str, &str); 18] = [
    (
        "registration/email_change_email_subject.txt",
        include_str!("../../../templates/registration/email_change_email_subject.txt"),
    ),
    (
        "registration/email_change_email.txt",
        include_str!("../../../templates/registration/email_change_email.txt"),
    ),
    (
        "registration/email_change_email.html",
        include_str!("../../../templates/registration/email_change_email.html"),
    ),
    (
        "registration/security_notice_email_subject.txt",
        include_str!("../../../templates/registration/security_notice_email_subject.txt"),
    ),
    (
        "registration/security_notice_email.txt",
        include_str!("../../../templates/registration/security_notice_email.txt"),
    ),
    (
        "registration/security_notice_email.html",
        include_str!("../../../templates/registration/security_notice_email.html"),
    ),
    (
        "registration/account_deleted_email_subject.txt",
        include_str!("../../../templates/registration/account_deleted_email_subject.txt"),
    ),
    (
        "registration/account_deleted_email.txt",
        include_str!("../../../templates/registration/account_deleted_email.txt"),
    ),
    (
        "registration/account_deleted_email.html",
        include_str!("../../../templates/registration/account_deleted_email.html"),
    ),
    (
        "registration/account_exists_email_subject.txt",
        include_str!("../../../templates/registration/account_exists_email_subject.txt"),
    ),
    (
        "registration/account_exists_email.txt",
        include_str!("../../../templates/registration/account_exists_email.txt"),
    ),
    (
        "registration/account_exists_email.html",
        include_str!("../../../templates/registration/account_exists_email.html"),
    ),
    (
        "registration/activation_email_subject.txt",
        include_str!("../../../templates/registration/activation_email_subject.txt"),
    ),
    (
        "registration/activation_email.txt",
        include_str!("../../../templates/registration/activation_email.txt"),
    ),
    (
        "registration/activation_email.html",
        include_str!("../../../templates/registration/activation_email.html"),
    ),
    (
        "registration/password_reset_email_subject.txt",
        include_str!("../../../templates/registration/password_reset_email_subject.txt"),
    ),
    (
        "registration/password_reset_email.txt",
        include_str!("../../../templates/registration/password_reset_email.txt"),
    ),
    (
        "registration/password_reset_email.html",
        include_str!("../../../templates/registration/password_reset_email.html"),
    ),
];

/// A template that failed to render (a broken override, usually).
#[derive(Debug, thiserror::Error)]
#[error("template {name}")]
pub struct TemplateError {
    pub name: String,
    #[source]
    pub source: minijinja::Error,
}

/// The loaded templates. HTML templates are auto-escaped; text templates are not.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// Loads the built-in templates, replacing each with `<dir>/<name>` when that file exists;
    /// `t` translates with `catalogues` (see `translate`).
    pub fn load(
        override_dir: Option<&Path>,
        catalogues: std::sync::Arc<crate::server::i18n::Catalogues>,
    ) -> Result<Self, String> {
        let mut env = Environment::new();
        env.set_keep_trailing_newline(false);
        super::translate::install(&mut env, catalogues);
        for (name, builtin) in BUILT_IN {
            let source = match override_dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => {
                    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?
                }
                None => builtin.to_owned(),
            };
            env.add_template_owned(name, source).map_err(|e| format!("template {name}: {e}"))?;
        }
        Ok(Self { env })
    }

    pub fn render(&self, name: &str, context: &Value) -> Result<String, TemplateError> {
        let error = |source| TemplateError { name: name.to_owned(), source };
        self.env.get_template(name).map_err(error)?.render(context).map_err(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::i18n::{Catalogues, LanguageSettings};

    fn catalogues() -> std::sync::Arc<Catalogues> {
        std::sync::Arc::new(Catalogues::load(&LanguageSettings::default()).unwrap())
    }

    #[test]
    fn html_templates_escape_and_text_templates_do_not() {
        let templates = Templates::load(None, catalogues()).unwrap();
        let ctx = minijinja::context! {
            activation_key => "ab", expiration_days => 7,
            site => minijinja::context! { domain => "example.com", name => "Example", scheme => "https" },
            user => minijinja::context! { username => "<b>bob</b>", email => "b@example.com" },
        };
        let html = templates.render("registration/activation_email.html", &ctx).unwrap();
        assert!(html.contains("&lt;b&gt;bob") && !html.contains("<b>bob"));
        assert!(html.contains("https://example.com/accounts/activate/ab/"));
        let text = templates.render("registration/activation_email.txt", &ctx).unwrap();
        assert!(text.contains("<b>bob</b>") && text.contains("7 days"));
    }

    #[test]
    fn mail_speaks_the_language_of_its_context_and_english_stays_as_it_was() {
        let templates = Templates::load(None, catalogues()).unwrap();
        let ctx = |lang: &str| {
            minijinja::context! {
                lang => lang, activation_key => "ab", expiration_days => 7,
                site => minijinja::context! { domain => "example.com", name => "Ex<am>ple", scheme => "https" },
                user => minijinja::context! { username => "bob", email => "b@example.com" },
            }
        };
        let english = templates.render("registration/activation_email.txt", &ctx("en")).unwrap();
        let expected = "Hello bob,\n\nYou (or someone pretending to be you) have asked to register an account at\n\
            Ex<am>ple. If this wasn't you, please ignore this email\nand your address will be removed from our records.\n\n\
            To activate this account, please click the following link within the next\n7 days:\n\n\
            https://example.com/accounts/activate/ab/\n\nSincerely,\nEx<am>ple Management";
        assert_eq!(english, expected);
        let french = templates.render("registration/activation_email.txt", &ctx("fr")).unwrap();
        assert_ne!(french, english);
        assert!(french.contains("https://example.com/accounts/activate/ab/") && french.contains("7"));
        let html = templates.render("registration/activation_email.html", &ctx("de")).unwrap();
        assert!(html.contains("Ex&lt;am&gt;ple") && !html.contains("Ex<am>ple"), "{html}");
        assert!(html.contains(r#"<html lang="de""#), "{html}");
    }

    #[test]
    fn every_notice_kind_has_its_words_in_every_language() {
        let templates = Templates::load(None, catalogues()).unwrap();
        for lang in crate::server::i18n::BUNDLED {
            for kind in ["password_changed", "password_reset", "email_changed", "email_change_requested"] {
                let ctx = minijinja::context! {
                    lang => lang, dir => crate::server::i18n::Catalogues::direction(lang), kind => kind,
                    site => minijinja::context! { domain => "example.com", name => "Example", scheme => "https" },
                    user => minijinja::context! { username => "bob", email => "b@example.com" },
                    new_email => if kind.starts_with("email") { Some("new@example.org") } else { None },
                    when => "2026-12-01 10:04 UTC", ip => "192.0.2.1", browser => "Firefox on Linux",
                    token => "t0k3n", timeout_days => 7,
                };
                for name in ["subject.txt", ".txt", ".html"].map(|end| {
                    let end = if end == "subject.txt" { "_subject.txt" } else { end };
                    format!("registration/security_notice_email{end}")
                }) {
                    let text = templates.render(&name, &ctx).unwrap();
                    assert!(
                        !text.contains("account-notice") && !text.contains("none"),
                        "{lang} {kind} {name}: {text}"
                    );
                    assert!(
                        name.contains("subject") || text.contains("/accounts/not-me/t0k3n/"),
                        "{lang} {kind}"
                    );
                }
            }
            let html = templates
                .render("registration/account_deleted_email.html", &minijinja::context! {
                    lang => lang, dir => crate::server::i18n::Catalogues::direction(lang),
                    site => minijinja::context! { domain => "example.com", name => "Example", scheme => "https" },
                    user => minijinja::context! { username => "bob", email => "b@example.com" },
                })
                .unwrap();
            // The link's address is escaped (`/` as `&#x2f;`, which every HTML reader decodes).
            assert!(
                html.contains(
                    r#"<a href="https:&#x2f;&#x2f;example.com&#x2f;accounts&#x2f;register&#x2f;">"#
                ),
                "{lang}: {html}"
            );
            assert_eq!(html.contains(r#"dir="rtl""#), lang == "ar", "{lang}");
        }
    }

    #[test]
    fn a_directory_overrides_single_templates() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("registration")).unwrap();
        std::fs::write(
            dir.path().join("registration/activation_email_subject.txt"),
            "Custom {{ site.name }}",
        )
        .unwrap();
        let templates = Templates::load(Some(dir.path()), catalogues()).unwrap();
        let ctx = minijinja::context! { site => minijinja::context! { name => "X" } };
        assert_eq!(templates.render("registration/activation_email_subject.txt", &ctx).unwrap(), "Custom X");
    }
}
