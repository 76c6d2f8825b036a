//! The two engines behind one `Pool`: SQLite (embedded, the default) and PostgreSQL (several
//! instances). Connecting, migrating, write transactions and error classification live here;
//! queries never ask which engine they run on, except where SQL differs (see `Engine`).

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a `DATABASE_URL` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine of a URL, or `None` for an unsupported scheme.
    pub fn of_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Self::Sqlite),
            "postgres" | "postgresql" => Some(Self::Postgres),
            _ => None,
        }
    }
}

/// `DATABASE_URL` and the pool's limits (`DATABASE_MAX_CONNECTIONS`,
/// `DATABASE_ACQUIRE_TIMEOUT_SECONDS`).
#[derive(Clone)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
    /// How long a request waits for a connection before it is answered 503.
    pub acquire_timeout: Duration,
}

impl DatabaseSettings {
    /// Default limits for `url`: 10 connections to PostgreSQL, 4 to SQLite (it runs one
    /// writer at a time, and each SQLite connection is a thread with its own page cache).
    pub fn for_url(url: impl Into<String>) -> Self {
        let url = url.into();
        let max_connections = if Engine::of_url(&url) == Some(Engine::Sqlite) { 4 } else { 10 };
        Self { url, max_connections, acquire_timeout: Duration::from_secs(5) }
    }

    pub fn engine(&self) -> Option<Engine> {
        Engine::of_url(&self.url)
    }

    /// The URL with any password replaced, for logs and `Debug`.
    pub fn redacted_url(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut parsed) if parsed.password().is_some() => {
                let _ = parsed.set_password(Some("********"));
                parsed.to_string()
            }
            _ => self.url.clone(),
        }
    }
}

impl std::fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("url", &self.redacted_url())
            .field("max_connections", &self.max_connections)
            .field("acquire_timeout", &self.acquire_timeout)
            .finish()
    }
}

/// A connection pool to either engine.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on either engine; dropped without `commit` it rolls back.
#[derive(Debug)]
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Pool {
    pub fn engine(&self) -> Engine {
        match self {
            Self::Sqlite(_) => Engine::Sqlite,
            Self::Postgres(_) => Engine::Postgres,
        }
    }

    /// Closes every connection (waits for those in use to come back).
    pub async fn close(&self) {
        crate::on_pool!(self, pool => pool.close().await)
    }
}

impl Tx {
    pub fn engine(&self) -> Engine {
        match self {
            Self::Sqlite(_) => Engine::Sqlite,
            Self::Postgres(_) => Engine::Postgres,
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.commit().await,
            Self::Postgres(tx) => tx.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.rollback().await,
            Self::Postgres(tx) => tx.rollback().await,
        }
    }
}

/// Opens the database named by `settings.url`, creating an SQLite file if it is missing.
pub async fn connect(settings: &DatabaseSettings) -> Result<Pool, sqlx::Error> {
    match settings.engine() {
        Some(Engine::Sqlite) => connect_sqlite(settings).await.map(Pool::Sqlite),
        Some(Engine::Postgres) => connect_postgres(settings).await.map(Pool::Postgres),
        None => Err(sqlx::Error::Configuration(
            format!(
                "unsupported database URL {}: expected sqlite:// or postgres://",
                settings.redacted_url()
            )
            .into(),
        )),
    }
}

async fn connect_sqlite(settings: &DatabaseSettings) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(&settings.url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(10))
        .foreign_keys(true)
        // 256 KiB of page cache per connection instead of 2 MiB: the operating system caches
        // the file anyway, and the connections' caches were most of the server's memory.
        .pragma("cache_size", "-256");
    SqlitePoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .connect_with(options)
        .await
}

async fn connect_postgres(settings: &DatabaseSettings) -> Result<PgPool, sqlx::Error> {
    let options = PgConnectOptions::from_str(&settings.url)?.application_name("registration");
    PgPoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .connect_with(options)
        .await
}

/// Applies every pending migration of the open engine (PostgreSQL: under an advisory lock, so
/// instances starting together apply each migration once).
pub async fn migrate(pool: &Pool) -> Result<(), sqlx::migrate::MigrateError> {
    match pool {
        Pool::Sqlite(inner) => SQLITE_MIGRATIONS.run(inner).await?,
        Pool::Postgres(inner) => POSTGRES_MIGRATIONS.run(inner).await?,
    }
    let converted =
        super::profiles::hash_clear_keys(pool).await.map_err(sqlx::migrate::MigrateError::Execute)?;
    if converted > 0 {
        tracing::info!(converted, "activation keys stored in clear were hashed");
    }
    Ok(())
}

/// Starts a write transaction. On SQLite it takes the write lock at once, so that concurrent
/// writers queue on the busy timeout instead of failing on a lock upgrade; PostgreSQL locks
/// rows as statements touch them.
pub async fn begin_write(pool: &Pool) -> Result<Tx, sqlx::Error> {
    match pool {
        Pool::Sqlite(pool) => pool.begin_with("BEGIN IMMEDIATE").await.map(Tx::Sqlite),
        Pool::Postgres(pool) => pool.begin().await.map(Tx::Postgres),
    }
}

/// The unique constraint on normalised usernames (PostgreSQL's default name for it).
pub const USERNAME_UNIQUE: &str = "users_username_normalized_key";

/// True when `err` broke the unique constraint `constraint`, decided from the error's kind and
/// constraint name, never from its message.
pub fn is_unique_violation(err: &sqlx::Error, constraint: &str) -> bool {
    match err {
        // PostgreSQL names the constraint (SQLSTATE 23505). SQLite reports only the kind
        // (SQLITE_CONSTRAINT_UNIQUE), so there a unique violation of the statement counts:
        // callers ask about statements that can break one unique constraint only.
        sqlx::Error::Database(db) => {
            db.kind() == sqlx::error::ErrorKind::UniqueViolation
                && db.constraint().is_none_or(|name| name == constraint)
        }
        _ => false,
    }
}

/// True when `err` means the database could not be reached (answer 503 and retry later),
/// rather than a fault in a query.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Protocol(_) => true,
        // Class 08 (connection exception), 57P0x (server shutting down), 53300 (too many
        // connections); SQLite's BUSY (5) once the busy timeout has run out.
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57P0") || code == "53300" || code == "5"
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_are_chosen_by_scheme() {
        assert_eq!(Engine::of_url("sqlite://registration.db"), Some(Engine::Sqlite));
        assert_eq!(Engine::of_url("sqlite::memory:"), Some(Engine::Sqlite));
        assert_eq!(Engine::of_url("postgres://u@h/db"), Some(Engine::Postgres));
        assert_eq!(Engine::of_url("postgresql://u@h/db"), Some(Engine::Postgres));
        assert_eq!(Engine::of_url("mysql://u@h/db"), None);
        assert_eq!(Engine::of_url("registration.db"), None);
    }

    #[test]
    fn passwords_stay_out_of_debug_output() {
        let settings = DatabaseSettings::for_url("postgres://app:s3cret-pw@db.internal:5432/reg");
        let shown = format!("{settings:?}");
        assert!(!shown.contains("s3cret-pw"), "{shown}");
        assert!(shown.contains("db.internal"), "{shown}");
    }

    #[test]
    fn lost_connections_count_as_unavailable() {
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert!(is_unavailable(&sqlx::Error::Io(refused)));
        assert!(is_unavailable(&sqlx::Error::PoolTimedOut));
        assert!(!is_unavailable(&sqlx::Error::RowNotFound));
    }
}
