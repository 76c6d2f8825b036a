//! The product's URLs that handlers, server functions and pages send visitors to.

pub const REGISTER: &str = "/accounts/register/";
pub const REGISTER_COMPLETE: &str = "/accounts/register/complete/";
pub const REGISTER_CLOSED: &str = "/accounts/register/closed/";
pub const ACTIVATE_COMPLETE: &str = "/accounts/activate/complete/";
pub const LOGIN: &str = "/accounts/login/";
pub const LOGOUT_DONE: &str = "/accounts/logout/?done=1";
pub const CHANGE_DONE: &str = "/accounts/password/change/done/";
pub const DELETE_ACCOUNT: &str = "/accounts/delete/";
pub const DELETE_DONE: &str = "/accounts/delete/done/";
pub const PROFILE: &str = "/accounts/profile/";
pub const EMAIL_CHANGE: &str = "/accounts/email/change/";
pub const EMAIL_CHANGE_DONE: &str = "/accounts/email/change/done/";
pub const EMAIL_CHANGE_COMPLETE: &str = "/accounts/email/confirm/complete/";
pub const NOT_ME_DONE: &str = "/accounts/not-me/done/";
pub const LANGUAGE: &str = "/accounts/language/";
pub const RESEND: &str = "/accounts/activate/resend/";
/// The language picker's target (Django's `set_language` view).
pub const SET_LANGUAGE: &str = "/i18n/setlang/";
pub const SESSION_END: &str = "/accounts/sessions/end/";
pub const SESSIONS_END_OTHERS: &str = "/accounts/sessions/end-others/";
pub const RESET_DONE: &str = "/accounts/password/reset/done/";
pub const RESET_COMPLETE: &str = "/accounts/password/reset/complete/";

/// The activation page of `key` (it explains a key that did not work).
pub fn activation(key: &str) -> String {
    format!("/accounts/activate/{key}/")
}

/// The password-reset page of `token` (it explains a token that did not work).
pub fn reset_confirm(token: &str) -> String {
    format!("/accounts/password/reset/confirm/{token}/")
}
