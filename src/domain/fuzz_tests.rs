//! Property tests: the validators, the key parser and form decoding never panic on any input,
//! and what they accept really has the promised shape.

use super::activation::ActivationKey;
use super::email::EmailAddress;
use super::password::{self, Password, UserAttributes};
use super::registration::{self, FormRules, RegistrationInput};
use super::username::Username;
use proptest::prelude::*;

fn any_rules() -> impl Strategy<Value = FormRules> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(t, u, n, l)| FormRules {
        password: password::PasswordPolicy::default(),
        terms_of_service: t,
        unique_email: u,
        no_free_email: n,
        username_lowercase: l,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn usernames_that_parse_are_clean(raw in any::<String>()) {
        if let Ok(name) = Username::parse(&raw) {
            prop_assert!(!name.as_str().is_empty() && name.as_str().chars().count() <= 150);
            prop_assert!(!name.as_str().chars().any(|c| c.is_control() || c.is_whitespace() || c == '<'));
        }
    }

    #[test]
    fn addresses_that_parse_have_no_header_breaking_characters(raw in any::<String>()) {
        if let Ok(email) = EmailAddress::parse(&raw) {
            prop_assert!(email.as_str().len() <= 254 * 4);
            prop_assert!(!email.as_str().chars().any(|c| c.is_control() || c == ' ' || c == ','));
        }
    }

    #[test]
    fn keys_that_parse_are_lowercase_hex(raw in any::<String>()) {
        if let Some(key) = ActivationKey::parse(&raw) {
            prop_assert!((40..=64).contains(&key.expose().len()));
            prop_assert!(key.expose().bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        }
    }

    #[test]
    fn the_whole_form_never_panics(
        username in any::<String>(), email in any::<String>(), p1 in any::<String>(), p2 in any::<String>(),
        tos in any::<Option<String>>(), rules in any_rules(),
    ) {
        let input = RegistrationInput { username, email, password1: Password::new(p1), password2: Password::new(p2), tos, website: String::new(), email_checked: String::new() };
        match registration::validate(&input, rules, &|_| false) {
            Ok(valid) => prop_assert_eq!(valid.password.expose(), input.password1.expose()),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn password_validation_never_panics(p in any::<String>(), u in any::<String>(), e in any::<String>()) {
        let rules = password::PasswordRules { policy: password::PasswordPolicy::default(), is_common: &|_| false };
        let _ = password::validate(&p, UserAttributes { username: &u, email: &e }, rules);
    }

    #[test]
    fn form_decoding_never_panics(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = serde_urlencoded::from_bytes::<RegistrationInput>(&body);
    }
}
