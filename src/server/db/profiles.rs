//! Queries on `registration_profiles` (joined with their users where a decision needs both).
//!
//! Keys are stored as the SHA-256 (hex) of the mailed key, never in clear: every function here
//! takes the key as mailed and stores or looks up its digest, so a copy of the database
//! activates nothing.

use super::{from_millis, to_millis, Pool, Tx};
use crate::domain::activation::PendingState;
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// What the database holds for a mailed key.
fn stored(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

pub async fn insert(tx: &mut Tx, user_id: i64, activation_key: &str) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
         VALUES ($1, $2, FALSE, TRUE)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(stored(activation_key))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Marks the profile activated if it is pending and its key was issued after `cutoff`; returns
/// the user id. The database activates the user and writes `audit` (from
/// `audit::pending`) in the same statement (triggers `registration_profiles_activate_user`
/// and `registration_profiles_audit_claim`), so the claim is atomic in autocommit: the write
/// lock is held for this one statement, never across round trips, and of many concurrent
/// callers exactly one gets a row. The correlated `EXISTS` looks the user up by primary key
/// (an `IN` list would scan all users). `fetch_all` runs the statement to its end, which on
/// SQLite is when the write lock is released.
pub async fn claim_activation(
    pool: &Pool,
    key: &str,
    cutoff: DateTime<Utc>,
    audit: &str,
) -> Result<Option<i64>, sqlx::Error> {
    claim(pool, key, cutoff, Some(audit)).await
}

/// The claim without its audit row: the write ceiling `make bench` holds activations against.
pub async fn claim_alone(pool: &Pool, key: &str, cutoff: DateTime<Utc>) -> Result<Option<i64>, sqlx::Error> {
    claim(pool, key, cutoff, None).await
}

async fn claim(
    pool: &Pool,
    key: &str,
    cutoff: DateTime<Utc>,
    audit: Option<&str>,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "UPDATE registration_profiles SET activated = TRUE, pending_audit = $3
         WHERE activation_key = $1 AND activated = FALSE
           AND EXISTS (SELECT 1 FROM users
                       WHERE users.id = registration_profiles.user_id
                         AND COALESCE(registration_profiles.key_renewed_at, users.date_joined) > $2)
         RETURNING user_id";
    let ids: Vec<i64> = on_pool!(pool, c => sqlx::query_scalar(sql)
        .bind(stored(key))
        .bind(to_millis(cutoff))
        .bind(audit)
        .fetch_all(c)
        .await)?;
    Ok(ids.first().copied())
}

#[derive(sqlx::FromRow)]
struct StateRow {
    activated: bool,
    is_active: bool,
    key_issued_at: i64,
}

impl From<StateRow> for PendingState {
    fn from(row: StateRow) -> Self {
        Self {
            activated: row.activated,
            user_active: row.is_active,
            key_issued_at: from_millis(row.key_issued_at),
        }
    }
}

/// The state behind a key, to explain why an activation did not happen.
pub async fn state_by_key(pool: &Pool, key: &str) -> Result<Option<PendingState>, sqlx::Error> {
    let sql = "SELECT p.activated, u.is_active, COALESCE(p.key_renewed_at, u.date_joined) AS key_issued_at
         FROM registration_profiles p JOIN users u ON u.id = p.user_id WHERE p.activation_key = $1";
    let row: Option<StateRow> =
        on_pool!(pool, c => sqlx::query_as(sql).bind(stored(key)).fetch_optional(c).await)?;
    Ok(row.map(Into::into))
}

/// The username of the account a key belongs to.
pub async fn username_by_key(pool: &Pool, key: &str) -> Result<Option<String>, sqlx::Error> {
    let sql = "SELECT u.username FROM registration_profiles p JOIN users u ON u.id = p.user_id
         WHERE p.activation_key = $1";
    on_pool!(pool, c => sqlx::query_scalar(sql).bind(stored(key)).fetch_optional(c).await)
}

/// A registration as the resend and admin views see it.
#[derive(sqlx::FromRow)]
pub struct ProfileRow {
    pub profile_id: i64,
    pub user_id: i64,
    pub username: String,
    pub email: String,
    pub activated: bool,
    pub is_active: bool,
    pub date_joined: i64,
    pub key_issued_at: i64,
    pub language: Option<String>,
}

impl ProfileRow {
    pub fn state(&self) -> PendingState {
        PendingState {
            activated: self.activated,
            user_active: self.is_active,
            key_issued_at: from_millis(self.key_issued_at),
        }
    }
}

const PROFILE_COLUMNS: &str =
    "SELECT p.id AS profile_id, u.id AS user_id, u.username, u.email, p.activated, u.is_active, u.date_joined,
            COALESCE(p.key_renewed_at, u.date_joined) AS key_issued_at, u.language
     FROM registration_profiles p JOIN users u ON u.id = p.user_id";

pub async fn by_email(tx: &mut Tx, email_normalized: &str) -> Result<Vec<ProfileRow>, sqlx::Error> {
    let sql = format!("{PROFILE_COLUMNS} WHERE u.email_normalized = $1 ORDER BY u.id");
    on_tx!(tx, c => sqlx::query_as(&sql).bind(email_normalized).fetch_all(c).await)
}

/// The registration behind a mailed key.
pub async fn by_key(tx: &mut Tx, key: &str) -> Result<Option<ProfileRow>, sqlx::Error> {
    let sql = format!("{PROFILE_COLUMNS} WHERE p.activation_key = $1");
    on_tx!(tx, c => sqlx::query_as(&sql).bind(stored(key)).fetch_optional(c).await)
}

/// Gives a waiting registration a new key, issued `now` (its expiry counts from then).
pub async fn replace_key(
    tx: &mut Tx,
    profile_id: i64,
    activation_key: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE registration_profiles SET activation_key = $1, key_hashed = TRUE, key_renewed_at = $3
         WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(stored(activation_key))
        .bind(profile_id)
        .bind(to_millis(now))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Inactive users whose registration was never activated and whose key was issued at or
/// before `$1`.
const EXPIRED_USERS: &str = "FROM users WHERE is_active = FALSE
       AND EXISTS (SELECT 1 FROM registration_profiles p WHERE p.user_id = users.id
                   AND p.activated = FALSE AND COALESCE(p.key_renewed_at, users.date_joined) <= $1)";

/// Registrations that cleanup would delete (for `--dry-run`).
pub async fn list_expired(
    pool: &Pool,
    cutoff: DateTime<Utc>,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    let sql = format!("SELECT username, email, date_joined {EXPIRED_USERS} ORDER BY id");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(to_millis(cutoff)).fetch_all(c).await)
}

/// A registration cleanup deleted: id, username, joined, and when its key was issued.
pub type Deleted = (i64, String, i64, i64, String);

/// The next `$2` registrations due for cleanup (key issued at or before `$1`), lowest ids
/// first, with when their key was issued.
const DUE: &str = "SELECT u.id, COALESCE(p.key_renewed_at, u.date_joined) AS issued
     FROM users u JOIN registration_profiles p ON p.user_id = u.id
     WHERE u.is_active = FALSE AND p.activated = FALSE AND COALESCE(p.key_renewed_at, u.date_joined) <= $1
     ORDER BY u.id LIMIT $2";

/// Deletes up to `limit` expired, never-activated, inactive users (their profiles cascade) in
/// one set-based statement, lowest ids first, and returns them. The delete checks every
/// condition itself, so of several cleanups at once each account is returned by one only.
pub async fn delete_expired(
    tx: &mut Tx,
    cutoff: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Deleted>, sqlx::Error> {
    let due: Vec<(i64, i64)> =
        on_tx!(tx, c => sqlx::query_as(DUE).bind(to_millis(cutoff)).bind(limit).fetch_all(c).await)?;
    let issued: std::collections::HashMap<i64, i64> = due.into_iter().collect();
    let delete = format!(
        "DELETE {EXPIRED_USERS} AND id IN (SELECT id FROM ({DUE}) AS due) RETURNING id, username, date_joined, email"
    );
    let gone: Vec<(i64, String, i64, String)> =
        on_tx!(tx, c => sqlx::query_as(&delete).bind(to_millis(cutoff)).bind(limit).fetch_all(c).await)?;
    Ok(gone
        .into_iter()
        .map(|(id, name, joined, email)| (id, name, joined, *issued.get(&id).unwrap_or(&joined), email))
        .collect())
}

/// Registrations still waiting for activation (never activated, user inactive).
pub async fn pending(pool: &Pool) -> Result<Vec<ProfileRow>, sqlx::Error> {
    let sql = format!(
        "{PROFILE_COLUMNS} WHERE p.activated = FALSE AND u.is_active = FALSE ORDER BY u.date_joined, u.id"
    );
    on_pool!(pool, c => sqlx::query_as(&sql).fetch_all(c).await)
}

/// The registration of one user (by normalised username), if any.
pub async fn by_username(pool: &Pool, normalized: &str) -> Result<Option<ProfileRow>, sqlx::Error> {
    let sql = format!("{PROFILE_COLUMNS} WHERE u.username_normalized = $1");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(normalized).fetch_optional(c).await)
}

/// Marks a profile activated, and so its user (admin action; no expiry check here).
/// A new activation period for a registration still waiting (its key stays); false when
/// none waits.
pub async fn extend(tx: &mut Tx, user_id: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE registration_profiles SET key_renewed_at = $1 WHERE user_id = $2 AND activated = FALSE";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(to_millis(now)).bind(user_id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

pub async fn force_activate(tx: &mut Tx, profile_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE registration_profiles SET activated = TRUE WHERE id = $1 AND activated = FALSE";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(profile_id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

/// Hashes the keys that rows from before hashed storage still hold in clear (run after the
/// migrations; see `20261130000004_hashed_activation_keys.sql`). Each row is converted once,
/// even with several instances starting together. Returns how many were converted.
pub async fn hash_clear_keys(pool: &Pool) -> Result<u64, sqlx::Error> {
    let select = "SELECT id, activation_key FROM registration_profiles WHERE key_hashed = FALSE ORDER BY id LIMIT 1000";
    let update = "UPDATE registration_profiles SET activation_key = $1, key_hashed = TRUE
         WHERE id = $2 AND key_hashed = FALSE";
    let mut converted = 0;
    loop {
        let rows: Vec<(i64, String)> = on_pool!(pool, c => sqlx::query_as(select).fetch_all(c).await)?;
        if rows.is_empty() {
            return Ok(converted);
        }
        let mut tx = super::begin_write(pool).await?;
        for (id, clear) in &rows {
            converted += on_tx!(&mut tx, c => sqlx::query(update)
                .bind(stored(clear))
                .bind(id)
                .execute(c)
                .await
                .map(|done| done.rows_affected()))?;
        }
        tx.commit().await?;
    }
}
