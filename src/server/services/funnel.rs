//! The admin's sign-up funnel (`/admin/`): the last 30 days, computed by `domain::funnel` from
//! the audit trail and the outbox. Staff only.

use super::people::staff;
use super::RequestCtx;
use crate::api::admin_types::{FunnelDay, FunnelPage};
use crate::domain::funnel::{self, Funnel};
use crate::server::db::{self, from_millis, to_millis};
use crate::server::error::AppError;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// Days the funnel shows.
pub const DAYS: u32 = 30;

pub async fn funnel_page(core: &Core, ctx: &RequestCtx) -> Result<FunnelPage, AppError> {
    staff(ctx)?;
    compute(core, Utc::now()).await
}

/// The funnel at `now`.
pub async fn compute(core: &Core, now: DateTime<Utc>) -> Result<FunnelPage, AppError> {
    let activation_days = core.settings.account_activation_days;
    let now = to_millis(now);
    // Registrations that expire inside the period began up to ACCOUNT_ACTIVATION_DAYS before it.
    let since = funnel::day_of(now) - i64::from(DAYS + activation_days) * 86_400_000;
    let history = db::funnel::history(&core.db, since).await?;
    Ok(page(funnel::funnel(&history, now, DAYS, activation_days)))
}

fn page(funnel: Funnel) -> FunnelPage {
    let percent = |share: f64| (share * 1000.0).round() / 10.0;
    FunnelPage {
        days: funnel
            .days
            .iter()
            .map(|d| FunnelDay {
                day: from_millis(d.day).format("%Y-%m-%d").to_string(),
                registered: d.registered,
                delivered: d.delivered,
                activated: d.activated,
                expired: d.expired,
                deleted: d.deleted,
            })
            .collect(),
        median_seconds: funnel.median_to_activation.map(|ms| ms / 1000),
        p90_seconds: funnel.p90_to_activation.map(|ms| ms / 1000),
        within_hour_percent: funnel.within_hour.map(percent),
        within_day_percent: funnel.within_day.map(percent),
        failures_by_domain: funnel.failures_by_domain,
    }
}
