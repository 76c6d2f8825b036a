//! The web admin's view of the outbox: a page of messages, newest first, by delivery state,
//! after an id cursor.

use super::Pool;
use crate::on_pool;

/// One message as the admin lists it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    /// `sent`, `failed`, `retrying` (after a failed attempt) or `queued`.
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// The SQL condition of a delivery state (`""`: all).
fn condition(status: &str) -> &'static str {
    match status {
        "sent" => "sent_at IS NOT NULL",
        "failed" => "failed_at IS NOT NULL",
        "retrying" => "sent_at IS NULL AND failed_at IS NULL AND attempts > 0",
        "queued" => "sent_at IS NULL AND failed_at IS NULL AND attempts = 0",
        _ => "TRUE",
    }
}

/// Up to `limit + 1` messages in `status` with ids below `before` (one more tells of a next page).
pub async fn page(
    pool: &Pool,
    status: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<OutboxRow>, sqlx::Error> {
    let sql = format!(
        "SELECT id, recipient, subject,
            CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed'
                 WHEN attempts > 0 THEN 'retrying' ELSE 'queued' END AS status,
            CAST(attempts AS BIGINT) AS attempts, last_error, created_at
         FROM email_outbox WHERE ({}) AND id < $1 ORDER BY id DESC LIMIT $2",
        condition(status)
    );
    on_pool!(pool, c => sqlx::query_as(&sql).bind(before.unwrap_or(i64::MAX)).bind(limit + 1).fetch_all(c).await)
}
