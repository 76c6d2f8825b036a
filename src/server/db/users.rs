//! Queries on `users`.

use super::{to_millis, Pool, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

/// A user about to be created (inactive until activation).
pub struct NewUser<'a> {
    pub username: &'a str,
    pub username_normalized: &'a str,
    pub email: &'a str,
    pub email_normalized: &'a str,
    pub password_hash: &'a str,
    pub date_joined: DateTime<Utc>,
    /// The language of the registration (see `server::i18n`).
    pub language: &'a str,
}

/// Not an expired registration that never activated (one whose key was issued at or before
/// `$2`): such an account gives its username and address up to a new registration. (An
/// `EXISTS` on the profile's `user_id`: SQLite answers `id IN (SELECT … users.date_joined …)`,
/// a correlated list, by scanning every profile for each account tested.)
const LIVE: &str = "NOT (is_active = FALSE AND EXISTS (SELECT 1 FROM registration_profiles p
          WHERE p.user_id = users.id AND p.activated = FALSE AND COALESCE(p.key_renewed_at, users.date_joined) <= $2))";

/// Whether a live account (see `LIVE`) has this normalised username.
pub async fn username_taken(
    pool: &Pool,
    normalized: &str,
    cutoff: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let sql = format!("SELECT id FROM users WHERE username_normalized = $1 AND {LIVE}");
    let found: Option<i64> = on_pool!(pool, c => sqlx::query_scalar(&sql)
        .bind(normalized)
        .bind(to_millis(cutoff))
        .fetch_optional(c)
        .await)?;
    Ok(found.is_some())
}

/// Deletes the expired, never-activated accounts that hold this username (or, with
/// `email` given, this address), so that a new registration replaces them in its own
/// transaction; their old keys die with them. Returns how many.
pub async fn delete_expired_holders(
    tx: &mut Tx,
    username_normalized: &str,
    email_normalized: Option<&str>,
    cutoff: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let sql =
        format!("DELETE FROM users WHERE (username_normalized = $1 OR email_normalized = $3) AND NOT {LIVE}");
    on_tx!(tx, c => sqlx::query(&sql)
        .bind(username_normalized)
        .bind(to_millis(cutoff))
        .bind(email_normalized)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))
}

/// Users other than `user_id` with this normalised email.
pub async fn count_others_with_email(
    tx: &mut Tx,
    email_normalized: &str,
    user_id: i64,
) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM users WHERE email_normalized = $1 AND id <> $2";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(email_normalized).bind(user_id).fetch_one(c).await)
}

/// Serialises, until the transaction ends, every transaction that registers this address.
/// SQLite's write transactions are serial already; PostgreSQL takes an advisory lock, which
/// holds across instances.
pub async fn lock_email(tx: &mut Tx, email_normalized: &str) -> Result<(), sqlx::Error> {
    if let Tx::Postgres(tx) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
            .bind(email_normalized)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Inserts the user and returns its id; a taken username surfaces as a unique violation.
pub async fn insert(tx: &mut Tx, user: &NewUser<'_>) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined, language)
         VALUES ($1, $2, $3, $4, $5, FALSE, $6, $7) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(user.username)
        .bind(user.username_normalized)
        .bind(user.email)
        .bind(user.email_normalized)
        .bind(user.password_hash)
        .bind(to_millis(user.date_joined))
        .bind(user.language)
        .fetch_one(c)
        .await)
}

/// What login, sessions and password changes need to know about a user.
#[derive(Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub password: String,
    pub is_active: bool,
    pub date_joined: i64,
    pub last_login: Option<i64>,
    /// The language mail to this user is written in (`None`: the site's default).
    pub language: Option<String>,
    /// May use the web admin (`/admin/`).
    pub is_staff: bool,
}

impl std::fmt::Debug for UserRow {
    // The password hash stays out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

const USER_COLUMNS: &str =
    "SELECT id, username, email, password, is_active, date_joined, last_login, language, is_staff FROM users";

pub async fn by_username(pool: &Pool, normalized: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("{USER_COLUMNS} WHERE username_normalized = $1");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(normalized).fetch_optional(c).await)
}

/// Up to two users whose address is `address`, compared case-insensitively (by the engine's
/// `lower`, on both sides), oldest first: two answers mean the address is shared.
pub async fn by_address(pool: &Pool, address: &str) -> Result<Vec<UserRow>, sqlx::Error> {
    let sql = format!("{USER_COLUMNS} WHERE lower(email) = lower($1) ORDER BY id LIMIT 2");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(address).fetch_all(c).await)
}

pub async fn by_id(pool: &Pool, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("{USER_COLUMNS} WHERE id = $1");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(id).fetch_optional(c).await)
}

pub async fn active_by_email(pool: &Pool, email_normalized: &str) -> Result<Vec<UserRow>, sqlx::Error> {
    let sql = format!("{USER_COLUMNS} WHERE email_normalized = $1 AND is_active = TRUE ORDER BY id");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(email_normalized).fetch_all(c).await)
}

/// Deletes the user (its profile and reset tokens go with it); false if it was already gone.
pub async fn delete(tx: &mut Tx, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM users WHERE id = $1";
    let deleted =
        on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await.map(|d| d.rows_affected()))?;
    Ok(deleted > 0)
}

pub async fn set_password(tx: &mut Tx, user_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET password = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(password_hash)
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

pub async fn touch_last_login(tx: &mut Tx, user_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET last_login = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(to_millis(now))
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Replaces a hash made with older parameters (only if it is still the one we verified).
pub async fn upgrade_password_hash(
    pool: &Pool,
    user_id: i64,
    old: &str,
    new: &str,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET password = $1 WHERE id = $2 AND password = $3";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(new)
        .bind(user_id)
        .bind(old)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Deactivates a user; returns whether it was active.
pub async fn deactivate(tx: &mut Tx, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET is_active = FALSE WHERE id = $1 AND is_active = TRUE";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

/// Makes a deactivated account active again (not a registration still waiting: that is an
/// activation); false when there was nothing to do.
pub async fn reactivate(tx: &mut Tx, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET is_active = TRUE WHERE id = $1 AND is_active = FALSE
        AND NOT EXISTS (SELECT 1 FROM registration_profiles p WHERE p.user_id = $1 AND p.activated = FALSE)";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

/// Grants (`true`) or revokes staff rights; false when the account already had that state.
pub async fn set_staff(tx: &mut Tx, user_id: i64, staff: bool) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET is_staff = $1 WHERE id = $2 AND is_staff <> $1";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(staff).bind(user_id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

/// Makes a new account active staff at once (`createsuperuser`).
pub async fn make_active_staff(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET is_active = TRUE, is_staff = TRUE WHERE id = $1";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await.map(|_| ()))
}

/// Gives the user a new address (an email change, or its reversal).
pub async fn set_email(
    tx: &mut Tx,
    user_id: i64,
    email: &str,
    email_normalized: &str,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET email = $1, email_normalized = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(email)
        .bind(email_normalized)
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Sets the language mail to the user is written in.
pub async fn set_language(pool: &Pool, user_id: i64, language: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET language = $1 WHERE id = $2";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(language)
        .bind(user_id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}
