//! Reusable form pieces: labelled fields with their error lists, the account form island, and
//! the flag that tells a hydrated page.

pub mod account_form;
pub mod field;
pub mod hydrated;
