//! The messages of the rules, as catalogue ids (`locales/<tag>/main.ftl`). The English
//! catalogue words them exactly as Django does, so existing users recognise them.

use super::message::Msg;

pub const REQUIRED: Msg = Msg::id("error-required");
pub const INVALID_USERNAME: Msg = Msg::id("error-invalid-username");
pub const DUPLICATE_USERNAME: Msg = Msg::id("error-duplicate-username");
pub const INVALID_EMAIL: Msg = Msg::id("error-invalid-email");
pub const PASSWORD_MISMATCH: Msg = Msg::id("password-mismatch");
pub const PASSWORD_TOO_COMMON: Msg = Msg::id("password-too-common");
pub const PASSWORD_ENTIRELY_NUMERIC: Msg = Msg::id("password-entirely-numeric");
pub const PASSWORD_SIMILAR_USERNAME: Msg = Msg::id("password-similar-username");
pub const PASSWORD_SIMILAR_EMAIL: Msg = Msg::id("password-similar-email");
pub const TOS_REQUIRED: Msg = Msg::id("error-tos-required");
pub const DUPLICATE_EMAIL: Msg = Msg::id("error-duplicate-email");
pub const FREE_EMAIL: Msg = Msg::id("error-free-email");
pub const CONTROL_CHARACTERS: Msg = Msg::id("error-null-characters");
/// Our failure, not the user's: try again.
pub const TRY_AGAIN: Msg = Msg::id("error-try-again");

/// Django's help texts of the password validators (shown before anything is typed).
pub const HELP_SIMILARITY: Msg = Msg::id("password-help-similarity");
pub const HELP_COMMON: Msg = Msg::id("password-help-common");
pub const HELP_NUMERIC: Msg = Msg::id("password-help-numeric");

/// Django's `MinimumLengthValidator` help text.
pub fn help_min_length(min: usize) -> Msg {
    Msg::with("password-help-min-length", [("min", min.into())])
}

/// Django's `MinimumLengthValidator` message.
pub fn too_short(min: usize) -> Msg {
    Msg::with("password-too-short", [("min", min.into())])
}

/// The correction offered for an address at a near miss of a common mail provider.
pub fn did_you_mean(address: &str) -> Msg {
    Msg::with("error-did-you-mean", [("address", address.into())])
}

/// An address at a domain with no mail host (`EMAIL_DOMAIN_CHECK`).
pub const DOMAIN_CANNOT_RECEIVE: Msg = Msg::id("error-domain-cannot-receive");
/// An address at a throwaway-mail provider (`BLOCK_DISPOSABLE_EMAIL`).
pub const DISPOSABLE_EMAIL: Msg = Msg::id("error-disposable-email");

/// Django's `MaxLengthValidator` message.
pub fn too_long(max: usize, actual: usize) -> Msg {
    Msg::with("error-too-long", [("max", max.into()), ("actual", actual.into())])
}

/// Too many attempts: wait this long.
pub fn rate_limited(retry_after: u64) -> Msg {
    Msg::with("error-rate-limited", [("retry_after", retry_after.into())])
}
