//! Unicode NFKC normalisation, which usernames are compared in.
//!
//! The server uses the `unicode-normalization` tables. The browser build asks the browser's
//! own `String.prototype.normalize`, so those tables (a large share of the WebAssembly) never
//! ship; the server, which decides, always normalises with its own tables.

#[cfg(not(feature = "hydrate"))]
#[path = "nfkc_tables.rs"]
mod imp;
#[cfg(feature = "hydrate")]
#[path = "nfkc_browser.rs"]
mod imp;

pub use imp::nfkc;
