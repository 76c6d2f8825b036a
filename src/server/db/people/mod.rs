//! Queries of the web admin's people pages: search by username or address prefix, filter by
//! state, newest first, a page at a time after a `(date_joined, id)` cursor (keyset
//! pagination: every page costs the same however deep). Without a prefix the page is read in
//! order from `users_joined` on `(date_joined, id)`; a prefix is searched as `prefix` says.

use super::{Engine, Pool};
use crate::on_pool;
use chrono::{DateTime, Utc};

/// Which accounts a list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StateFilter {
    #[default]
    All,
    /// Waiting for activation, within the activation period.
    Pending,
    /// Never activated, past the activation period.
    Expired,
    Active,
    /// Inactive after an activation (or never registered through the form).
    Deactivated,
    Staff,
}

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonRow {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub is_active: bool,
    pub is_staff: bool,
    pub date_joined: i64,
    pub last_login: Option<i64>,
    /// Whether the registration was activated (`None`: no registration profile).
    pub activated: Option<bool>,
    /// When the current activation key was issued (joined, or renewed).
    pub key_issued_at: i64,
}

/// A search: the prefix (lower-cased), the state, the cursor, the page size.
#[derive(Clone, Debug)]
pub struct Search<'a> {
    pub prefix: &'a str,
    pub state: StateFilter,
    /// The last row of the page before: `(date_joined, id)`.
    pub after: Option<(i64, i64)>,
    pub limit: i64,
    /// Keys issued at or before this instant have expired.
    pub expired_before: DateTime<Utc>,
}

/// What a row of the list is made of (`u`: the account, `p`: its registration).
const COLUMNS: &str = "SELECT u.id, u.username, u.email, u.is_active, u.is_staff, u.date_joined,
    u.last_login, p.activated, COALESCE(p.key_renewed_at, u.date_joined) AS key_issued_at";

/// Every account, with its registration.
const ACCOUNTS: &str = "FROM users u LEFT JOIN registration_profiles p ON p.user_id = u.id";

/// The accounts of a `hits (date_joined, id)` list, with their registrations.
const HIT_ACCOUNTS: &str =
    "FROM hits JOIN users u ON u.id = hits.id LEFT JOIN registration_profiles p ON p.user_id = u.id";

fn state_condition(state: StateFilter) -> &'static str {
    match state {
        StateFilter::All => "TRUE",
        StateFilter::Pending => {
            "u.is_active = FALSE AND p.activated = FALSE AND COALESCE(p.key_renewed_at, u.date_joined) > $4"
        }
        StateFilter::Expired => {
            "u.is_active = FALSE AND p.activated = FALSE AND COALESCE(p.key_renewed_at, u.date_joined) <= $4"
        }
        StateFilter::Active => "u.is_active = TRUE",
        StateFilter::Deactivated => "u.is_active = FALSE AND (p.activated IS NULL OR p.activated = TRUE)",
        StateFilter::Staff => "u.is_staff = TRUE",
    }
}

/// One page of accounts, newest first (one more row than `limit` tells there is a next page).
pub async fn search(pool: &Pool, search: &Search<'_>) -> Result<Vec<PersonRow>, sqlx::Error> {
    if !search.prefix.is_empty() {
        return prefix::search(pool, search).await;
    }
    // The date index gives the page in order.
    let sql = format!(
        "{COLUMNS} {ACCOUNTS} WHERE CAST($1 AS TEXT) = '' AND CAST($2 AS TEXT) IS NOT NULL AND {after}
         AND ({state}) AND CAST($4 AS BIGINT) IS NOT NULL ORDER BY u.date_joined DESC, u.id DESC LIMIT $3",
        after = after(pool.engine()),
        state = state_condition(search.state)
    );
    query(pool, search, &sql).await
}

/// A search's parameters `$1`..`$6` bound to `$query`.
macro_rules! bind_search {
    ($query:expr, $search:expr) => {{
        let search: &Search<'_> = $search;
        // Every string starting with the prefix sorts before the prefix followed by U+10FFFF.
        let upper = format!("{}\u{10FFFF}", search.prefix);
        let (joined, id) = search.after.unwrap_or((i64::MAX, i64::MAX));
        // Not kept prepared: each search is planned for its own prefix and cursor (a plan made
        // for unknown values reads a broad prefix's every match on PostgreSQL).
        $query
            .persistent(false)
            .bind(search.prefix)
            .bind(upper)
            .bind(search.limit + 1)
            .bind($crate::server::db::to_millis(search.expired_before))
            .bind(joined)
            .bind(id)
    }};
}

// After `bind_search!`, which it uses.
mod prefix;

async fn query(pool: &Pool, search: &Search<'_>, sql: &str) -> Result<Vec<PersonRow>, sqlx::Error> {
    on_pool!(pool, c => bind_search!(sqlx::query_as(sql), search).fetch_all(c).await)
}

/// After the cursor `($5, $6)`, newest first. PostgreSQL turns the row comparison into one
/// range of an index ending in `(date_joined, id)`; SQLite seeks to `date_joined <= $5` and
/// checks the rest on the index entries.
fn after(engine: Engine) -> &'static str {
    match engine {
        Engine::Postgres => "((u.date_joined, u.id) < ($5, $6))",
        Engine::Sqlite => "(u.date_joined <= $5 AND (u.date_joined < $5 OR u.id < $6))",
    }
}

/// One account, with its registration.
pub async fn person(pool: &Pool, user_id: i64) -> Result<Option<PersonRow>, sqlx::Error> {
    let sql = format!("{COLUMNS} {ACCOUNTS} WHERE u.id = $1");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(user_id).fetch_optional(c).await)
}

/// An account's mails in the outbox, newest first, with their delivery state (`sent`,
/// `failed`, `retrying` after a failed attempt, or `queued`).
pub async fn mails_to(pool: &Pool, address: &str, limit: i64) -> Result<Vec<MailRow>, sqlx::Error> {
    let sql = "SELECT id, subject,
        CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed'
             WHEN attempts > 0 THEN 'retrying' ELSE 'queued' END AS status,
        CAST(attempts AS BIGINT) AS attempts, last_error, created_at FROM email_outbox
        WHERE lower(recipient) = lower($1) ORDER BY id DESC LIMIT $2";
    on_pool!(pool, c => sqlx::query_as(sql).bind(address).bind(limit).fetch_all(c).await)
}

/// One outbox message as the admin shows it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct MailRow {
    pub id: i64,
    pub subject: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}
