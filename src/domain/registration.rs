//! The registration form: its input, its variants (`REGISTRATION_FORM`) and its validation.
//!
//! Rules that need the database (a taken username, a taken address) are decided by the
//! server; everything else is decided here, identically in the browser and on the server.

use super::email::EmailAddress;
use super::errors::FieldErrors;
use super::message::Msg;
use super::messages;
use super::password::{self, Password, PasswordPolicy, PasswordRules, UserAttributes};
use super::username::Username;
use serde::{Deserialize, Serialize};

pub const USERNAME: &str = "username";
pub const EMAIL: &str = "email";
pub const PASSWORD1: &str = "password1";
pub const PASSWORD2: &str = "password2";
pub const TOS: &str = "tos";

/// The thirteen free-mail domains of the original `RegistrationFormNoFreeEmail`.
pub const FREE_EMAIL_DOMAINS: [&str; 13] = [
    "aim.com",
    "aol.com",
    "email.com",
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hushmail.com",
    "msn.com",
    "mail.ru",
    "mailinator.com",
    "live.com",
    "yahoo.com",
    "outlook.com",
];

/// The registration form exactly as submitted. `Debug` hides the passwords.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RegistrationInput {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub password1: Password,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub password2: Password,
    /// The ToS checkbox: present (any value) when ticked.
    #[serde(default)]
    pub tos: Option<String>,
    /// A trap for automated sign-ups: hidden from people, so it must stay empty. A submission
    /// that fills it gets the answer of a success and creates nothing.
    #[serde(default)]
    pub website: String,
    /// The address the form already offered a correction for ("Did you mean …?"): submitted
    /// again unchanged, it is accepted as typed.
    #[serde(default)]
    pub email_checked: String,
}

impl RegistrationInput {
    /// True when the hidden trap field was filled in (by a program, not a person).
    pub fn fell_for_the_honeypot(&self) -> bool {
        !self.website.trim().is_empty()
    }
}

/// Which optional rules the form applies; all listed rules apply together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormRules {
    /// The password validators (set from `PASSWORD_VALIDATORS`, not `REGISTRATION_FORM`).
    #[serde(default)]
    pub password: PasswordPolicy,
    pub terms_of_service: bool,
    pub unique_email: bool,
    pub no_free_email: bool,
    pub username_lowercase: bool,
}

impl FormRules {
    /// Parses `REGISTRATION_FORM`: `RegistrationForm` or a comma-separated list of variants.
    pub fn parse(value: &str) -> Result<Self, String> {
        let mut rules = Self::default();
        for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "RegistrationForm" => {}
                "RegistrationFormTermsOfService" => rules.terms_of_service = true,
                "RegistrationFormUniqueEmail" => rules.unique_email = true,
                "RegistrationFormNoFreeEmail" => rules.no_free_email = true,
                "RegistrationFormUsernameLowercase" => rules.username_lowercase = true,
                other => return Err(format!("unknown form {other:?}")),
            }
        }
        Ok(rules)
    }
}

/// A rule a site adds to the registration form (runs on the server, after the built-in ones).
pub trait RegistrationRule: Send + Sync {
    /// Errors to add, keyed by field; empty when the input is acceptable.
    fn check(&self, input: &RegistrationInput) -> FieldErrors;
}

/// A registration that passed every rule the domain can check.
#[derive(Clone, Debug)]
pub struct ValidRegistration {
    pub username: Username,
    pub email: EmailAddress,
    pub password: Password,
}

/// Validates the whole form; `is_common` is the common-password lookup (server side).
pub fn validate(
    input: &RegistrationInput,
    rules: FormRules,
    is_common: &dyn Fn(&str) -> bool,
) -> Result<ValidRegistration, FieldErrors> {
    let mut errors = FieldErrors::new();
    let username = Username::parse(&input.username)
        .map(|u| if rules.username_lowercase { u.lowercased() } else { u })
        .map_err(|e| errors.extend_field(USERNAME, e))
        .ok();
    let email = validate_email(&input.email, rules)
        .and_then(|email| unconfirmed_typo(input).map_or(Ok(email), |m| Err(vec![m])))
        .map_err(|e| errors.extend_field(EMAIL, e))
        .ok();
    errors.extend_field(PASSWORD1, check_password1(input.password1.expose()));
    errors.extend_field(PASSWORD2, validate_password2(input, rules, is_common));
    if rules.terms_of_service && input.tos.is_none() {
        errors.add(TOS, messages::TOS_REQUIRED);
    }
    match (username, email) {
        (Some(username), Some(email)) if errors.is_empty() => {
            Ok(ValidRegistration { username, email, password: input.password1.clone() })
        }
        _ => Err(errors),
    }
}

/// Validates one field alone, as the browser does when the field loses focus.
pub fn validate_field(field: &str, input: &RegistrationInput, rules: FormRules) -> Vec<Msg> {
    let none = |_: &str| false;
    match field {
        USERNAME => Username::parse(&input.username).err().unwrap_or_default(),
        EMAIL => match validate_email(&input.email, rules) {
            Ok(_) => unconfirmed_typo(input).into_iter().collect(),
            Err(errors) => errors,
        },
        PASSWORD1 => check_password1(input.password1.expose()),
        PASSWORD2 => validate_password2(input, rules, &none),
        TOS if rules.terms_of_service && input.tos.is_none() => {
            vec![messages::TOS_REQUIRED.to_owned()]
        }
        _ => Vec::new(),
    }
}

/// An address under the form's rules (`RegistrationFormNoFreeEmail`).
pub fn validate_email(raw: &str, rules: FormRules) -> Result<EmailAddress, Vec<Msg>> {
    let email = EmailAddress::parse(raw)?;
    if rules.no_free_email && is_free_email_domain(email.domain()) {
        return Err(vec![messages::FREE_EMAIL.to_owned()]);
    }
    Ok(email)
}

/// "Did you mean …?", unless this very address was already offered a correction and kept.
fn unconfirmed_typo(input: &RegistrationInput) -> Option<Msg> {
    let typed = input.email.trim();
    if typed == input.email_checked.trim() {
        return None;
    }
    super::typo::suggest(typed).map(|better| messages::did_you_mean(&better))
}

pub fn is_free_email_domain(domain: &str) -> bool {
    let domain = super::unicode::lowercase(domain);
    FREE_EMAIL_DOMAINS.contains(&domain.as_str())
}

fn validate_password2(
    input: &RegistrationInput,
    rules: FormRules,
    is_common: &dyn Fn(&str) -> bool,
) -> Vec<Msg> {
    let user = UserAttributes { username: input.username.trim(), email: input.email.trim() };
    let password_rules = PasswordRules { policy: rules.password, is_common };
    password::validate_pair(&input.password1, &input.password2, user, password_rules)
}

fn check_password1(value: &str) -> Vec<Msg> {
    let mut errors = required(value);
    errors.extend(password::unacceptable(value));
    errors
}

fn required(value: &str) -> Vec<Msg> {
    if value.is_empty() {
        vec![messages::REQUIRED.to_owned()]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
#[path = "registration_tests.rs"]
mod tests;
