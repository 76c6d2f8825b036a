//! Django's four default password validators, in Django's order: similarity to the user's
//! attributes, minimum length, common passwords, entirely numeric.
//!
//! The common-password list is large, so it stays on the server: callers pass a lookup.

use super::message::Msg;
use super::messages;
use super::unicode::lowercase;
use std::collections::HashMap;
use std::fmt;

pub const MIN_LENGTH: usize = 8;
/// Longer input is refused before hashing (hashing cost grows with length).
pub const MAX_LENGTH: usize = 4096;
const MAX_SIMILARITY: f64 = 0.7;

/// A password as typed. Its `Debug` never shows the text.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(\"********\")")
    }
}

/// Which of Django's four validators run, and the minimum length (`PASSWORD_VALIDATORS`,
/// `PASSWORD_MIN_LENGTH`). All four run by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PasswordPolicy {
    pub similarity: bool,
    pub min_length: Option<usize>,
    pub common: bool,
    pub numeric: bool,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self { similarity: true, min_length: Some(MIN_LENGTH), common: true, numeric: true }
    }
}

impl PasswordPolicy {
    /// Parses Django's validator names (comma-separated), or `none`.
    pub fn parse(names: &str, min_length: usize) -> Result<Self, String> {
        let mut policy = Self { similarity: false, min_length: None, common: false, numeric: false };
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty() && *n != "none") {
            match name {
                "UserAttributeSimilarityValidator" => policy.similarity = true,
                "MinimumLengthValidator" => policy.min_length = Some(min_length),
                "CommonPasswordValidator" => policy.common = true,
                "NumericPasswordValidator" => policy.numeric = true,
                other => return Err(format!("unknown validator {other:?}")),
            }
        }
        Ok(policy)
    }
}

pub use super::password_rules::Rule;

/// The policy plus the common-password lookup (which stays on the server).
#[derive(Clone, Copy)]
pub struct PasswordRules<'a> {
    pub policy: PasswordPolicy,
    pub is_common: &'a dyn Fn(&str) -> bool,
}

/// What a password is compared with: the user's attributes (empty when not known yet).
#[derive(Clone, Copy, Debug, Default)]
pub struct UserAttributes<'a> {
    pub username: &'a str,
    pub email: &'a str,
}

/// Runs the validators and returns every message, in Django's order.
pub fn validate(password: &str, user: UserAttributes<'_>, rules: PasswordRules<'_>) -> Vec<Msg> {
    let policy = rules.policy;
    let mut errors = Vec::new();
    if let Some(message) = similarity_error(password, user).filter(|_| policy.similarity) {
        errors.push(message);
    }
    if let Some(min) = policy.min_length.filter(|min| password.chars().count() < *min) {
        errors.push(messages::too_short(min));
    }
    if policy.common && (rules.is_common)(&lowercase(password)) {
        errors.push(messages::PASSWORD_TOO_COMMON.to_owned());
    }
    if policy.numeric && !password.is_empty() && password.chars().all(|c| c.is_numeric()) {
        errors.push(messages::PASSWORD_ENTIRELY_NUMERIC.to_owned());
    }
    errors
}

/// Errors of the confirmation field of a new-password pair, as Django's `UserCreationForm` and
/// `SetPasswordForm` report them: required, then mismatch; the validators run only on a match.
pub fn validate_pair(
    first: &Password,
    second: &Password,
    user: UserAttributes<'_>,
    rules: PasswordRules<'_>,
) -> Vec<Msg> {
    let (p1, p2) = (first.expose(), second.expose());
    if p2.is_empty() {
        return vec![messages::REQUIRED.to_owned()];
    }
    if p1.is_empty() {
        return Vec::new();
    }
    if let Some(problem) = unacceptable(p2) {
        return vec![problem];
    }
    if p1 != p2 {
        return vec![messages::PASSWORD_MISMATCH.to_owned()];
    }
    validate(p2, user, rules)
}

/// NUL characters (Django's `ProhibitNullCharactersValidator`) and absurd lengths.
pub fn unacceptable(password: &str) -> Option<Msg> {
    if password.contains('\0') {
        return Some(messages::CONTROL_CHARACTERS.to_owned());
    }
    let length = password.chars().count();
    (length > MAX_LENGTH).then(|| messages::too_long(MAX_LENGTH, length))
}

pub(super) fn similarity_error(password: &str, user: UserAttributes<'_>) -> Option<Msg> {
    let password = lowercase(password);
    let attributes = [
        (user.username, messages::PASSWORD_SIMILAR_USERNAME),
        (user.email, messages::PASSWORD_SIMILAR_EMAIL),
    ];
    attributes
        .into_iter()
        .filter(|(value, _)| !value.is_empty())
        .find(|(value, _)| is_similar(&password, &lowercase(value)))
        .map(|(_, message)| message)
}

/// Django's `UserAttributeSimilarityValidator`: the whole value and each of its `\W+`-separated
/// parts are compared with `SequenceMatcher.quick_ratio()`.
fn is_similar(password: &str, value: &str) -> bool {
    value
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .chain(std::iter::once(value))
        .filter(|part| !exceeds_length_ratio(password, part))
        .any(|part| quick_ratio(password, part) >= MAX_SIMILARITY)
}

fn exceeds_length_ratio(password: &str, value: &str) -> bool {
    let password_len = password.chars().count() as f64;
    let value_len = value.chars().count() as f64;
    password_len >= 10.0 * value_len && value_len < MAX_SIMILARITY / 2.0 * password_len
}

/// `difflib.SequenceMatcher(a, b).quick_ratio()`: 2·|multiset intersection| / (|a| + |b|).
fn quick_ratio(a: &str, b: &str) -> f64 {
    let total = a.chars().count() + b.chars().count();
    if total == 0 {
        return 1.0;
    }
    let mut available: HashMap<char, usize> = HashMap::new();
    for c in b.chars() {
        *available.entry(c).or_default() += 1;
    }
    let matches = a
        .chars()
        .filter(|c| match available.get_mut(c) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count();
    2.0 * matches as f64 / total as f64
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rules_list_the_active_validators_with_django_help_texts() {
        let rules = PasswordPolicy::default().rules();
        let help: Vec<Msg> = rules.iter().map(|r| r.help()).collect();
        assert_eq!(help[0], messages::HELP_SIMILARITY);
        assert_eq!(help[1], messages::help_min_length(8));
        assert_eq!(rules.len(), 4);
        assert!(PasswordPolicy::parse("none", 8).unwrap().rules().is_empty());
    }

    #[test]
    fn the_browser_ticks_what_it_can_check() {
        let user = UserAttributes { username: "alice", email: "alice@example.com" };
        assert_eq!(Rule::MinLength(8).met("short", user), Some(false));
        assert_eq!(Rule::MinLength(8).met("long enough", user), Some(true));
        assert_eq!(Rule::Numeric.met("12345678", user), Some(false));
        assert_eq!(Rule::Similarity.met("alice123", user), Some(false));
        assert_eq!(Rule::Similarity.met("Correct-Horse-42", user), Some(true));
        assert_eq!(Rule::Common.met("password", user), None, "the list is on the server");
        assert_eq!(Rule::Numeric.met("", user), None, "nothing typed yet");
    }

    use super::*;

    fn never_common(_: &str) -> bool {
        false
    }

    fn check(password: &str, username: &str, email: &str) -> Vec<Msg> {
        let rules = PasswordRules { policy: PasswordPolicy::default(), is_common: &never_common };
        validate(password, UserAttributes { username, email }, rules)
    }

    #[test]
    fn a_strong_password_passes() {
        assert!(check("correct-horse-battery", "alice", "alice@example.com").is_empty());
    }

    #[test]
    fn short_and_numeric_are_both_reported() {
        assert_eq!(
            check("1234567", "alice", "alice@example.com"),
            vec![messages::too_short(8), messages::PASSWORD_ENTIRELY_NUMERIC]
        );
    }

    #[test]
    fn exactly_eight_characters_is_long_enough() {
        assert!(check("xk3!pq9z", "alice", "a@example.com").is_empty());
    }

    #[test]
    fn similar_to_username_or_email() {
        assert_eq!(
            check("Alice12345", "alice1234", "x@example.com"),
            vec![messages::PASSWORD_SIMILAR_USERNAME]
        );
        assert_eq!(
            check("bobsmith99", "zed", "bob.smith99@example.com"),
            vec![messages::PASSWORD_SIMILAR_EMAIL]
        );
    }

    #[test]
    fn common_lookup_gets_the_lower_cased_password() {
        let rules = PasswordRules { policy: PasswordPolicy::default(), is_common: &|p| p == "password1" };
        let errors = validate("PassWord1", UserAttributes::default(), rules);
        assert_eq!(errors, vec![messages::PASSWORD_TOO_COMMON]);
    }

    #[test]
    fn validators_can_be_chosen_and_the_minimum_set() {
        let policy = PasswordPolicy::parse("MinimumLengthValidator", 12).unwrap();
        let rules = PasswordRules { policy, is_common: &|_| true };
        assert_eq!(validate("12345", UserAttributes::default(), rules), vec![messages::too_short(12)]);
        let none = PasswordRules { policy: PasswordPolicy::parse("none", 8).unwrap(), is_common: &|_| true };
        assert!(validate("1", UserAttributes { username: "1", email: "" }, none).is_empty());
        assert!(PasswordPolicy::parse("Bogus", 8).is_err());
        assert_eq!(messages::too_short(1).arg("min"), Some(&crate::domain::Arg::Num(1)));
    }

    #[test]
    fn quick_ratio_matches_python() {
        // difflib.SequenceMatcher(a="abcd", b="bcde").quick_ratio() == 0.75
        assert!((quick_ratio("abcd", "bcde") - 0.75).abs() < 1e-9);
        assert!((quick_ratio("", "") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn debug_never_shows_the_password() {
        assert!(!format!("{:?}", Password::new("hunter2secret")).contains("hunter2"));
    }
}
