//! Where sessions are kept: tower-sessions' SQLx stores, on whichever engine the app uses.
//! On PostgreSQL the session table comes from our migrations (created under the migration
//! lock, so instances starting together do not race); on SQLite the store creates it.

use super::db::Pool;
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The session store of the open database.
#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    /// The store for `pool`, with its table ready.
    pub async fn open(pool: &Pool) -> Result<Self, sqlx::Error> {
        match pool {
            Pool::Sqlite(pool) => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await?;
                Ok(Self::Sqlite(store))
            }
            Pool::Postgres(pool) => Ok(Self::Postgres(PostgresStore::new(pool.clone()))),
        }
    }

    /// Deletes expired sessions every `period`, in the background.
    pub fn spawn_expiry(&self, period: std::time::Duration) {
        match self.clone() {
            Self::Sqlite(store) => drop(tokio::spawn(store.continuously_delete_expired(period))),
            Self::Postgres(store) => drop(tokio::spawn(store.continuously_delete_expired(period))),
        }
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.create(record).await,
            Self::Postgres(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.save(record).await,
            Self::Postgres(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Sqlite(store) => store.load(id).await,
            Self::Postgres(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.delete(id).await,
            Self::Postgres(store) => store.delete(id).await,
        }
    }
}
