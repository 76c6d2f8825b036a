//! Queries on `email_changes`: at most one pending change per user, its token stored as a
//! hash next to the exact address it confirms.

use super::{to_millis, Pool, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

/// A pending change as its link finds it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PendingChange {
    pub user_id: i64,
    pub new_email: String,
}

/// Records the user's pending change, replacing any earlier one (whose link dies).
pub async fn replace(
    tx: &mut Tx,
    user_id: i64,
    new_email: &str,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO email_changes (user_id, new_email, token_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET new_email = $2, token_hash = $3, created_at = $4";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(new_email)
        .bind(token_hash)
        .bind(to_millis(now))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The change a token confirms, if it was issued after `issued_after`, without using it.
pub async fn peek(
    pool: &Pool,
    token_hash: &str,
    issued_after: DateTime<Utc>,
) -> Result<Option<PendingChange>, sqlx::Error> {
    let sql = "SELECT user_id, new_email FROM email_changes WHERE token_hash = $1 AND created_at > $2";
    on_pool!(pool, c => sqlx::query_as(sql)
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Uses the token (once: concurrent callers get `None`) and returns its change.
pub async fn take(
    tx: &mut Tx,
    token_hash: &str,
    issued_after: DateTime<Utc>,
) -> Result<Option<PendingChange>, sqlx::Error> {
    let sql =
        "DELETE FROM email_changes WHERE token_hash = $1 AND created_at > $2 RETURNING user_id, new_email";
    on_tx!(tx, c => sqlx::query_as(sql)
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Drops the user's pending change, if any.
pub async fn cancel(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    let sql = "DELETE FROM email_changes WHERE user_id = $1";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await.map(|d| d.rows_affected()))?;
    Ok(())
}

/// Deletes the changes issued before `cutoff` (their links no longer work); returns how many.
pub async fn prune(pool: &Pool, cutoff: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM email_changes WHERE created_at <= $1";
    on_pool!(pool, c => sqlx::query(sql).bind(to_millis(cutoff)).execute(c).await.map(|d| d.rows_affected()))
}

/// The user's pending new address, if its link still works.
pub async fn of_user(
    pool: &Pool,
    user_id: i64,
    issued_after: DateTime<Utc>,
) -> Result<Option<String>, sqlx::Error> {
    let sql = "SELECT new_email FROM email_changes WHERE user_id = $1 AND created_at > $2";
    on_pool!(pool, c => sqlx::query_scalar(sql)
        .bind(user_id)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}
