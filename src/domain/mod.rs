//! Pure registration rules: field validation, form variants, activation keys and expiry.
//!
//! No I/O, no clock and no randomness live here (callers pass `now` and salts in), so the
//! same code runs on the server and, compiled to WebAssembly, in the browser.

pub mod account_forms;
pub mod activation;
pub mod email;
pub mod errors;
pub mod funnel;
pub mod message;
pub mod messages;
pub mod password;
pub mod password_rules;
pub mod redirect;
pub mod registration;
pub mod typo;
mod unicode;
pub mod user_agent;
pub mod username;

pub use errors::FieldErrors;
pub use message::{Arg, Msg};

#[cfg(test)]
mod fuzz_tests;
