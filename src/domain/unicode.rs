//! The Unicode operations with large tables: NFKC normalisation (usernames are compared in
//! it) and lower-casing (usernames, email addresses, password similarity).
//!
//! The server uses the `unicode-normalization` tables and the standard library. The browser
//! build asks the browser's own `String.prototype.normalize` and `toLowerCase`, so those
//! tables (a large share of the WebAssembly) never ship; the server, which decides, always
//! uses its own.

#[cfg(not(feature = "hydrate"))]
#[path = "unicode_tables.rs"]
mod imp;
#[cfg(feature = "hydrate")]
#[path = "unicode_browser.rs"]
mod imp;

pub use imp::{lowercase, nfkc};
