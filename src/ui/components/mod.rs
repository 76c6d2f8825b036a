//! Reusable form pieces: labelled fields with their error lists.

pub mod field;
