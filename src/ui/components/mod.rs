//! Reusable form pieces: labelled fields with their error lists, the account form island, the
//! people list's search-as-you-type island, and the flag that tells a hydrated page.

pub mod account_form;
pub mod field;
pub mod hydrated;
pub mod live_search;
