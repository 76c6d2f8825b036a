//! Wire types: what a server render hands the pages (the logged-in user, the address of the
//! registration just made) and the seeds it hands the islands.

use crate::domain::activation::ActivationFailure;
use crate::domain::FieldErrors;
use serde::{Deserialize, Serialize};

/// What a server-rendered register page starts with (after a failed plain POST).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterSeed {
    pub username: String,
    pub email: String,
    /// The address already offered a correction ("Did you mean …?"), sent back as typed.
    pub email_checked: String,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivationSeed {
    /// Why the link did not activate anything.
    Failed { reason: ActivationFailure, key: String },
    /// The key is good: a button POSTs to activate this account (and, with `logs_in`, log
    /// in).
    Confirm { username: String, logs_in: bool },
}

/// The address of the registration just made (for `register/complete/`), if known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisteredEmail(pub Option<String>);

/// The logged-in user as pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub username: String,
    pub email: String,
}

/// One logged-in session of the account, as the profile lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionSummary {
    /// The handle "sign out" takes (not the session's cookie).
    pub id: String,
    /// The browser's name, such as "Firefox on Linux".
    pub browser: String,
    /// The client address of its login.
    pub ip: String,
    /// When it logged in and when it was last seen (RFC 3339, UTC; last seen to the minute).
    pub created_at: String,
    pub last_seen: String,
    /// Whether this is the session asking.
    pub this_device: bool,
}

/// What the profile page shows beyond the user: its sessions and a pending email change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileData {
    pub sessions: Vec<SessionSummary>,
    pub pending_email: Option<String>,
    /// The language of the account's mail, and the offered ones as (tag, name in itself).
    pub language: String,
    pub languages: Vec<(String, String)>,
    /// Why the last language choice was refused (a crafted form), if it was.
    pub language_errors: Vec<String>,
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
