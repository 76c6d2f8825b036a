//! What this machine can do at all, for `bench/ceilings.py` to hold the app's figures against.
//!
//! - `ceilings hash SECONDS`: Argon2id with the production parameters (`server::argon2id`),
//!   as many hashes as one thread makes in SECONDS, then as many as every core makes at once,
//!   with nothing else running. Prints `threads hashes_per_second` lines.
//! - `ceilings http FILE ADDR`: a bare axum handler on the app's runtime settings (the
//!   default multi-threaded tokio runtime) that answers every request with FILE's bytes as
//!   HTML: no database, no rendering, no middleware. Serves until killed.
//! - `ceilings write DATABASE_URL KEYS SECONDS`: the activation's conditional `UPDATE …
//!   RETURNING` on its own (`profiles::claim_alone`), through the app's pool and pragmas, from
//!   16 tasks at once, each taking the next key of the file KEYS (one mailed key a line), for
//!   SECONDS or until the keys run out. Prints `activations_per_second N` and `refused N` (keys
//!   that activated nothing: must be 0).
//!
//! `cargo run --release --features ssr --example ceilings -- hash 5`

use registration::server::argon2id;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["hash", seconds] => {
            let seconds: u64 = seconds.parse().map_err(|_| "SECONDS is a whole number".to_owned())?;
            hash_ceiling(Duration::from_secs(seconds));
            Ok(())
        }
        ["http", file, addr] => http_ceiling(file, addr).await,
        ["write", url, keys, seconds] => {
            let seconds: u64 = seconds.parse().map_err(|_| "SECONDS is a whole number".to_owned())?;
            write_ceiling(url, keys, Duration::from_secs(seconds)).await
        }
        _ => {
            Err("usage: ceilings hash SECONDS | http FILE ADDR | write DATABASE_URL KEYS SECONDS".to_owned())
        }
    }
}

fn hash_ceiling(span: Duration) {
    let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(1);
    for threads in [1, cores] {
        let made: u64 = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads).map(|_| scope.spawn(|| hashes_for(span))).collect();
            workers.into_iter().map(|w| w.join().expect("a hashing thread finishes")).sum()
        });
        println!("{threads} {:.1}", made as f64 / span.as_secs_f64());
    }
}

/// How many hashes one thread makes in `span`.
fn hashes_for(span: Duration) -> u64 {
    let started = Instant::now();
    let mut made = 0;
    while started.elapsed() < span {
        argon2id::hash(b"Correct-Horse-42 for the ceiling").expect("the production parameters hash");
        made += 1;
    }
    made
}

async fn http_ceiling(file: &str, addr: &str) -> Result<(), String> {
    use axum::response::Html;
    let page: &'static [u8] = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?.leak();
    let app = axum::Router::new().fallback(move || async move { Html(page) });
    let listener =
        tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    axum::serve(listener, app).await.map_err(|e| e.to_string())
}

async fn write_ceiling(url: &str, keys: &str, span: Duration) -> Result<(), String> {
    use registration::server::db::{connect, profiles, DatabaseSettings};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let keys: Arc<Vec<String>> = Arc::new(
        std::fs::read_to_string(keys)
            .map_err(|e| format!("cannot read {keys}: {e}"))?
            .lines()
            .map(str::to_owned)
            .collect(),
    );
    let pool = connect(&DatabaseSettings::for_url(url)).await.map_err(|e| e.to_string())?;
    let cutoff = chrono::Utc::now() - chrono::Duration::days(7);
    let (next, started) = (Arc::new(AtomicUsize::new(0)), Instant::now());
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let (pool, keys, next) = (pool.clone(), keys.clone(), next.clone());
            tokio::spawn(async move {
                let (mut done, mut refused) = (0u64, 0u64);
                while started.elapsed() < span {
                    let Some(key) = keys.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                    match profiles::claim_alone(&pool, key, cutoff).await {
                        Ok(Some(_)) => done += 1,
                        Ok(None) | Err(_) => refused += 1,
                    }
                }
                (done, refused)
            })
        })
        .collect();
    let (mut done, mut refused) = (0, 0);
    for task in tasks {
        let (d, r) = task.await.map_err(|e| e.to_string())?;
        (done, refused) = (done + d, refused + r);
    }
    println!("activations_per_second {:.1}", done as f64 / started.elapsed().as_secs_f64());
    println!("refused {refused}");
    Ok(())
}
