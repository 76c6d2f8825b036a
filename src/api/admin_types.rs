//! What the web admin's pages show (server-rendered; no island reads these).

use crate::domain::FieldErrors;
use serde::{Deserialize, Serialize};

/// One account in a list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonSummary {
    pub id: i64,
    pub username: String,
    pub email: String,
    /// `pending`, `expired`, `active` or `deactivated`.
    pub state: String,
    pub is_staff: bool,
    /// When it joined, as "2026-12-01 10:04 UTC".
    pub joined: String,
}

/// `/admin/users/`: a page of accounts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeoplePage {
    pub query: String,
    /// `""` (all), `pending`, `expired`, `active`, `deactivated` or `staff`.
    pub state: String,
    pub rows: Vec<PersonSummary>,
    /// The cursor of the next page, if there is one.
    pub next: Option<String>,
}

/// A mail of the account, from the outbox.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailSummary {
    pub subject: String,
    /// `queued`, `retrying`, `failed` or `sent`.
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created: String,
}

/// One row of the account's audit trail.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrailEntry {
    pub at: String,
    pub action: String,
    pub via: Option<String>,
    /// `user`, `cli`, `system`, or `staff:NAME`.
    pub actor: String,
    pub ip: Option<String>,
}

/// `/admin/users/<id>/`: one account, its registration, its mail, its trail, and what a
/// staff action said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonPage {
    pub person: PersonSummary,
    pub last_login: Option<String>,
    /// When its activation key was issued and when it expires (pending registrations only).
    pub key_issued: Option<String>,
    pub expires: Option<String>,
    pub mails: Vec<MailSummary>,
    pub trail: Vec<TrailEntry>,
    /// Actions must be confirmed with the staff member's password (their login is older than
    /// 15 minutes).
    pub needs_password: bool,
    /// The action just done (`?done=…`).
    pub done: Option<String>,
    pub errors: FieldErrors,
}

/// A message of the outbox, on the mail page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    /// `queued`, `retrying`, `failed` or `sent`.
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created: String,
}

/// `/admin/mail/`: a page of the outbox.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailPage {
    /// `""` (all), `queued`, `retrying`, `failed` or `sent`.
    pub status: String,
    pub messages: Vec<OutboxMessage>,
    /// The cursor (an id) of the next page.
    pub next: Option<String>,
    /// What the last action did: `retried`, or `purged:N`.
    pub notice: Option<String>,
}

/// One day of the funnel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunnelDay {
    /// "2026-12-01".
    pub day: String,
    pub registered: u64,
    pub delivered: u64,
    pub activated: u64,
    pub expired: u64,
    pub deleted: u64,
}

/// `/admin/`: the sign-up funnel of the last 30 days.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunnelPage {
    pub days: Vec<FunnelDay>,
    /// Time from registration to activation, in seconds.
    pub median_seconds: Option<i64>,
    pub p90_seconds: Option<i64>,
    /// Shares of the period's registrations, in percent (one decimal).
    pub within_hour_percent: Option<f64>,
    pub within_day_percent: Option<f64>,
    pub failures_by_domain: Vec<(String, u64)>,
}
