//! Wire types: server-function replies and the seeds a server render hands to hydration.

use crate::domain::activation::ActivationFailure;
use crate::domain::FieldErrors;
use serde::{Deserialize, Serialize};

/// The answer to a registration submitted from the browser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegisterReply {
    /// Created; the activation email goes to this address.
    Created {
        email: String,
    },
    Invalid(FieldErrors),
    Closed,
}

/// The answer to a resend request: the same for known and unknown addresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResendReply {
    Sent { email: String },
    Invalid(FieldErrors),
}

/// What a server-rendered register page starts with (after a failed plain POST).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterSeed {
    pub username: String,
    pub email: String,
    pub tos: bool,
    pub errors: FieldErrors,
}

/// What a server-rendered resend page starts with (after a plain POST).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResendSeed {
    pub email: String,
    pub errors: FieldErrors,
    pub sent: bool,
}

/// What the activation page shows (provided by the activation handler).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivationSeed {
    /// Why the link did not activate anything.
    Failed(ActivationFailure),
    /// Auto-login mode: the key is good; a button POSTs to activate and log in.
    Confirm,
}

/// The input of the resend form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResendInput {
    #[serde(default)]
    pub email: String,
}

/// Shown when something failed that the visitor cannot fix.
pub const TRY_AGAIN: &str = "Something went wrong on our side. Please try again in a moment.";

/// The logged-in user as pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub username: String,
    pub email: String,
}

/// The answer to an account form submitted from the browser: where to go next, or errors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormReply {
    Redirect(String),
    Invalid(FieldErrors),
}

/// What a server-rendered account form starts with (after a failed plain POST).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormSeed {
    /// Typed values to keep (never passwords).
    pub values: std::collections::BTreeMap<String, String>,
    pub errors: FieldErrors,
}

impl FormSeed {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }
}
