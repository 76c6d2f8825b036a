//! Leptos components and pages. No database and no mail here: pages talk to the server
//! through `api` and read server-rendered seeds through `SharedValue`.

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

use leptos::prelude::RwSignal;

/// The address of the registration just made in this browser tab (set before navigating to
/// the completion page, so the page can name it without a round trip).
#[derive(Clone, Copy)]
pub struct LastRegistration(pub RwSignal<Option<String>>);
