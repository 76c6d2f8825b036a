//! Queries on `users`.

use super::{to_millis, Pool, Tx};
use chrono::{DateTime, Utc};

/// A user about to be created (inactive until activation).
pub struct NewUser<'a> {
    pub username: &'a str,
    pub username_normalized: &'a str,
    pub email: &'a str,
    pub email_normalized: &'a str,
    pub password_hash: &'a str,
    pub date_joined: DateTime<Utc>,
}

pub async fn username_taken(pool: &Pool, normalized: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE username_normalized = $1")
            .bind(normalized)
            .fetch_optional(pool)
            .await?;
    Ok(found.is_some())
}

pub async fn email_taken(pool: &Pool, normalized: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE email_normalized = $1 LIMIT 1")
            .bind(normalized)
            .fetch_optional(pool)
            .await?;
    Ok(found.is_some())
}

/// Inserts the user and returns its id; a taken username surfaces as a unique violation.
pub async fn insert(tx: &mut Tx, user: &NewUser<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
         VALUES ($1, $2, $3, $4, $5, FALSE, $6) RETURNING id",
    )
    .bind(user.username)
    .bind(user.username_normalized)
    .bind(user.email)
    .bind(user.email_normalized)
    .bind(user.password_hash)
    .bind(to_millis(user.date_joined))
    .fetch_one(&mut **tx)
    .await
}

pub async fn set_active(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET is_active = TRUE WHERE id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
