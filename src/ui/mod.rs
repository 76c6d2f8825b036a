//! Leptos components and pages. No database and no mail here: pages read what the server
//! handler prepared from context; the forms (islands) talk to the server through `api`.

pub mod app;
pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
#[path = "request_ssr.rs"]
mod request;
#[cfg(not(feature = "ssr"))]
#[path = "request_client.rs"]
mod request;

pub use request::{current_user, registered_email, send_security_policy};
