//! Languages: the bundled Project Fluent catalogues (`locales/<tag>/*.ftl`, built in), a site's
//! own messages (`LOCALES_DIR`, whose files take precedence message by message), and the
//! language of a request (`negotiate`). Mail is written in the language stored on its user.

mod negotiate;
mod speaker;
mod words;

pub use negotiate::{choose, for_request, COOKIE};
pub use speaker::PageSpeaker;
pub use words::{escape, Words};

/// The bundled catalogues with the default settings, for the moments before the site's own
/// are loaded (the "starting" answer).
pub fn bundled() -> &'static Catalogues {
    static BUNDLED_CATALOGUES: std::sync::OnceLock<Catalogues> = std::sync::OnceLock::new();
    BUNDLED_CATALOGUES
        .get_or_init(|| Catalogues::load(&LanguageSettings::default()).expect("the bundled catalogues load"))
}

use crate::domain::{Arg, Msg};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The bundled languages, English first.
pub const BUNDLED: [&str; 7] = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"];

/// Each bundled language's name for itself.
const NATIVE_NAMES: [(&str, &str); 7] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt-BR", "Português (Brasil)"),
    ("ja", "日本語"),
    ("ar", "العربية"),
];

/// The catalogue files (`main.ftl`, `mail.ftl`, `account.ftl`, `self.ftl`, `admin.ftl`) of every bundled language, built in.
macro_rules! bundled {
    ($($tag:literal),*) => {
        [$(($tag, [
            include_str!(concat!("../../../locales/", $tag, "/main.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/mail.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/account.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/self.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/admin.ftl")),
        ])),*]
    };
}

const SOURCES: [(&str, [&str; 5]); 7] = bundled!("en", "de", "fr", "es", "pt-BR", "ja", "ar");

/// Which languages the site speaks (`LANGUAGE_CODE`, `LANGUAGES`, `LOCALES_DIR`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageSettings {
    pub default: String,
    pub offered: Vec<String>,
    pub overrides: Option<std::path::PathBuf>,
}

impl Default for LanguageSettings {
    fn default() -> Self {
        Self { default: "en".into(), offered: BUNDLED.map(String::from).into(), overrides: None }
    }
}

/// Every offered language's messages.
pub struct Catalogues {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    default: String,
    offered: Vec<LanguageIdentifier>,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogues").field("default", &self.default).finish_non_exhaustive()
    }
}

impl Catalogues {
    /// Loads the offered languages: bundled files first, then `overrides/<tag>/*.ftl`, whose
    /// messages replace the bundled ones of the same id. A file that does not parse is an
    /// error (a startup error, so a typo in a catalogue never reaches a visitor).
    pub fn load(settings: &LanguageSettings) -> Result<Self, String> {
        let mut bundles = HashMap::new();
        let mut offered = Vec::new();
        for tag in &settings.offered {
            let id: LanguageIdentifier =
                tag.parse().map_err(|_| format!("LANGUAGES: {tag:?} is no language tag"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            bundle.set_use_isolating(false); // Mail is plain text: no bidi marks around values.
            let builtin = SOURCES.iter().find(|(t, _)| t == tag).map(|(_, files)| files.to_vec());
            let own = settings.overrides.as_deref().map(|dir| read_dir_ftl(&dir.join(tag))).transpose()?;
            if builtin.is_none() && own.as_ref().is_none_or(Vec::is_empty) {
                return Err(format!("LANGUAGES: no catalogue for {tag:?} (bundled: {})", BUNDLED.join(", ")));
            }
            for (name, source) in builtin.into_iter().flatten().map(|s| (tag.as_str(), s.to_owned())) {
                bundle.add_resource_overriding(parse(name, source)?);
            }
            for (name, source) in own.into_iter().flatten() {
                bundle.add_resource_overriding(parse(&name, source)?);
            }
            bundles.insert(tag.clone(), bundle);
            offered.push(id);
        }
        if !bundles.contains_key(&settings.default) {
            return Err(format!("LANGUAGE_CODE {:?} is not among LANGUAGES", settings.default));
        }
        Ok(Self { bundles, default: settings.default.clone(), offered })
    }

    /// The writing direction of a language: `rtl` for Arabic, Hebrew, Persian and Urdu.
    pub fn direction(tag: &str) -> &'static str {
        crate::ui::i18n::direction(tag)
    }

    /// The offered languages, in `LANGUAGES` order.
    pub fn offered(&self) -> Vec<String> {
        self.offered.iter().map(ToString::to_string).collect()
    }

    /// Whether the site offers `tag` exactly.
    pub fn offers(&self, tag: &str) -> bool {
        self.bundles.contains_key(tag)
    }

    /// The name of a language in that language ("Deutsch"); its tag when not bundled.
    pub fn native_name(tag: &str) -> &str {
        NATIVE_NAMES.iter().find(|(t, _)| *t == tag).map_or(tag, |(_, name)| name)
    }

    /// The site's default language (`LANGUAGE_CODE`).
    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// The offered language `tag` names, else the default (a stored language the site no
    /// longer offers falls back).
    pub fn resolve(&self, tag: Option<&str>) -> &str {
        tag.and_then(|tag| self.bundles.get_key_value(tag)).map_or(&self.default, |(known, _)| known)
    }

    /// Message `id` (or its attribute, `id.attr`) in `language`, with `args`; the default
    /// language's when `language` lacks it, the id itself when no catalogue has it.
    pub fn message(&self, language: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.format_in(language, id, args, true)
    }

    /// A rule's message (`Msg`) in `language`.
    pub fn say(&self, language: &str, msg: &Msg) -> String {
        msg.render(|id, args| {
            let args: Vec<_> =
                args.iter().map(|(name, value)| (name.as_ref(), fluent_value(value))).collect();
            self.message(language, id, &args)
        })
    }

    /// Message `id` with the `fixed` arguments, and `{$name}` left where any other variable
    /// stands (for the browser to fill in; see `ui::i18n::Texts`).
    pub fn template(&self, language: &str, id: &str, fixed: &[(&str, FluentValue<'_>)]) -> String {
        self.format_in(language, id, fixed, false)
    }

    fn format_in(&self, language: &str, id: &str, args: &[(&str, FluentValue<'_>)], strict: bool) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        [language, self.default.as_str()]
            .into_iter()
            .filter_map(|tag| self.bundles.get(tag))
            .find_map(|bundle| format(bundle, id, &fluent_args, strict))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// A message argument as Fluent takes it (numbers as numbers, for plural forms).
pub fn fluent_value(value: &Arg) -> FluentValue<'static> {
    match value {
        Arg::Num(n) => FluentValue::from(*n),
        Arg::Str(s) => FluentValue::from(s.clone()),
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs<'_>,
    strict: bool,
) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if strict && !errors.is_empty() {
        tracing::warn!(message = id, ?errors, "a message was formatted with errors");
    }
    Some(text.into_owned())
}

fn parse(name: &str, source: String) -> Result<FluentResource, String> {
    FluentResource::try_new(source).map_err(|(_, errors)| format!("catalogue {name}: {errors:?}"))
}

/// The `.ftl` files of a directory (none if it does not exist), by name.
fn read_dir_ftl(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(Vec::new()) };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            std::fs::read_to_string(&path)
                .map(|text| (path.display().to_string(), text))
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Catalogues {
        Catalogues::load(&LanguageSettings::default()).unwrap()
    }

    #[test]
    fn every_bundled_catalogue_loads_and_plurals_follow_the_language() {
        let catalogues = bundled();
        let days = |lang: &str, n: i64| {
            catalogues.message(lang, "mail-activation-link-prompt", &[("expiration_days", n.into())])
        };
        assert!(days("en", 7).ends_with("within the next\n7 days:"), "{}", days("en", 7));
        assert!(days("en", 1).ends_with("1 day:"));
        assert_ne!(days("fr", 7), days("en", 7));
        assert_eq!(catalogues.message("xx", "mail-activation-signoff", &[]), "Sincerely,", "the default");
        assert_eq!(catalogues.message("en", "no-such-message", &[]), "no-such-message");
        assert_eq!(catalogues.message("en", "mail-account-exists-login-html.login-link", &[]), "log in");
    }

    #[test]
    fn english_words_the_rules_as_django_does() {
        use crate::domain::messages;
        let catalogues = bundled();
        let en = |msg| catalogues.say("en", &msg);
        assert_eq!(
            en(messages::too_short(8)),
            "This password is too short. It must contain at least 8 characters."
        );
        assert_eq!(
            en(messages::too_short(1)),
            "This password is too short. It must contain at least 1 character."
        );
        assert_eq!(
            en(messages::too_long(150, 151)),
            "Ensure this value has at most 150 characters (it has 151)."
        );
        assert_eq!(en(messages::PASSWORD_MISMATCH), "The two password fields didn\u{2019}t match.");
        assert_eq!(
            en(messages::HELP_SIMILARITY),
            "Your password can\u{2019}t be too similar to your other personal information."
        );
        assert_eq!(en(messages::did_you_mean("jane@gmail.com")), "Did you mean jane@gmail.com?");
        assert_eq!(en(messages::TOS_REQUIRED), "You must agree to the terms to register");
        assert_ne!(catalogues.say("de", &messages::REQUIRED), en(messages::REQUIRED));
        assert_eq!(catalogues.say("de", &crate::domain::Msg::text("as is")), "as is");
    }

    #[test]
    fn templates_leave_the_browsers_variables_and_fill_the_fixed_ones() {
        let catalogues = bundled();
        let long = catalogues.template("en", "error-too-long", &[]);
        assert_eq!(long, "Ensure this value has at most {$max} characters (it has {$actual}).");
        let short = catalogues.template("en", "password-too-short", &[("min", 1.into())]);
        assert_eq!(short, "This password is too short. It must contain at least 1 character.");
        assert_eq!(
            catalogues.template("en", "register-tos-label", &[]),
            "I have read and agree to the {$terms_link}"
        );
    }

    #[test]
    fn a_sites_own_messages_win_and_bad_settings_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        std::fs::write(dir.path().join("en/site.ftl"), "mail-activation-signoff = Cheers,\n").unwrap();
        let settings =
            LanguageSettings { overrides: Some(dir.path().to_owned()), ..LanguageSettings::default() };
        let catalogues = Catalogues::load(&settings).unwrap();
        assert_eq!(catalogues.message("en", "mail-activation-signoff", &[]), "Cheers,");
        assert_eq!(
            catalogues.message("en", "mail-activation-signature", &[("site_name", "S".into())]),
            "S Management"
        );
        std::fs::write(dir.path().join("en/broken.ftl"), "this is = = not fluent {\n").unwrap();
        assert!(Catalogues::load(&settings).is_err(), "a broken file stops the start");
        let unknown =
            LanguageSettings { offered: vec!["en".into(), "xx".into()], ..LanguageSettings::default() };
        assert!(Catalogues::load(&unknown).is_err());
        let default_missing =
            LanguageSettings { default: "de".into(), offered: vec!["en".into()], overrides: None };
        assert!(Catalogues::load(&default_missing).is_err());
    }
}
