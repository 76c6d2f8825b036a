//! Server side: the completion page reads the address from the short-lived cookie.

use axum::http::request::Parts;
use leptos::prelude::use_context;

pub fn registered_email() -> Option<String> {
    use_context::<Parts>()
        .and_then(|parts| crate::server::http::cookies::registered_email(&parts.headers))
}
