//! Reusable form pieces: labelled fields with their error lists.

pub mod account_form;
pub mod field;
