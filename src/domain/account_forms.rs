//! The account forms next to registration: login, password change and reset, email change,
//! account deletion.

use super::email::EmailAddress;
use super::errors::FieldErrors;
use super::message::Msg;
use super::messages;
use super::password::{self, Password, PasswordRules, UserAttributes};
use serde::{Deserialize, Serialize};

pub const WRONG_OLD_PASSWORD: Msg = Msg::id("password-wrong-old");

/// What the login form's first field (still named `username`, as Django's) accepts
/// (`LOGIN_FIELD`): a username, an email address, or either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginField {
    #[default]
    Username,
    Email,
    Either,
}

impl LoginField {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "username" => Ok(Self::Username),
            "email" => Ok(Self::Email),
            "either" => Ok(Self::Either),
            other => Err(format!("expected username, email or either, got {other:?}")),
        }
    }

    /// The message id of the field's label on the login form.
    pub fn label(self) -> &'static str {
        match self {
            Self::Username => "login-username-label",
            Self::Email => "login-email-label",
            Self::Either => "login-either-label",
        }
    }

    /// The field's input type and autocomplete token.
    pub fn input(self) -> (&'static str, &'static str) {
        match self {
            Self::Username | Self::Either => ("text", "username"),
            Self::Email => ("email", "email"),
        }
    }

    /// Django's failed-login message, naming what the field takes.
    pub fn invalid_login(self) -> Msg {
        match self {
            Self::Username => Msg::id("login-invalid"),
            Self::Email => Msg::id("login-invalid-email"),
            Self::Either => Msg::id("login-invalid-either"),
        }
    }
}

/// `login/`: `Debug` hides the password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LoginInput {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub password: Password,
    #[serde(default)]
    pub next: String,
    /// "Remember me": the session outlives the browser (`SESSION_REMEMBER_DAYS` of inactivity).
    /// A form's checkbox (present when ticked) or a JSON boolean.
    #[serde(default, deserialize_with = "checkbox")]
    #[cfg_attr(feature = "ssr", schema(value_type = bool))]
    pub remember: bool,
}

/// The value a ticked checkbox of the account forms sends.
pub const CHECKED: &str = "on";

/// A ticked checkbox: a boolean, or a form value (`on`, `true`, `1`, `yes`; any other text,
/// the empty one included, is unticked).
fn checkbox<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Ticked {
        Flag(bool),
        Text(String),
    }
    Ok(match Ticked::deserialize(deserializer)? {
        Ticked::Flag(flag) => flag,
        Ticked::Text(text) => {
            matches!(text.trim().to_ascii_lowercase().as_str(), "on" | "true" | "1" | "yes")
        }
    })
}

impl LoginInput {
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if self.username.trim().is_empty() {
            errors.add("username", messages::REQUIRED);
        }
        if self.password.is_empty() {
            errors.add("password", messages::REQUIRED);
        }
        errors
    }
}

pub const WRONG_PASSWORD: Msg = Msg::id("password-wrong");

/// `delete/`: the current password confirms the deletion. `Debug` hides it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DeleteAccountInput {
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub password: Password,
}

/// "Sign out" of one session on the profile: the session's handle.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionInput {
    #[serde(default)]
    pub session: String,
}

/// The profile's "language of your emails".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LanguageInput {
    /// A tag the site offers, such as `fr` or `pt-BR`.
    #[serde(default)]
    pub language: String,
}

/// Django's message for a choice that is not offered.
pub fn invalid_choice(value: &str) -> Msg {
    Msg::with("error-invalid-choice", [("value", value.into())])
}

pub const SAME_EMAIL: Msg = Msg::id("error-same-email");

/// `email/change/`: the new address, confirmed by the current password. `Debug` hides it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EmailChangeInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub password: Password,
}

impl EmailChangeInput {
    /// The new address (under the form's rules, and not the account's `current` one), or the
    /// form's errors; the password is only required here (the use case verifies it).
    pub fn check(
        &self,
        current: &str,
        rules: super::registration::FormRules,
    ) -> Result<EmailAddress, FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.password.is_empty() {
            errors.add("password", messages::REQUIRED);
        }
        let email = match super::registration::validate_email(&self.email, rules) {
            Ok(email) if email.normalized() == super::email::normalize(current) => {
                errors.add("email", SAME_EMAIL);
                None
            }
            Ok(email) => Some(email),
            Err(messages) => {
                errors.extend_field("email", messages);
                None
            }
        };
        match email {
            Some(email) if errors.is_empty() => Ok(email),
            _ => Err(errors),
        }
    }
}

/// A form with one address: `activate/resend/` and `password/reset/`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EmailInput {
    #[serde(default)]
    pub email: String,
}

impl EmailInput {
    /// The address, or the `email` field's errors.
    pub fn parse(&self) -> Result<super::email::EmailAddress, FieldErrors> {
        super::email::EmailAddress::parse(&self.email).map_err(|messages| {
            let mut errors = FieldErrors::new();
            errors.extend_field("email", messages);
            errors
        })
    }
}

/// `password/change/`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PasswordChangeInput {
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub old_password: Password,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub new_password1: Password,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub new_password2: Password,
}

/// `password/reset/confirm/<token>/`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SetPasswordInput {
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub new_password1: Password,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = String, format = Password))]
    pub new_password2: Password,
}

impl SetPasswordInput {
    /// Django's `SetPasswordForm`: both required, errors of the pair on `new_password2`.
    pub fn check(&self, user: UserAttributes<'_>, rules: PasswordRules<'_>) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if self.new_password1.is_empty() {
            errors.add("new_password1", messages::REQUIRED);
        }
        errors.extend_field(
            "new_password2",
            password::validate_pair(&self.new_password1, &self.new_password2, user, rules),
        );
        errors
    }
}

impl PasswordChangeInput {
    pub fn check(&self, user: UserAttributes<'_>, rules: PasswordRules<'_>) -> FieldErrors {
        let pair = SetPasswordInput {
            new_password1: self.new_password1.clone(),
            new_password2: self.new_password2.clone(),
        };
        let mut errors = pair.check(user, rules);
        if self.old_password.is_empty() {
            errors.add("old_password", messages::REQUIRED);
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::password::PasswordPolicy;

    fn never(_: &str) -> bool {
        false
    }

    fn default_rules() -> PasswordRules<'static> {
        PasswordRules { policy: PasswordPolicy::default(), is_common: &never }
    }

    fn email_change(email: &str, password: &str) -> EmailChangeInput {
        EmailChangeInput { email: email.into(), password: Password::new(password.to_owned()) }
    }

    #[test]
    fn an_email_change_needs_a_new_valid_address_and_the_password() {
        let rules = crate::domain::registration::FormRules::default();
        let ok = email_change("New@Example.org", "pw").check("old@example.com", rules).unwrap();
        assert_eq!(ok.as_str(), "New@example.org", "the domain is lower-cased, as Django does");
        let errors = email_change("OLD@example.com", "").check("old@example.com", rules).unwrap_err();
        assert_eq!(errors.get("email"), [SAME_EMAIL]);
        assert_eq!(errors.get("password"), [messages::REQUIRED]);
        let errors = email_change("nope", "pw").check("old@example.com", rules).unwrap_err();
        assert_eq!(errors.get("email"), [messages::INVALID_EMAIL]);
        let no_free = crate::domain::registration::FormRules { no_free_email: true, ..rules };
        let errors = email_change("me@gmail.com", "pw").check("old@example.com", no_free).unwrap_err();
        assert_eq!(errors.get("email"), [messages::FREE_EMAIL]);
    }

    #[test]
    fn login_needs_both_fields() {
        let errors = LoginInput::default().check();
        assert_eq!(errors.get("username"), [messages::REQUIRED]);
        assert_eq!(errors.get("password"), [messages::REQUIRED]);
    }

    #[test]
    fn new_passwords_must_match_and_pass_the_validators() {
        let user = UserAttributes { username: "alice", email: "alice@example.com" };
        let form =
            SetPasswordInput { new_password1: Password::new("abc"), new_password2: Password::new("abd") };
        assert_eq!(form.check(user, default_rules()).get("new_password2"), [messages::PASSWORD_MISMATCH]);
        let form = SetPasswordInput {
            new_password1: Password::new("alice123"),
            new_password2: Password::new("alice123"),
        };
        assert_eq!(
            form.check(user, default_rules()).get("new_password2"),
            [messages::PASSWORD_SIMILAR_USERNAME]
        );
    }

    #[test]
    fn password_change_requires_the_old_password() {
        let form = PasswordChangeInput {
            new_password1: Password::new("Tr1cky-Pass"),
            new_password2: Password::new("Tr1cky-Pass"),
            ..Default::default()
        };
        let errors = form.check(UserAttributes::default(), default_rules());
        assert_eq!(errors.get("old_password"), [messages::REQUIRED]);
        assert!(!errors.has("new_password2"));
    }
}
