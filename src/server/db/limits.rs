//! Queries on `rate_limits` (GCRA rows shared by every instance) and `mail_budget` (auth mails
//! queued per address in the last 24 hours).

use super::{Engine, Pool, Tx};
use crate::{on_pool, on_tx};

/// The verdict on one key of a GCRA check.
#[derive(Debug, sqlx::FromRow)]
pub struct Verdict {
    pub key: String,
    /// The key's theoretical arrival time after the check (Unix ms).
    pub tat: i64,
    pub allowed: bool,
}

/// One key to check: its name and its emission interval (ms per request).
pub struct Key {
    pub name: String,
    pub interval_ms: i64,
}

/// Counts one request against each key in one statement (GCRA: a request conforms when the
/// key's theoretical arrival time, pushed by its interval, stays within `window_ms` of now;
/// a refused request moves nothing). Concurrent checks of one key are serialised by its row.
pub async fn gcra_check(
    pool: &Pool,
    keys: &[Key],
    now_ms: i64,
    window_ms: i64,
) -> Result<Vec<Verdict>, sqlx::Error> {
    let greatest = match pool.engine() {
        Engine::Sqlite => "max",
        Engine::Postgres => "GREATEST",
    };
    let values: Vec<String> =
        (0..keys.len()).map(|i| format!("(${}, ${}, TRUE)", 3 + 2 * i, 4 + 2 * i)).collect();
    let next = format!("{greatest}(r.tat, $1) + excluded.tat - $1");
    let sql = format!(
        "INSERT INTO rate_limits AS r (key, tat, allowed) VALUES {}
         ON CONFLICT (key) DO UPDATE SET
             allowed = ({next}) - $1 <= $2,
             tat = CASE WHEN ({next}) - $1 <= $2 THEN {next} ELSE r.tat END
         RETURNING key, tat, allowed",
        values.join(", ")
    );
    on_pool!(pool, c => {
        let mut query = sqlx::query_as(&sql).bind(now_ms).bind(window_ms);
        for key in keys {
            query = query.bind(&key.name).bind(now_ms + key.interval_ms);
        }
        query.fetch_all(c).await
    })
}

/// Forgets keys whose every request has conformed again (their row says nothing any more).
pub async fn prune_rate_limits(pool: &Pool, now_ms: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM rate_limits WHERE tat < $1";
    on_pool!(pool, c => Ok(sqlx::query(sql).bind(now_ms).execute(c).await?.rows_affected()))
}

/// Spends one unit of `address`'s mail budget in the caller's transaction: true when fewer
/// than `budget` mails went to it since `since_ms` (and records this one), false otherwise.
/// On PostgreSQL a transaction-scoped advisory lock on the address serialises concurrent
/// spenders across instances; SQLite's write transaction is already exclusive.
pub async fn spend_mail_budget(
    tx: &mut Tx,
    address: &str,
    budget: u32,
    since_ms: i64,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    if let Tx::Postgres(tx) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
            .bind(address)
            .execute(&mut **tx)
            .await?;
    }
    let spent: i64 = on_tx!(tx, c => {
        sqlx::query("DELETE FROM mail_budget WHERE address = $1 AND queued_at < $2")
            .bind(address)
            .bind(since_ms)
            .execute(&mut *c)
            .await?;
        sqlx::query_scalar("SELECT COUNT(*) FROM mail_budget WHERE address = $1")
            .bind(address)
            .fetch_one(&mut *c)
            .await
    })?;
    if spent >= i64::from(budget) {
        return Ok(false);
    }
    on_tx!(tx, c => sqlx::query("INSERT INTO mail_budget (address, queued_at) VALUES ($1, $2)")
        .bind(address)
        .bind(now_ms)
        .execute(c)
        .await
        .map(drop))?;
    Ok(true)
}

/// Forgets budget rows older than the window (cleanup).
pub async fn prune_mail_budget(pool: &Pool, since_ms: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM mail_budget WHERE queued_at < $1";
    on_pool!(pool, c => Ok(sqlx::query(sql).bind(since_ms).execute(c).await?.rows_affected()))
}
