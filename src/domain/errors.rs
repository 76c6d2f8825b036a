//! Field-level validation errors, keyed by form field name, in the order they were found.

use super::message::Msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Errors of one form submission: field name -> messages. `__all__` holds non-field errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, Vec<Msg>>);

impl FieldErrors {
    pub const NON_FIELD: &'static str = "__all__";

    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &str, message: Msg) {
        self.0.entry(field.to_owned()).or_default().push(message);
    }

    pub fn extend_field(&mut self, field: &str, messages: impl IntoIterator<Item = Msg>) {
        for message in messages {
            self.add(field, message);
        }
    }

    /// Replaces the messages of one field (used when a single field is re-validated).
    pub fn set_field(&mut self, field: &str, messages: Vec<Msg>) {
        if messages.is_empty() {
            self.0.remove(field);
        } else {
            self.0.insert(field.to_owned(), messages);
        }
    }

    /// Appends every message of `other`.
    pub fn merge(&mut self, other: FieldErrors) {
        for (field, messages) in other.0 {
            self.0.entry(field).or_default().extend(messages);
        }
    }

    pub fn get(&self, field: &str) -> &[Msg] {
        self.0.get(field).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn has(&self, field: &str) -> bool {
        !self.get(field).is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn single(field: &str, message: Msg) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    /// Every message put into words by `say` (a door does this before the errors leave it).
    pub fn localized(self, say: impl Fn(&Msg) -> String) -> Self {
        let map = self
            .0
            .into_iter()
            .map(|(field, messages)| (field, messages.iter().map(|m| Msg::Text(say(m))).collect()));
        Self(map.collect())
    }

    /// The messages as text (after `localized`; an id stays as it is).
    pub fn texts(&self) -> BTreeMap<String, Vec<String>> {
        let text = |m: &Msg| m.render(|id, _| id.to_owned());
        self.0.iter().map(|(field, messages)| (field.clone(), messages.iter().map(text).collect())).collect()
    }
}
