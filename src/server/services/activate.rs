//! `activate_user`: one atomic claim of a pending, unexpired key; otherwise the reason.

use super::events::Event;
use super::InternalError;
use crate::domain::activation::{self, ActivationFailure, ActivationKey};
use crate::server::db::{self, profiles, users};
use crate::server::state::Core;
use chrono::Utc;

/// The result of following an activation link.
pub type ActivationResult = Result<Result<i64, ActivationFailure>, InternalError>;

/// Activates the account behind `raw_key`; returns its user id, or why nothing happened.
#[tracing::instrument(name = "service.activate", skip_all)]
pub async fn activate(core: &Core, raw_key: &str) -> ActivationResult {
    let result = try_activate(core, raw_key).await;
    match &result {
        Ok(Ok(_)) => core.metrics.activations.inc(),
        Ok(Err(reason)) => core.metrics.activation_failures.with_label_values(&[reason_label(*reason)]).inc(),
        Err(_) => {}
    }
    result
}

fn reason_label(reason: ActivationFailure) -> &'static str {
    match reason {
        ActivationFailure::Invalid => "invalid",
        ActivationFailure::Expired => "expired",
        ActivationFailure::AlreadyActivated => "already_activated",
    }
}

async fn try_activate(core: &Core, raw_key: &str) -> ActivationResult {
    let Some(key) = ActivationKey::parse(raw_key) else {
        return Ok(Err(ActivationFailure::Invalid));
    };
    let days = core.settings.account_activation_days;
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let claimed =
        profiles::claim_activation(&mut tx, key.expose(), activation::expiry_cutoff(days, now)).await?;
    let Some(user_id) = claimed else {
        tx.rollback().await?;
        return Ok(Err(explain_failure(core, &key, now).await?));
    };
    users::set_active(&mut tx, user_id).await?;
    tx.commit().await?;
    super::events::emit(&core.events, Event::UserActivated { user_id });
    tracing::info!(user.id = user_id, "user activated");
    Ok(Ok(user_id))
}

async fn explain_failure(
    core: &Core,
    key: &ActivationKey,
    now: chrono::DateTime<Utc>,
) -> Result<ActivationFailure, sqlx::Error> {
    let state = profiles::state_by_key(&core.db, key.expose()).await?;
    Ok(match state {
        None => ActivationFailure::Invalid,
        Some(state) => {
            match activation::decide_activation(&state, core.settings.account_activation_days, now) {
                Err(reason) => reason,
                // Claimed by a concurrent request between our claim and this read.
                Ok(()) => ActivationFailure::AlreadyActivated,
            }
        }
    })
}
