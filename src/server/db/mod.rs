//! Storage: the connection pool (SQLite or PostgreSQL), migrations, and one module of queries
//! per table.
//!
//! The same SQL text serves both engines (`$n` placeholders, `RETURNING`, BIGINT millisecond
//! timestamps); `on_pool!` and `on_tx!` run one query body against whichever engine is open.
//! Timestamps are stored as Unix milliseconds; `to_millis`/`from_millis` convert.

pub mod audit;
pub mod email_changes;
mod engine;
pub mod funnel;
pub mod limits;
pub mod mail_admin;
pub mod outbox;
pub mod people;
pub mod profiles;
pub mod reset_tokens;
pub mod security_links;
pub mod user_sessions;
pub mod users;

pub use engine::{
    begin_write, connect, is_unavailable, is_unique_violation, migrate, DatabaseSettings, Engine, Pool, Tx,
    USERNAME_UNIQUE,
};

use chrono::{DateTime, TimeZone, Utc};

pub fn to_millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub fn from_millis(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

/// Runs `$body` with `$conn` bound to the open engine's pool (`&SqlitePool` or `&PgPool`).
#[macro_export]
macro_rules! on_pool {
    ($pool:expr, $conn:ident => $body:expr) => {
        match $pool {
            $crate::server::db::Pool::Sqlite($conn) => $body,
            $crate::server::db::Pool::Postgres($conn) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the transaction's connection, whatever the engine.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::server::db::Tx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::server::db::Tx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}
