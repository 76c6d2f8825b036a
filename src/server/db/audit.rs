//! Queries on `audit_log`: what happened to each account, by whom, from where. Rows are
//! written in the transaction of the change they record (a failed login, which changes
//! nothing, on its own), read newest first, and kept for `AUDIT_RETENTION_DAYS`.

use super::{to_millis, Engine, Pool, Tx};
use crate::{on_pool, on_tx};
use chrono::{DateTime, Utc};

/// One row to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    pub at: DateTime<Utc>,
    pub user_id: Option<i64>,
    pub username: String,
    pub action: &'static str,
    /// How: `link`, `staff`, `cli` (for activations), or none.
    pub via: Option<&'static str>,
    /// Who: `user`, `staff`, `cli` or `system`.
    pub actor_kind: &'static str,
    /// The staff user's name, for `staff`.
    pub actor: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// One row as read.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    pub username: String,
    pub email_sha256: Option<String>,
    pub action: String,
    pub via: Option<String>,
    pub actor_kind: String,
    pub actor: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

const INSERT: &str = "INSERT INTO audit_log
    (at, user_id, username, action, via, actor_kind, actor, ip, user_agent, request_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

macro_rules! bind_entry {
    ($entry:expr) => {
        sqlx::query(INSERT)
            .bind(to_millis($entry.at))
            .bind($entry.user_id)
            .bind(&$entry.username)
            .bind($entry.action)
            .bind($entry.via)
            .bind($entry.actor_kind)
            .bind(&$entry.actor)
            .bind(&$entry.ip)
            .bind(&$entry.user_agent)
            .bind(&$entry.request_id)
    };
}

/// Writes `entry` in the change's transaction.
pub async fn record(tx: &mut Tx, entry: &NewEntry) -> Result<(), sqlx::Error> {
    on_tx!(tx, c => bind_entry!(entry).execute(c).await.map(|_| ()))
}

/// `entry` as the JSON a claim hands to the trigger that writes it in the claim's own
/// statement (`registration_profiles_audit_claim`), which takes the username from `users`.
pub fn pending(entry: &NewEntry) -> String {
    as_json(entry, None).to_string()
}

/// `entry` as a JSON object of its columns (and the address digest, if any).
fn as_json(entry: &NewEntry, email_sha256: Option<&String>) -> serde_json::Value {
    serde_json::json!({
        "at": to_millis(entry.at),
        "user_id": entry.user_id,
        "username": entry.username,
        "action": entry.action,
        "via": entry.via,
        "actor_kind": entry.actor_kind,
        "actor": entry.actor,
        "ip": entry.ip,
        "user_agent": entry.user_agent,
        "request_id": entry.request_id,
        "email_sha256": email_sha256,
    })
}

/// Writes `entry` on its own (for what changes nothing else: a failed login).
pub async fn record_alone(pool: &Pool, entry: &NewEntry) -> Result<(), sqlx::Error> {
    on_pool!(pool, c => bind_entry!(entry).execute(c).await.map(|_| ()))
}

/// A deleted account's rows keep its username and `email_sha256`, the digest of its address.
pub async fn mark_deleted(tx: &mut Tx, user_id: i64, email_sha256: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE audit_log SET email_sha256 = $1 WHERE user_id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(email_sha256).bind(user_id).execute(c).await.map(|_| ()))
}

/// Writes the rows of deleted accounts, each with the digest of its address, and gives every
/// earlier row of those accounts the digest (what `record` and `mark_deleted` do one account at
/// a time) in two statements, the rows passed as one JSON array (thousands of parameters cost
/// more to bind than the statements cost to run).
pub async fn record_deletions(tx: &mut Tx, deleted: &[(NewEntry, String)]) -> Result<(), sqlx::Error> {
    let rows: Vec<serde_json::Value> =
        deleted.iter().map(|(entry, digest)| as_json(entry, Some(digest))).collect();
    let rows = serde_json::Value::Array(rows).to_string();
    let table = json_rows(tx.engine());
    let mark = format!(
        "UPDATE audit_log SET email_sha256 = v.email_sha256 FROM ({table}) AS v WHERE audit_log.user_id = v.user_id"
    );
    on_tx!(tx, c => sqlx::query(&mark).bind(&rows).execute(c).await.map(|_| ()))?;
    let insert = format!(
        "INSERT INTO audit_log ({COLUMNS}, email_sha256) SELECT {COLUMNS}, email_sha256 FROM ({table}) AS v"
    );
    on_tx!(tx, c => sqlx::query(&insert).bind(&rows).execute(c).await.map(|_| ()))
}

/// The columns of a row written, as named in `as_json`.
const COLUMNS: &str = "at, user_id, username, action, via, actor_kind, actor, ip, user_agent, request_id";

/// The rows of the JSON array `$1` (objects made by `as_json`) as a table.
fn json_rows(engine: Engine) -> String {
    match engine {
        Engine::Postgres => {
            "SELECT * FROM jsonb_to_recordset(CAST($1 AS JSONB)) AS r(at BIGINT, user_id BIGINT,
            username TEXT, action TEXT, via TEXT, actor_kind TEXT, actor TEXT, ip TEXT, user_agent TEXT,
            request_id TEXT, email_sha256 TEXT)"
                .to_owned()
        }
        Engine::Sqlite => {
            let columns: Vec<String> = COLUMNS
                .split(", ")
                .chain(["email_sha256"])
                .map(|column| format!("json_extract(value, '$.{column}') AS {column}"))
                .collect();
            format!("SELECT {} FROM json_each($1)", columns.join(", "))
        }
    }
}

/// Rows newest first, of one account (by its id) or all, from `since` on, at most `limit`.
pub async fn list(
    pool: &Pool,
    user_id: Option<i64>,
    since: Option<DateTime<Utc>>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    let sql =
        "SELECT id, at, user_id, username, email_sha256, action, via, actor_kind, actor, ip, user_agent,
        request_id FROM audit_log
        WHERE (CAST($1 AS BIGINT) IS NULL OR user_id = $1) AND at >= $2 ORDER BY at DESC, id DESC LIMIT $3";
    let since = since.map_or(i64::MIN, to_millis);
    on_pool!(pool, c => sqlx::query_as(sql).bind(user_id).bind(since).bind(limit).fetch_all(c).await)
}

/// The account id a (possibly deleted) username had in the trail.
pub async fn id_of_username(pool: &Pool, username: &str) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT user_id FROM audit_log WHERE LOWER(username) = LOWER($1) ORDER BY at DESC LIMIT 1";
    let found: Option<Option<i64>> =
        on_pool!(pool, c => sqlx::query_scalar(sql).bind(username).fetch_optional(c).await)?;
    Ok(found.flatten())
}

/// Deletes rows older than `cutoff`, at most `batch` at a time; returns how many went.
pub async fn purge_before(pool: &Pool, cutoff: DateTime<Utc>, batch: i64) -> Result<u64, sqlx::Error> {
    let sql =
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 ORDER BY at LIMIT $2)";
    on_pool!(pool, c => sqlx::query(sql).bind(to_millis(cutoff)).bind(batch).execute(c).await.map(|d| d.rows_affected()))
}
