//! The outbox worker: delivers queued mail within moments of the commit that queued it,
//! retries failures with exponential backoff, and never drops a message.

use super::transport::Transport;
use crate::server::db::{from_millis, is_unavailable, outbox, Pool};
use crate::server::metrics::Metrics;
use chrono::{Duration as ChronoDuration, Utc};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

const BATCH: i64 = 20;
const IDLE_RECHECK: Duration = Duration::from_secs(60);

/// Delay before retry number `attempts` (1 s, 2 s, 4 s, … capped at `max`).
pub fn backoff(attempts: i64, max: Duration) -> Duration {
    let exponent = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
    Duration::from_secs(1u64 << exponent).min(max)
}

/// Everything the worker needs.
pub struct Worker {
    pub pool: Pool,
    pub transport: Transport,
    pub wakeup: Arc<Notify>,
    pub max_delay: Duration,
    /// How long a claimed message is reserved for this worker; after that, another worker
    /// (of any instance) may send it again, so a worker that died mid-send loses nothing.
    pub lease: Duration,
    pub metrics: Arc<Metrics>,
}

/// Runs forever: send what is due, then sleep until woken or until the next message is due.
pub async fn run(worker: Worker) {
    loop {
        let sent_full_batch = match deliver_due(&worker).await {
            Ok(count) => count == BATCH as usize,
            Err(e) if is_unavailable(&e) => {
                tracing::warn!(error = %e, "outbox: database unavailable, retrying");
                false
            }
            Err(e) => {
                tracing::error!(error = %e, "outbox: database error");
                false
            }
        };
        if sent_full_batch {
            continue;
        }
        let wait = time_until_next(&worker.pool).await;
        tokio::select! {
            _ = worker.wakeup.notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

async fn deliver_due(worker: &Worker) -> Result<usize, sqlx::Error> {
    let Worker { pool, transport, max_delay, metrics, .. } = worker;
    let max_delay = *max_delay;
    let now = Utc::now();
    let lease_until = now + ChronoDuration::from_std(worker.lease).unwrap_or_default();
    let claimed = outbox::claim_due(pool, now, lease_until, BATCH).await?;
    for message in &claimed {
        // The failure's text, with its sources, is stored with the message.
        let result = transport.send(&message.email()).await.map_err(|e| crate::server::error::chain(&e));
        match result {
            Ok(()) => {
                outbox::mark_sent(pool, message.id, Utc::now()).await?;
                metrics.mails_sent.inc();
                if message.attempts > 0 {
                    metrics.mails_retried.inc();
                }
                tracing::info!(outbox.id = message.id, "mail sent");
            }
            Err(error) => {
                let delay = backoff(message.attempts, max_delay);
                let retry_at = Utc::now() + ChronoDuration::from_std(delay).unwrap_or_default();
                outbox::mark_failed(pool, message.id, retry_at, &error).await?;
                metrics.mails_failed.inc();
                tracing::warn!(outbox.id = message.id, attempts = message.attempts + 1, retry_in_s = delay.as_secs(), %error, "mail delivery failed");
            }
        }
    }
    Ok(claimed.len())
}

async fn time_until_next(pool: &Pool) -> Duration {
    match outbox::next_due(pool).await {
        Ok(Some(due)) => (from_millis(due) - Utc::now()).to_std().unwrap_or(Duration::ZERO).min(IDLE_RECHECK),
        Ok(None) => IDLE_RECHECK,
        Err(_) => Duration::from_secs(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let max = Duration::from_secs(300);
        assert_eq!(backoff(0, max), Duration::from_secs(1));
        assert_eq!(backoff(3, max), Duration::from_secs(8));
        assert_eq!(backoff(20, max), max);
    }
}
