//! The user-facing messages, worded exactly as Django's so existing users recognise them.

pub const REQUIRED: &str = "This field is required.";
pub const INVALID_USERNAME: &str =
    "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.";
pub const DUPLICATE_USERNAME: &str = "A user with that username already exists.";
pub const INVALID_EMAIL: &str = "Enter a valid email address.";
pub const PASSWORD_MISMATCH: &str = "The two password fields didn\u{2019}t match.";
pub const PASSWORD_TOO_SHORT: &str = "This password is too short. It must contain at least 8 characters.";
pub const PASSWORD_TOO_COMMON: &str = "This password is too common.";
pub const PASSWORD_ENTIRELY_NUMERIC: &str = "This password is entirely numeric.";
pub const PASSWORD_SIMILAR_USERNAME: &str = "The password is too similar to the username.";
pub const PASSWORD_SIMILAR_EMAIL: &str = "The password is too similar to the email address.";
pub const TOS_REQUIRED: &str = "You must agree to the terms to register";
pub const DUPLICATE_EMAIL: &str =
    "This email address is already in use. Please supply a different email address.";
pub const FREE_EMAIL: &str =
    "Registration using free email addresses is prohibited. Please supply a different email address.";
pub const CONTROL_CHARACTERS: &str = "Null characters are not allowed.";

/// Django's help texts of the password validators (shown before anything is typed).
pub const HELP_SIMILARITY: &str = "Your password can’t be too similar to your other personal information.";
pub const HELP_COMMON: &str = "Your password can’t be a commonly used password.";
pub const HELP_NUMERIC: &str = "Your password can’t be entirely numeric.";

/// Django's `MinimumLengthValidator` help text.
pub fn help_min_length(min: usize) -> String {
    let unit = if min == 1 { "character" } else { "characters" };
    format!("Your password must contain at least {min} {unit}.")
}

/// Django's `MinimumLengthValidator` message.
pub fn too_short(min: usize) -> String {
    let unit = if min == 1 { "character" } else { "characters" };
    format!("This password is too short. It must contain at least {min} {unit}.")
}

/// The correction offered for an address at a near miss of a common mail provider.
pub fn did_you_mean(address: &str) -> String {
    format!("Did you mean {address}?")
}

/// An address at a domain with no mail host (`EMAIL_DOMAIN_CHECK`).
pub const DOMAIN_CANNOT_RECEIVE: &str = "This email domain cannot receive mail.";
/// An address at a throwaway-mail provider (`BLOCK_DISPOSABLE_EMAIL`).
pub const DISPOSABLE_EMAIL: &str =
    "Registration using disposable email addresses is prohibited. Please supply a different email address.";

/// Django's `MaxLengthValidator` message.
pub fn too_long(max: usize, actual: usize) -> String {
    format!("Ensure this value has at most {max} characters (it has {actual}).")
}
