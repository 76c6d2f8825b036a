//! The outbox worker: delivers queued mail within moments of the commit that queued it and
//! retries failures with exponential backoff and jitter. A message is given up (marked
//! `failed`, kept, retried by hand) only when the relay refuses its recipient for good (55x),
//! or after `EMAIL_MAX_ATTEMPTS` other permanent answers; a relay or network in trouble is
//! retried for as long as it takes, and many failures in a minute pause sending (`Breaker`).

use super::breaker::Breaker;
use super::transport::{Failure, SendError, Transport, SMTP_TIMEOUT};
use crate::server::db::{from_millis, is_unavailable, outbox, Pool};
use crate::server::metrics::Metrics;
use chrono::{Duration as ChronoDuration, Utc};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

const MAX_BATCH: i64 = 20;
const IDLE_RECHECK: Duration = Duration::from_secs(60);

/// Delay before retry number `attempts` (1 s, 2 s, 4 s, … capped at `max`).
pub fn backoff(attempts: i64, max: Duration) -> Duration {
    let exponent = u32::try_from(attempts.clamp(0, 30)).unwrap_or(30);
    Duration::from_secs(1u64 << exponent).min(max)
}

/// The backoff with "equal jitter": half of it fixed, half random, so messages that failed
/// together do not come back together.
pub fn jittered(delay: Duration, random: f64) -> Duration {
    delay / 2 + delay.mul_f64(random.clamp(0.0, 1.0) / 2.0)
}

/// How many messages one claim takes: as many as can time out one after the other within the
/// lease, so a slow relay never lets the lease run out while the batch is still being sent.
pub fn batch_size(lease: Duration) -> i64 {
    let fits = lease.as_millis() / SMTP_TIMEOUT.as_millis().max(1);
    i64::try_from(fits).unwrap_or(MAX_BATCH).clamp(1, MAX_BATCH)
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
    /// Attempts after which a permanently refused message is given up (`EMAIL_MAX_ATTEMPTS`).
    pub max_attempts: u32,
    /// Failed deliveries within a minute that pause sending (`MAIL_BREAKER_FAILURES`).
    pub breaker_failures: u32,
}

/// Runs forever: send what is due, then sleep until woken or until the next message is due.
pub async fn run(worker: Worker) {
    let mut breaker = Breaker::new(worker.breaker_failures);
    if worker.lease < SMTP_TIMEOUT * 2 {
        tracing::warn!(lease_s = worker.lease.as_secs(), "outbox: OUTBOX_LEASE_SECONDS is shorter than two SMTP timeouts; a slow relay may deliver a message twice");
    }
    loop {
        if let Some(pause) = breaker.paused_for(std::time::Instant::now()) {
            tokio::time::sleep(pause).await;
            tracing::info!("outbox: sending resumes after the pause");
        }
        let sent_full_batch = match deliver_due(&worker, &mut breaker).await {
            Ok(count) => count == batch_size(worker.lease) as usize,
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

async fn deliver_due(worker: &Worker, breaker: &mut Breaker) -> Result<usize, sqlx::Error> {
    let Worker { pool, transport, metrics, .. } = worker;
    let now = Utc::now();
    let lease_until = now + ChronoDuration::from_std(worker.lease).unwrap_or_default();
    let claimed = outbox::claim_due(pool, now, lease_until, batch_size(worker.lease)).await?;
    for (done, message) in claimed.iter().enumerate() {
        if breaker.paused_for(std::time::Instant::now()).is_some() {
            // The rest of the batch goes back to the queue, due at once after the pause.
            for rest in &claimed[done..] {
                outbox::release(pool, rest.id).await?;
            }
            return Ok(done);
        }
        match transport.send(&message.email()).await {
            Ok(()) => {
                outbox::mark_sent(pool, message.id, Utc::now()).await?;
                metrics.mails_sent.inc();
                if message.attempts > 0 {
                    metrics.mails_retried.inc();
                }
                tracing::info!(outbox.id = message.id, "mail sent");
            }
            Err(error) => settle_failure(worker, breaker, message, &error).await?,
        }
    }
    Ok(claimed.len())
}

/// Records a failed attempt: retried later, or given up for good.
async fn settle_failure(
    worker: &Worker,
    breaker: &mut Breaker,
    message: &outbox::Claimed,
    error: &SendError,
) -> Result<(), sqlx::Error> {
    let Worker { pool, metrics, .. } = worker;
    // The failure's text, with its sources, is stored with the message.
    let text = crate::server::error::chain(error);
    let attempts = message.attempts + 1;
    metrics.mails_failed.inc();
    let failure = error.failure();
    let give_up = match failure {
        Failure::Refused => true,
        Failure::Permanent => attempts >= i64::from(worker.max_attempts),
        Failure::Transient => false,
    };
    if give_up {
        outbox::mark_given_up(pool, message.id, Utc::now(), &text).await?;
        metrics.mails_given_up.inc();
        tracing::warn!(outbox.id = message.id, attempts, error = %text, "mail delivery given up: the message is marked failed");
        return Ok(());
    }
    let delay = jittered(backoff(message.attempts, worker.max_delay), rand::random::<f64>());
    let now = Utc::now();
    let retry_at = now + ChronoDuration::from_std(delay).unwrap_or_default();
    outbox::mark_failed(pool, message.id, now, retry_at, &text).await?;
    tracing::warn!(outbox.id = message.id, attempts, retry_in_ms = delay.as_millis() as u64, error = %text, "mail delivery failed");
    if failure == Failure::Transient && breaker.record_failure(std::time::Instant::now()) {
        metrics.mail_breaker_trips.inc();
        tracing::error!(
            threshold = worker.breaker_failures,
            pause_s = super::breaker::PAUSE.as_secs(),
            "outbox: too many failed deliveries within a minute; sending pauses"
        );
    }
    Ok(())
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

    #[test]
    fn jitter_keeps_between_half_and_all_of_the_delay() {
        let delay = Duration::from_secs(8);
        assert_eq!(jittered(delay, 0.0), Duration::from_secs(4));
        assert_eq!(jittered(delay, 1.0), delay);
        assert_eq!(jittered(delay, 0.5), Duration::from_secs(6));
    }

    #[test]
    fn a_batch_fits_in_its_lease() {
        assert_eq!(batch_size(Duration::from_secs(120)), 8, "eight 15-second timeouts in two minutes");
        assert_eq!(batch_size(Duration::from_secs(5)), 1);
        assert_eq!(batch_size(Duration::from_secs(3600)), MAX_BATCH);
    }
}
