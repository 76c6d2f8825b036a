//! The database each test gets: a fresh SQLite file by default, or, with
//! `TEST_DATABASE=postgres`, a fresh PostgreSQL database on the server named by
//! `TEST_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`).
//! An unreachable PostgreSQL fails the test that needs it, loudly; nothing is skipped.

use sqlx::{Connection, PgConnection};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::OnceCell;

const PREFIX: &str = "regtest_";

/// Whether this test run targets PostgreSQL.
pub fn postgres() -> bool {
    match std::env::var("TEST_DATABASE").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Err(_) => false,
        Ok(other) => panic!("TEST_DATABASE must be sqlite or postgres, not {other:?}"),
    }
}

fn admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A `DATABASE_URL` for a database nobody else uses (`name` names the SQLite file in `dir`).
pub async fn fresh_url(dir: &Path, name: &str) -> String {
    if postgres() {
        fresh_postgres_database().await
    } else {
        format!("sqlite://{}/{name}.db", dir.display())
    }
}

async fn admin() -> PgConnection {
    let url = admin_url();
    PgConnection::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("TEST_DATABASE=postgres, but PostgreSQL at {url} cannot be reached: {e}"))
}

pub async fn fresh_postgres_database() -> String {
    static SWEPT: OnceCell<()> = OnceCell::const_new();
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    SWEPT.get_or_init(drop_databases_of_finished_runs).await;
    let name = format!("{PREFIX}{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut admin = admin().await;
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    let url = admin_url();
    let server = url.rsplit_once('/').map_or(url.as_str(), |(server, _)| server);
    format!("{server}/{name}")
}

/// Databases left by earlier test processes that have ended (this one's are in use).
async fn drop_databases_of_finished_runs() {
    let mut admin = admin().await;
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'regtest\\_%'")
            .fetch_all(&mut admin)
            .await
            .unwrap();
    for name in names {
        let pid = name.trim_start_matches(PREFIX).split('_').next().unwrap_or_default();
        if !Path::new("/proc").join(pid).exists() {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin)
                .await;
        }
    }
}
