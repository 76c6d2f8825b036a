//! Queries on `security_links`: the single-use "this wasn't me" links of security notices
//! (hashes only), each with the address its notice went to.

use super::{to_millis, Pool, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

/// What a used link tells: whose account, and where its notice went.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SecurityLink {
    pub user_id: i64,
    pub address: String,
}

pub async fn insert(
    tx: &mut Tx,
    user_id: i64,
    token_hash: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO security_links (user_id, token_hash, address, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(token_hash)
        .bind(address)
        .bind(to_millis(now))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The link's account, if it is unused and issued after `issued_after` (without using it).
pub async fn peek(
    pool: &Pool,
    token_hash: &str,
    issued_after: DateTime<Utc>,
) -> Result<Option<SecurityLink>, sqlx::Error> {
    let sql = "SELECT user_id, address FROM security_links
         WHERE token_hash = $1 AND used_at IS NULL AND created_at > $2";
    on_pool!(pool, c => sqlx::query_as(sql)
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Uses the link (once: concurrent callers get `None`).
pub async fn consume(
    tx: &mut Tx,
    token_hash: &str,
    issued_after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<SecurityLink>, sqlx::Error> {
    let sql = "UPDATE security_links SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND created_at > $3 RETURNING user_id, address";
    on_tx!(tx, c => sqlx::query_as(sql)
        .bind(to_millis(now))
        .bind(token_hash)
        .bind(to_millis(issued_after))
        .fetch_optional(c)
        .await)
}

/// Kills every outstanding link of a user.
pub async fn revoke_all(tx: &mut Tx, user_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let sql = "UPDATE security_links SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(to_millis(now))
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Deletes links issued before `cutoff`; returns how many.
pub async fn prune(pool: &Pool, cutoff: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM security_links WHERE created_at <= $1";
    on_pool!(pool, c => sqlx::query(sql).bind(to_millis(cutoff)).execute(c).await.map(|d| d.rows_affected()))
}
