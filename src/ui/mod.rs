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

/// What an island starts with, without JSON: the page provides it as context, the server
/// writes it into the island form's `data-props` attribute (postcard, hex), and the browser
/// reads it back before hydrating. Leptos's own island props are JSON, and a JSON parser would
/// be one of the largest parts of the WebAssembly.
#[cfg(feature = "ssr")]
#[path = "island_props_ssr.rs"]
pub mod island_props;
#[cfg(not(feature = "ssr"))]
#[path = "island_props_client.rs"]
pub mod island_props;

pub use request::{current_user, registered_email, send_security_policy};
