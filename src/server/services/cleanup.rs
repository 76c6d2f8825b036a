//! `delete_expired_users`: set-based, in batches of one transaction each (no long write lock
//! however many there are, and a pause after each for other writers); never touches active
//! users, activated registrations or users without a profile. `CLEANUP_GRACE_DAYS` keeps
//! expired registrations that much longer. Each deleted account is logged (id, username,
//! joined, expired at; never the address).

use super::audit;
use crate::domain::activation;
use crate::server::db::{self, from_millis, profiles};
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// How many accounts one cleanup transaction deletes unless told otherwise.
pub const DEFAULT_BATCH_SIZE: usize = 1_000;

/// A registration that cleanup would delete.
#[derive(Debug)]
pub struct ExpiredRegistration {
    pub username: String,
    pub email: String,
    pub date_joined: DateTime<Utc>,
}

fn cutoff(core: &Core, now: DateTime<Utc>) -> DateTime<Utc> {
    let settings = &core.settings;
    activation::cleanup_cutoff(settings.account_activation_days, settings.cleanup_grace_days, now)
}

/// Deletes every registration due for cleanup at `now`, `batch_size` per transaction; returns
/// how many. Runs on several hosts at once delete each registration once (the counts add up).
pub async fn delete_expired_users(
    core: &Core,
    now: DateTime<Utc>,
    batch_size: usize,
) -> Result<u64, sqlx::Error> {
    let limit = i64::try_from(batch_size.max(1)).unwrap_or(i64::MAX);
    let mut deleted = 0;
    loop {
        let started = std::time::Instant::now();
        let mut tx = db::begin_write(&core.db).await?;
        let batch = profiles::delete_expired(&mut tx, cutoff(core, now), limit).await?;
        let rows: Vec<_> = batch
            .iter()
            .map(|(id, username, _, _, email)| {
                let entry =
                    audit::entry((*id, username), audit::Action::Deleted, audit::Actor::System, None, now);
                (entry, audit::address_digest(email))
            })
            .collect();
        if batch.is_empty() {
            break;
        }
        db::audit::record_deletions(&mut tx, &rows).await?;
        tx.commit().await?;
        for (id, username, joined, issued, _) in &batch {
            log_deleted(core, *id, username, from_millis(*joined), from_millis(*issued));
        }
        deleted += batch.len() as u64;
        // Writers waiting for SQLite's lock retry after growing sleeps: a pause half as long
        // as the batch lets them in between batches instead of after the last.
        tokio::time::sleep(started.elapsed() / 2).await;
    }
    core.metrics.cleanup_runs.inc();
    core.metrics.deleted_users.inc_by(deleted);
    tracing::info!(deleted, "expired registrations deleted");
    forget_spent_limits(core, now).await?;
    forget_old_audit_rows(core, now).await?;
    Ok(deleted)
}

/// Deletes audit rows older than `AUDIT_RETENTION_DAYS`, in batches.
async fn forget_old_audit_rows(core: &Core, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let cutoff = now - chrono::Duration::days(i64::from(core.settings.audit_retention_days));
    let mut forgotten = 0;
    loop {
        let batch = db::audit::purge_before(&core.db, cutoff, 5_000).await?;
        forgotten += batch;
        if batch < 5_000 {
            break;
        }
    }
    tracing::debug!(forgotten, "audit rows past AUDIT_RETENTION_DAYS deleted");
    Ok(())
}

/// Drops rate-limit rows that limit nothing any more, mail-budget rows older than a day, and
/// expired email changes, notice links and logins.
async fn forget_spent_limits(core: &Core, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let limits = db::limits::prune_rate_limits(&core.db, db::to_millis(now)).await?;
    let budget =
        db::limits::prune_mail_budget(&core.db, db::to_millis(now - chrono::Duration::hours(24))).await?;
    tracing::debug!(limits, budget, "spent rate limits and mail budget forgotten");
    let settings = &core.settings;
    let changes =
        db::email_changes::prune(&core.db, super::tokens::issued_after(settings.email_change_timeout, now))
            .await?;
    let links =
        db::security_links::prune(&core.db, super::tokens::issued_after(settings.security_link_timeout, now))
            .await?;
    let logins = db::user_sessions::prune(&core.db, now).await?;
    tracing::debug!(changes, links, logins, "expired email changes, notice links and logins deleted");
    Ok(())
}

fn log_deleted(core: &Core, id: i64, username: &str, joined: DateTime<Utc>, key_issued_at: DateTime<Utc>) {
    let expired_at = activation::expires_at(key_issued_at, core.settings.account_activation_days);
    tracing::info!(
        user.id = id,
        user.username = username,
        joined = %joined.to_rfc3339(),
        expired_at = %expired_at.to_rfc3339(),
        "expired registration deleted"
    );
}

pub async fn list_expired_users(
    core: &Core,
    now: DateTime<Utc>,
) -> Result<Vec<ExpiredRegistration>, sqlx::Error> {
    let rows = profiles::list_expired(&core.db, cutoff(core, now)).await?;
    Ok(rows
        .into_iter()
        .map(|(username, email, joined)| ExpiredRegistration {
            username,
            email,
            date_joined: from_millis(joined),
        })
        .collect())
}
