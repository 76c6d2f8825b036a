//! Usernames as Django's `UnicodeUsernameValidator` accepts them, plus the case-folded form
//! that uniqueness is decided on.

use super::message::Msg;
use super::messages;
use super::unicode::{lowercase, nfkc};

pub const MAX_LENGTH: usize = 150;

/// A validated username: NFKC-normalised, 1..=150 characters of letters, digits and `@.+-_`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Username {
    display: String,
    normalized: String,
}

impl Username {
    /// Parses raw form input (surrounding whitespace is ignored, as Django strips it).
    pub fn parse(raw: &str) -> Result<Self, Vec<Msg>> {
        let display = nfkc(raw.trim());
        if display.is_empty() {
            return Err(vec![messages::REQUIRED.to_owned()]);
        }
        let mut errors = Vec::new();
        let length = display.chars().count();
        if length > MAX_LENGTH {
            errors.push(messages::too_long(MAX_LENGTH, length));
        }
        if !display.chars().all(is_username_char) {
            errors.push(messages::INVALID_USERNAME.to_owned());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let normalized = normalize(&display);
        Ok(Self { display, normalized })
    }

    /// Rebuilds a username read back from storage (already validated when it was stored).
    pub fn from_trusted(display: String) -> Self {
        let normalized = normalize(&display);
        Self { display, normalized }
    }

    pub fn as_str(&self) -> &str {
        &self.display
    }

    /// The form that uniqueness and login matching use: NFKC, then lower case.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// Lower-cases the username itself (`RegistrationFormUsernameLowercase`).
    pub fn lowercased(self) -> Self {
        Self::from_trusted(lowercase(&self.display))
    }
}

/// Case-insensitive key of a username (also applied to login input).
pub fn normalize(raw: &str) -> String {
    lowercase(&nfkc(raw.trim()))
}

fn is_username_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '.' | '+' | '-' | '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_letters_digits_and_the_five_symbols() {
        let name = Username::parse("  Jo.hn+x-y_z@9 ").unwrap();
        assert_eq!(name.as_str(), "Jo.hn+x-y_z@9");
        assert_eq!(name.normalized(), "jo.hn+x-y_z@9");
    }

    #[test]
    fn accepts_unicode_letters_and_normalises_them() {
        let name = Username::parse("Ｚoë").unwrap();
        assert_eq!(name.as_str(), "Zoë");
        assert_eq!(name.normalized(), "zoë");
    }

    #[test]
    fn empty_input_is_required() {
        assert_eq!(Username::parse("   ").unwrap_err(), vec![messages::REQUIRED]);
    }

    #[test]
    fn spaces_and_markup_are_invalid() {
        for bad in ["john smith", "<b>x</b>", "a/b", "nul\0"] {
            assert_eq!(Username::parse(bad).unwrap_err(), vec![messages::INVALID_USERNAME], "{bad}");
        }
    }

    #[test]
    fn length_limit_is_150_characters() {
        assert!(Username::parse(&"a".repeat(150)).is_ok());
        assert_eq!(
            Username::parse(&"a".repeat(151)).unwrap_err(),
            vec![super::super::messages::too_long(150, 151)]
        );
    }
}
