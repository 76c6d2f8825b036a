//! `delete_expired_users`: one set-based transaction; never touches active users, activated
//! registrations or users without a profile.

use crate::domain::activation;
use crate::server::db::{self, from_millis, profiles};
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// A registration that cleanup would delete.
#[derive(Debug)]
pub struct ExpiredRegistration {
    pub username: String,
    pub email: String,
    pub date_joined: DateTime<Utc>,
}

pub async fn delete_expired_users(core: &Core, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let cutoff = activation::expiry_cutoff(core.settings.account_activation_days, now);
    let mut tx = db::begin_write(&core.db).await?;
    let deleted = profiles::delete_expired(&mut tx, cutoff).await?;
    tx.commit().await?;
    core.metrics.cleanup_runs.inc();
    core.metrics.deleted_users.inc_by(deleted);
    tracing::info!(deleted, "expired registrations deleted");
    Ok(deleted)
}

pub async fn list_expired_users(
    core: &Core,
    now: DateTime<Utc>,
) -> Result<Vec<ExpiredRegistration>, sqlx::Error> {
    let cutoff = activation::expiry_cutoff(core.settings.account_activation_days, now);
    let rows = profiles::list_expired(&core.db, cutoff).await?;
    Ok(rows
        .into_iter()
        .map(|(username, email, joined)| ExpiredRegistration {
            username,
            email,
            date_joined: from_millis(joined),
        })
        .collect())
}
