//! Queries on `user_sessions`: one row per logged-in session (its login id, browser, address,
//! first and last request). A row's `expires_at` moves with `last_seen`, keeping its lifetime.

use super::{to_millis, Pool, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

/// A login as the profile lists it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct LoginRow {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen: i64,
}

/// A new login of `user_id`, alive until `expires_at` unless it is seen again.
pub struct NewLogin<'a> {
    pub id: &'a str,
    pub user_id: i64,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert(pool: &Pool, login: &NewLogin<'_>) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO user_sessions (id, user_id, user_agent, ip, created_at, last_seen, expires_at)
         VALUES ($1, $2, $3, $4, $5, $5, $6)";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(login.id)
        .bind(login.user_id)
        .bind(login.user_agent)
        .bind(login.ip)
        .bind(to_millis(login.now))
        .bind(to_millis(login.expires_at))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// When this login of `user_id` was last seen, if it is still alive.
pub async fn last_seen(
    pool: &Pool,
    id: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT last_seen FROM user_sessions WHERE id = $1 AND user_id = $2 AND expires_at > $3";
    on_pool!(pool, c => sqlx::query_scalar(sql)
        .bind(id)
        .bind(user_id)
        .bind(to_millis(now))
        .fetch_optional(c)
        .await)
}

/// Records a request of this login (its lifetime starts again from now).
pub async fn touch(pool: &Pool, id: &str, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let sql =
        "UPDATE user_sessions SET expires_at = $1 + (expires_at - last_seen), last_seen = $1 WHERE id = $2";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(to_millis(now))
        .bind(id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The user's live logins, most recently seen first.
pub async fn list(pool: &Pool, user_id: i64, now: DateTime<Utc>) -> Result<Vec<LoginRow>, sqlx::Error> {
    let sql = "SELECT id, user_agent, ip, created_at, last_seen FROM user_sessions
         WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen DESC, created_at DESC";
    on_pool!(pool, c => sqlx::query_as(sql).bind(user_id).bind(to_millis(now)).fetch_all(c).await)
}

/// Ends one login of the user; false if it was not theirs or is gone.
pub async fn delete(pool: &Pool, id: &str, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM user_sessions WHERE id = $1 AND user_id = $2";
    let done = on_pool!(pool, c => sqlx::query(sql).bind(id).bind(user_id).execute(c).await?.rows_affected());
    Ok(done > 0)
}

/// Ends every login of the user except `keep`; returns how many ended.
pub async fn delete_others(tx: &mut Tx, user_id: i64, keep: Option<&str>) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM user_sessions WHERE user_id = $1 AND id <> $2";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))
}

/// Deletes the logins that expired; returns how many.
pub async fn prune(pool: &Pool, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM user_sessions WHERE expires_at <= $1";
    on_pool!(pool, c => sqlx::query(sql).bind(to_millis(now)).execute(c).await.map(|d| d.rows_affected()))
}
