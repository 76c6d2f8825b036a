//! What one rate-limit check costs with each store, measured in one run: the in-process
//! counters (the baseline) and the shared database rows on PostgreSQL (and on SQLite, for
//! comparison). Each store answers `CHECKS` checks of an action about a client and a target,
//! one at a time and then from 16 tasks at once; the table gives p50, p99 and max per check.
//!
//! `cargo run --release --features ssr --example rate_limit_cost [POSTGRES_ADMIN_URL]`
//! (default `postgres://postgres@127.0.0.1:5432/postgres`; a database
//! `registration_bench_limits` is made afresh there).

use registration::server::db::{connect, migrate, DatabaseSettings, Pool};
use registration::server::rate_limit::{Action, RateLimitSettings, RateLimits, Store};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHECKS: u32 = 20_000;
const TASKS: u32 = 16;

fn settings(store: Store) -> RateLimitSettings {
    RateLimitSettings { enabled: true, per_ip_per_minute: 60, per_target_per_minute: 10, store }
}

async fn timed(limits: &RateLimits, n: u32, offset: u32) -> Vec<Duration> {
    let mut times = Vec::with_capacity(n as usize);
    for i in 0..n {
        let ip = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + offset + i));
        let target = format!("user{}", offset + i);
        let started = Instant::now();
        let checked = limits.check(Action::Login, ip, Some(&target)).await;
        times.push(started.elapsed());
        assert!(checked.is_ok(), "a fresh client and target pass");
    }
    times
}

async fn measure(name: &str, limits: Arc<RateLimits>) {
    let sequential = timed(&limits, CHECKS, 0).await;
    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|t| {
            let limits = limits.clone();
            tokio::spawn(async move { timed(&limits, CHECKS / TASKS, CHECKS * (t + 1)).await })
        })
        .collect();
    let mut concurrent = Vec::new();
    for task in tasks {
        concurrent.extend(task.await.expect("task"));
    }
    let per_second = f64::from(CHECKS) / started.elapsed().as_secs_f64();
    for (label, times) in [("1 task", sequential), ("16 tasks", concurrent)] {
        let (p50, p99, max) = percentiles(times);
        let rate = if label == "1 task" { String::new() } else { format!("{per_second:.0}") };
        println!("| {name} | {label} | {p50:.3} | {p99:.3} | {max:.3} | {rate} |");
    }
}

fn percentiles(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() as f64 * q) as usize).min(times.len() - 1)]);
    (at(0.50), at(0.99), ms(*times.last().expect("measured")))
}

async fn fresh_postgres(admin: &str) -> Pool {
    let admin_pool = connect(&DatabaseSettings::for_url(admin)).await.expect("PostgreSQL answers");
    let Pool::Postgres(pg) = &admin_pool else { panic!("a postgres:// URL") };
    sqlx::query("DROP DATABASE IF EXISTS registration_bench_limits WITH (FORCE)")
        .execute(pg)
        .await
        .expect("drop");
    sqlx::query("CREATE DATABASE registration_bench_limits").execute(pg).await.expect("create");
    let url =
        format!("{}/registration_bench_limits", admin.rsplit_once('/').expect("a database in the URL").0);
    let pool = connect(&DatabaseSettings::for_url(url)).await.expect("the bench database");
    migrate(&pool).await.expect("migrations");
    pool
}

#[tokio::main]
async fn main() {
    let admin =
        std::env::args().nth(1).unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".into());
    println!("| store | load | p50 ms | p99 ms | max ms | checks/s |\n|---|---|---|---|---|---|");
    let postgres = fresh_postgres(&admin).await;
    measure("memory (baseline)", Arc::new(RateLimits::new(settings(Store::Memory), &postgres))).await;
    measure("database, PostgreSQL", Arc::new(RateLimits::new(settings(Store::Database), &postgres))).await;
    let dir = std::env::temp_dir().join(format!("registration-bench-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let sqlite = connect(&DatabaseSettings::for_url(format!("sqlite://{}/limits.db", dir.display())))
        .await
        .expect("SQLite");
    migrate(&sqlite).await.expect("migrations");
    measure("database, SQLite", Arc::new(RateLimits::new(settings(Store::Database), &sqlite))).await;
    let _ = std::fs::remove_dir_all(dir);
}
