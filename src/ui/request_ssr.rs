//! Server side of what pages learn from the request: the logged-in user and the address of
//! the registration just made (from its short-lived cookie).

use crate::api::types::UserSummary;
use axum::http::request::Parts;
use leptos::prelude::use_context;

pub fn registered_email() -> Option<String> {
    use_context::<Parts>().and_then(|parts| crate::server::http::cookies::registered_email(&parts.headers))
}

pub fn current_user() -> Option<UserSummary> {
    use_context::<Parts>().and_then(|parts| {
        parts.extensions.get::<crate::server::session::CurrentUser>().and_then(|u| u.summary())
    })
}

/// Sends this render's Content-Security-Policy, naming its script nonce.
pub fn send_security_policy() {
    let (Some(nonce), Some(response)) =
        (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    if let Ok(value) = axum::http::HeaderValue::from_str(&crate::server::http::headers::page_policy(&nonce)) {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
    }
}
