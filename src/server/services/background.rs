//! Work done after the answer (resend, renewal, password reset, telling a taken address): it
//! runs in its own task and, when the database is unreachable, tries again with backoff until
//! `RETRY_FOR` has passed, so a request accepted during an outage still gets its mail once the
//! database is back.

use crate::server::error::{chain, AppError};
use std::future::Future;
use std::time::Duration;
use tokio::time::Instant;

/// How long work accepted during an outage keeps trying.
pub const RETRY_FOR: Duration = Duration::from_secs(600);
const FIRST_WAIT: Duration = Duration::from_millis(250);
const MAX_WAIT: Duration = Duration::from_secs(10);

/// Spawns `work`, retried while it fails because the database is unavailable.
pub fn spawn_retrying<F, Fut, T>(name: &'static str, mut work: F)
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send,
    T: Send,
{
    tokio::spawn(async move {
        let deadline = Instant::now() + RETRY_FOR;
        let mut wait = FIRST_WAIT;
        loop {
            match work().await {
                Ok(_) => return,
                Err(e) if e.is_unavailable() && Instant::now() + wait < deadline => {
                    tracing::warn!(work = name, retry_in_ms = wait.as_millis() as u64, error = %chain(&e), "database unavailable; the work is retried");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(MAX_WAIT);
                }
                Err(e) => {
                    tracing::error!(work = name, error = %chain(&e), "background work failed");
                    return;
                }
            }
        }
    });
}
