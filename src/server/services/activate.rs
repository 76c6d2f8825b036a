//! `activate_user`: one atomic claim of a pending, unexpired key; otherwise the reason. Also
//! the two ways a request reaches it: following the link (a GET, which only looks, unless
//! `ACTIVATE_ON_GET` restores the original one-click activation) and confirming (a POST,
//! which activates and, with `REGISTRATION_AUTO_LOGIN`, logs the user in).
//!
//! The key's state is read first, without the write lock: unknown, expired and used keys are
//! answered from that read alone, so they never queue behind writers. Only a key that looks
//! claimable is claimed, by one conditional `UPDATE` that decides for good (and, through
//! triggers, activates the user and writes the audit row in the same statement).

use super::audit::{self, Action, Actor};
use super::events::Event;
use super::RequestCtx;
use crate::domain::activation::{self, ActivationFailure, ActivationKey};
use crate::server::db::audit::NewEntry;
use crate::server::db::{self, profiles, users};
use crate::server::error::AppError;
use crate::server::session;
use crate::server::state::Core;
use chrono::Utc;

/// The result of an activation attempt: the user id, or why nothing happened.
pub type ActivationResult = Result<Result<i64, ActivationFailure>, AppError>;

/// What following an activation link did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Followed {
    /// The account is active now (`ACTIVATE_ON_GET`).
    Activated,
    /// The key is good and would activate this account; only a confirming POST does, so a
    /// mail scanner that follows the link activates nothing (and never obtains a session).
    NeedsConfirmation { username: String },
}

/// The activation link was followed (a GET).
#[tracing::instrument(name = "service.follow_activation_link", skip_all)]
pub async fn follow_link(core: &Core, _ctx: &RequestCtx, raw_key: &str) -> Result<Followed, AppError> {
    if core.settings.auto_login || !core.settings.activate_on_get {
        let username = probe(core, raw_key).await?;
        return Ok(Followed::NeedsConfirmation { username });
    }
    activate(core, raw_key).await?.map_err(AppError::ActivationFailed)?;
    Ok(Followed::Activated)
}

/// Activation was confirmed (a POST): activates and, with `REGISTRATION_AUTO_LOGIN`, logs the
/// user in on this session. Returns whether it did.
#[tracing::instrument(name = "service.confirm_activation", skip_all)]
pub async fn confirm(core: &Core, ctx: &RequestCtx, raw_key: &str) -> Result<bool, AppError> {
    let user_id = activate(core, raw_key).await?.map_err(AppError::ActivationFailed)?;
    if !core.settings.auto_login {
        return Ok(false);
    }
    let Some(user) = users::by_id(&core.db, user_id).await? else {
        return Ok(false);
    };
    session::log_in(core, ctx.session()?, &user, None, ctx.client()).await?; // Until the browser closes.
    Ok(true)
}

/// Whether the key could be activated now, without changing anything: the username of the
/// account it would activate, or why not.
pub async fn probe(core: &Core, raw_key: &str) -> Result<String, AppError> {
    let invalid = AppError::ActivationFailed(ActivationFailure::Invalid);
    let Some(key) = ActivationKey::parse(raw_key) else {
        return Err(invalid);
    };
    read_state(core, &key, Utc::now()).await?.map_err(AppError::ActivationFailed)?;
    profiles::username_by_key(&core.db, key.expose()).await?.ok_or(invalid)
}

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
    let now = Utc::now();
    if let Err(reason) = read_state(core, &key, now).await? {
        return Ok(Err(reason));
    }
    let cutoff = activation::expiry_cutoff(core.settings.account_activation_days, now);
    let audit = db::audit::pending(&activated_by_link(now));
    let Some(user_id) = profiles::claim_activation(&core.db, key.expose(), cutoff, &audit).await? else {
        // Claimed (or removed) by a concurrent request between our read and our claim.
        return Ok(Err(explain_failure(core, &key, now).await?));
    };
    super::events::emit(&core.events, Event::UserActivated { user_id });
    tracing::info!(user.id = user_id, "user activated");
    Ok(Ok(user_id))
}

/// The audit row of an activation by link, with this request's details. The account is left
/// blank: the claim's trigger writes the row for the account it activated.
fn activated_by_link(now: chrono::DateTime<Utc>) -> NewEntry {
    NewEntry { via: Some("link"), ..audit::entry((0, ""), Action::Activated, Actor::User, None, now) }
}

/// What the stored state says about the key: `Ok(())` when it looks claimable.
async fn read_state(
    core: &Core,
    key: &ActivationKey,
    now: chrono::DateTime<Utc>,
) -> Result<Result<(), ActivationFailure>, sqlx::Error> {
    let state = profiles::state_by_key(&core.db, key.expose()).await?;
    Ok(match state {
        None => Err(ActivationFailure::Invalid),
        Some(state) => activation::decide_activation(&state, core.settings.account_activation_days, now),
    })
}

async fn explain_failure(
    core: &Core,
    key: &ActivationKey,
    now: chrono::DateTime<Utc>,
) -> Result<ActivationFailure, sqlx::Error> {
    // A key that still looks claimable was taken between the claim and this read.
    Ok(read_state(core, key, now).await?.err().unwrap_or(ActivationFailure::AlreadyActivated))
}
