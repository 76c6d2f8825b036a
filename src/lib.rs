//! registration: the two-step account sign-up flow (register, activation email, activate).
//!
//! `domain` is pure and shared with the browser build; `server` (the `ssr` feature) holds the
//! use cases and adapters; `api` holds the server functions and wire types; `ui` the pages.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod paths;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
mod hydrate;
