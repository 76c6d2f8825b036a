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
