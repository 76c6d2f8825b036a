//! Leptos components and pages. No database, no mail, no headers here: pages read what the
//! server prepared as context values (the logged-in user as `Option<UserSummary>`, the
//! address of the registration just made as `RegisteredEmail`, form seeds and rules); the
//! forms (islands) talk to the server through `api`.

pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;

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
