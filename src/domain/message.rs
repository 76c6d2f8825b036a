//! `Msg`: a message for a person, as a catalogue id with its arguments, so the rules can say
//! what is wrong without knowing the reader's language. The doors put it into words (Project
//! Fluent catalogues on the server, the island's own messages in the browser).

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A message: a catalogue id and its arguments, or text already in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Msg {
    Id(Cow<'static, str>, Vec<(Cow<'static, str>, Arg)>),
    Text(String),
}

/// A message argument: numbers choose plural forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Num(i64),
    Str(String),
}

impl Msg {
    /// The message `id`, without arguments.
    pub const fn id(id: &'static str) -> Self {
        Self::Id(Cow::Borrowed(id), Vec::new())
    }

    /// The message `id` with its arguments.
    pub fn with(id: &'static str, args: impl IntoIterator<Item = (&'static str, Arg)>) -> Self {
        Self::Id(
            Cow::Borrowed(id),
            args.into_iter().map(|(name, value)| (Cow::Borrowed(name), value)).collect(),
        )
    }

    /// Text already in the reader's language.
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// The catalogue id (none for text).
    pub fn key(&self) -> Option<&str> {
        match self {
            Self::Id(id, _) => Some(id),
            Self::Text(_) => None,
        }
    }

    /// The value of argument `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        match self {
            Self::Id(_, args) => args.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            Self::Text(_) => None,
        }
    }

    /// This message in words: `lookup` finds the text of an id with its arguments.
    pub fn render(&self, lookup: impl FnOnce(&str, &[(Cow<'static, str>, Arg)]) -> String) -> String {
        match self {
            Self::Id(id, args) => lookup(id, args),
            Self::Text(text) => text.clone(),
        }
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Self::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Self::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Str(value)
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Num(n) => write!(f, "{n}"),
            Self::Str(s) => f.write_str(s),
        }
    }
}

/// Fills `{$name}` placeholders of a message template (what the server leaves in the
/// messages it gives an island) with the arguments.
pub fn fill(template: &str, args: &[(Cow<'static, str>, Arg)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in args {
        let placeholder = format!("{{${name}}}");
        if text.contains(&placeholder) {
            text = text.replace(&placeholder, &value.to_string());
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_with_the_arguments() {
        let msg = Msg::with("error-too-long", [("max", 150usize.into()), ("actual", 151usize.into())]);
        let Msg::Id(_, args) = &msg else { panic!() };
        assert_eq!(
            fill("at most 150 characters (it has {$actual}).", args),
            "at most 150 characters (it has 151)."
        );
        assert_eq!(msg.key(), Some("error-too-long"));
        assert_eq!(msg.arg("actual"), Some(&Arg::Num(151)));
        assert_eq!(Msg::text("Hallo").render(|_, _| unreachable!()), "Hallo");
    }
}
