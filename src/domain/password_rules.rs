//! The password rules as the registration form lists them before anything is typed:
//! Django's help texts, and whether a typed password meets each rule as far as the browser
//! can tell.

use super::message::Msg;
use super::messages;
use super::password::{similarity_error, PasswordPolicy, UserAttributes};

/// The four validators, as the form lists them before anything is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Similarity,
    MinLength(usize),
    Common,
    Numeric,
}

impl Rule {
    /// Django's help text of the validator.
    pub fn help(self) -> Msg {
        match self {
            Self::Similarity => messages::HELP_SIMILARITY.to_owned(),
            Self::MinLength(min) => messages::help_min_length(min),
            Self::Common => messages::HELP_COMMON.to_owned(),
            Self::Numeric => messages::HELP_NUMERIC.to_owned(),
        }
    }

    /// A stable name for the page (`data-rule`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Similarity => "similarity",
            Self::MinLength(_) => "length",
            Self::Common => "common",
            Self::Numeric => "numeric",
        }
    }

    /// Whether `password` meets the rule as far as the browser can tell; `None` for the
    /// common-password list, which only the server holds, and for an empty password.
    pub fn met(self, password: &str, user: UserAttributes<'_>) -> Option<bool> {
        if password.is_empty() {
            return None;
        }
        match self {
            Self::Similarity => Some(similarity_error(password, user).is_none()),
            Self::MinLength(min) => Some(password.chars().count() >= min),
            Self::Common => None,
            Self::Numeric => Some(!password.chars().all(char::is_numeric)),
        }
    }
}

impl PasswordPolicy {
    /// The active rules, in Django's order.
    pub fn rules(&self) -> Vec<Rule> {
        let mut rules = Vec::new();
        if self.similarity {
            rules.push(Rule::Similarity);
        }
        if let Some(min) = self.min_length {
            rules.push(Rule::MinLength(min));
        }
        if self.common {
            rules.push(Rule::Common);
        }
        if self.numeric {
            rules.push(Rule::Numeric);
        }
        rules
    }
}
