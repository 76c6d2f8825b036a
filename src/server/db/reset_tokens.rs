//! Queries on `password_reset_tokens` (only token hashes are stored).

use super::{to_millis, Tx};
use chrono::{DateTime, Utc};

pub async fn insert(
    tx: &mut Tx,
    user_id: i64,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO password_reset_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(token_hash)
        .bind(to_millis(now))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The user of an unused token issued after `issued_after`, without using it.
pub async fn peek(
    pool: &super::Pool,
    token_hash: &str,
    issued_after: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND created_at > $2",
    )
    .bind(token_hash)
    .bind(to_millis(issued_after))
    .fetch_optional(pool)
    .await
}

/// Uses the token (once: concurrent callers get `None`) and returns its user.
pub async fn consume(
    tx: &mut Tx,
    token_hash: &str,
    issued_after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE password_reset_tokens SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND created_at > $3 RETURNING user_id",
    )
    .bind(to_millis(now))
    .bind(token_hash)
    .bind(to_millis(issued_after))
    .fetch_optional(&mut **tx)
    .await
}

/// Kills every outstanding token of a user (after any password change).
pub async fn revoke_all(tx: &mut Tx, user_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE password_reset_tokens SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(to_millis(now))
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
