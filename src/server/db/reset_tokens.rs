//! Queries on `password_reset_tokens` (only token hashes are stored).

use super::{to_millis, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

pub async fn insert(
    tx: &mut Tx,
    user_id: i64,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO password_reset_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(token_hash)
        .bind(to_millis(now))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The user of an unused token issued after `issued_after`, without using it.
pub async fn peek(
    pool: &super::Pool,
    token_hash: &str,
    issued_after: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    let sql =
        "SELECT user_id FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND created_at > $2";
    on_pool!(pool, c => sqlx::query_scalar(sql)
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Uses the token (once: concurrent callers get `None`) and returns its user.
pub async fn consume(
    tx: &mut Tx,
    token_hash: &str,
    issued_after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "UPDATE password_reset_tokens SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND created_at > $3 RETURNING user_id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(to_millis(now))
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Kills every outstanding token of a user (after any password change).
pub async fn revoke_all(tx: &mut Tx, user_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let sql = "UPDATE password_reset_tokens SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(to_millis(now))
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}
