//! The site owner's actions (the original's admin actions): list pending registrations,
//! activate, resend, deactivate. Used by the CLI.

use super::audit::{Action, By};
use super::events::Event;
use crate::domain::activation::{self, PendingState};
use crate::domain::{email, username};
use crate::server::db::audit::NewEntry;
use crate::server::db::{self, from_millis, profiles, users};
use crate::server::error::AppError;
use crate::server::state::Core;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// One pending registration, as `registration pending` shows it.
#[derive(Debug, Serialize)]
pub struct Pending {
    pub username: String,
    pub email: String,
    pub joined: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub expired: bool,
}

pub async fn pending(core: &Core, now: DateTime<Utc>) -> Result<Vec<Pending>, AppError> {
    let days = core.settings.account_activation_days;
    let rows = profiles::pending(&core.db).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let state = row.state();
            Pending {
                expires: activation::expires_at(state.key_issued_at, days),
                expired: activation::activation_key_expired(&state, days, now),
                joined: from_millis(row.date_joined),
                username: row.username,
                email: row.email,
            }
        })
        .collect())
}

/// What happened to one account.
#[derive(Debug, PartialEq, Eq)]
pub enum AdminOutcome {
    Done,
    AlreadyActive,
    Expired,
    NoRegistration,
}

/// Activates a pending registration; expired ones only with `force`.
pub async fn activate(
    core: &Core,
    by: &By,
    username_input: &str,
    force: bool,
    now: DateTime<Utc>,
) -> Result<AdminOutcome, AppError> {
    let Some(row) = profiles::by_username(&core.db, &username::normalize(username_input)).await? else {
        return Ok(AdminOutcome::NoRegistration);
    };
    let state: PendingState = row.state();
    if state.activated || state.user_active {
        return Ok(AdminOutcome::AlreadyActive);
    }
    if !force && activation::activation_key_expired(&state, core.settings.account_activation_days, now) {
        return Ok(AdminOutcome::Expired);
    }
    let mut tx = db::begin_write(&core.db).await?;
    if !profiles::force_activate(&mut tx, row.profile_id).await? {
        return Ok(AdminOutcome::AlreadyActive);
    }
    let entry = by.entry((row.user_id, &row.username), Action::Activated, now);
    db::audit::record(&mut tx, &NewEntry { via: Some(by.actor.via()), ..entry }).await?;
    tx.commit().await?;
    super::events::emit(&core.events, Event::UserActivated { user_id: row.user_id });
    Ok(AdminOutcome::Done)
}

/// Deactivates an account; its old activation link can never re-activate it.
pub async fn deactivate(core: &Core, by: &By, username_input: &str) -> Result<AdminOutcome, AppError> {
    let Some(user) = users::by_username(&core.db, &username::normalize(username_input)).await? else {
        return Ok(AdminOutcome::NoRegistration);
    };
    let mut tx = db::begin_write(&core.db).await?;
    if !users::deactivate(&mut tx, user.id).await? {
        return Ok(AdminOutcome::AlreadyActive);
    }
    let entry = by.entry((user.id, &user.username), Action::Deactivated, Utc::now());
    db::audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(AdminOutcome::Done)
}

/// Resolves a username or an address to the address to resend to.
pub async fn resend_target(core: &Core, who: &str) -> Result<Option<email::EmailAddress>, AppError> {
    if who.contains('@') {
        return Ok(email::EmailAddress::parse(who).ok());
    }
    let user = users::by_username(&core.db, &username::normalize(who)).await?;
    Ok(user.map(|u| email::EmailAddress::from_trusted(u.email)))
}

/// Whether every name exists (checked before any change: nothing is half-done).
pub async fn unknown_usernames(core: &Core, names: &[String]) -> Result<Vec<String>, AppError> {
    let mut unknown = Vec::new();
    for name in names {
        if users::by_username(&core.db, &username::normalize(name)).await?.is_none() {
            unknown.push(name.clone());
        }
    }
    Ok(unknown)
}
