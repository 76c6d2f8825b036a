//! Queries on `email_outbox`: queue in the caller's transaction, claim with a lease, settle.
//! Delivery is at least once: a message whose worker died is claimed again when its lease ends.

use super::{to_millis, Engine, Pool, Tx};
use crate::server::mail::message::OutgoingEmail;
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

pub async fn enqueue(tx: &mut Tx, email: &OutgoingEmail, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    enqueue_kind(tx, email, None, now).await
}

/// Queues `email`, noting what it is (`activation`: the funnel counts those delivered).
pub async fn enqueue_kind(
    tx: &mut Tx,
    email: &OutgoingEmail,
    kind: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO email_outbox (sender, recipient, subject, body_text, body_html, created_at, next_attempt_at, kind)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(&email.from)
        .bind(&email.to)
        .bind(&email.subject)
        .bind(&email.text)
        .bind(&email.html)
        .bind(to_millis(now))
        .bind(kind)
        .fetch_one(c)
        .await)
}

/// A message claimed for delivery.
#[derive(sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub attempts: i64,
    pub sender: String,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
}

impl Claimed {
    pub fn email(&self) -> OutgoingEmail {
        OutgoingEmail {
            from: self.sender.clone(),
            to: self.recipient.clone(),
            subject: self.subject.clone(),
            text: self.body_text.clone(),
            html: self.body_html.clone(),
        }
    }
}

/// Claims up to `limit` due messages until `lease_until`, so no other worker takes them.
/// On PostgreSQL, rows another instance is claiming right now are skipped, not waited for.
pub async fn claim_due(
    pool: &Pool,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let row_lock = match pool.engine() {
        Engine::Sqlite => "",
        Engine::Postgres => "FOR UPDATE SKIP LOCKED",
    };
    let sql = format!(
        "UPDATE email_outbox SET locked_until = $1
         WHERE id IN (SELECT id FROM email_outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
                        AND (locked_until IS NULL OR locked_until <= $2)
                      ORDER BY next_attempt_at, id LIMIT $3 {row_lock})
         RETURNING id, attempts, sender, recipient, subject, body_text, body_html"
    );
    let mut tx = super::begin_write(pool).await?;
    let claimed = on_tx!(&mut tx, c => sqlx::query_as(&sql)
        .bind(to_millis(lease_until))
        .bind(to_millis(now))
        .bind(limit)
        .fetch_all(c)
        .await)?;
    tx.commit().await?;
    Ok(claimed)
}

/// Records a delivery (the first one, if a message whose lease ran out went out twice).
pub async fn mark_sent(pool: &Pool, id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let sql = "UPDATE email_outbox SET sent_at = $1, last_attempt_at = $1, locked_until = NULL, attempts = attempts + 1, last_error = NULL
         WHERE id = $2 AND sent_at IS NULL";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(to_millis(now))
        .bind(id)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Records a failed attempt that ended at `now`, to be retried at `retry_at`.
pub async fn mark_failed(
    pool: &Pool,
    id: i64,
    now: DateTime<Utc>,
    retry_at: DateTime<Utc>,
    error: &str,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE email_outbox SET attempts = attempts + 1, last_attempt_at = $4, next_attempt_at = $1, locked_until = NULL, last_error = $2
         WHERE id = $3 AND sent_at IS NULL";
    on_pool!(pool, c => sqlx::query(sql)
        .bind(to_millis(retry_at))
        .bind(error)
        .bind(id)
        .bind(to_millis(now))
        .execute(c)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Marks a message failed for good: no worker takes it again until retried by hand.
pub async fn mark_given_up(pool: &Pool, id: i64, now: DateTime<Utc>, error: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE email_outbox SET attempts = attempts + 1, failed_at = $1, last_attempt_at = $1, locked_until = NULL, last_error = $2
         WHERE id = $3 AND sent_at IS NULL";
    on_pool!(pool, c => sqlx::query(sql).bind(to_millis(now)).bind(error).bind(id).execute(c).await.map(drop))?;
    Ok(())
}

/// Gives a claimed message back unsent (its lease ends now).
pub async fn release(pool: &Pool, id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE email_outbox SET locked_until = NULL WHERE id = $1 AND sent_at IS NULL";
    on_pool!(pool, c => sqlx::query(sql).bind(id).execute(c).await.map(drop))?;
    Ok(())
}

/// When the next unsent message becomes due (its retry time or the end of its lease).
pub async fn next_due(pool: &Pool) -> Result<Option<i64>, sqlx::Error> {
    let sql =
        "SELECT MIN(CASE WHEN locked_until > next_attempt_at THEN locked_until ELSE next_attempt_at END)
         FROM email_outbox WHERE sent_at IS NULL AND failed_at IS NULL";
    on_pool!(pool, c => sqlx::query_scalar(sql).fetch_one(c).await)
}

/// One outbox message as `registration outbox list` shows it.
#[derive(sqlx::FromRow, Debug)]
pub struct Listed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

/// Every message, or only those given up (`failed_only`).
pub async fn list(pool: &Pool, failed_only: bool) -> Result<Vec<Listed>, sqlx::Error> {
    let filter = if failed_only { "WHERE failed_at IS NOT NULL" } else { "" };
    let sql = format!("SELECT id, recipient, subject, attempts, created_at, next_attempt_at, sent_at, failed_at, last_error FROM email_outbox {filter} ORDER BY id");
    on_pool!(pool, c => sqlx::query_as(&sql).fetch_all(c).await)
}

/// Makes an unsent message (waiting or given up) due now; false when there is no such message.
pub async fn retry_now(pool: &Pool, id: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let sql =
        "UPDATE email_outbox SET next_attempt_at = $1, locked_until = NULL, failed_at = NULL WHERE id = $2 AND sent_at IS NULL";
    let done =
        on_pool!(pool, c => sqlx::query(sql).bind(to_millis(now)).bind(id).execute(c).await?.rows_affected());
    Ok(done == 1)
}

pub async fn purge_sent(pool: &Pool, sent_before: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM email_outbox WHERE sent_at IS NOT NULL AND sent_at < $1";
    on_pool!(pool, c => Ok(sqlx::query(sql).bind(to_millis(sent_before)).execute(c).await?.rows_affected()))
}

/// Unsent messages and the creation time of the oldest (for metrics).
pub async fn depth(pool: &Pool) -> Result<(i64, Option<i64>), sqlx::Error> {
    let sql =
        "SELECT COUNT(*), MIN(created_at) FROM email_outbox WHERE sent_at IS NULL AND failed_at IS NULL";
    on_pool!(pool, c => sqlx::query_as(sql).fetch_one(c).await)
}
