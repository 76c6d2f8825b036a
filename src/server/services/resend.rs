//! `resend_activation_mail`: a new key and a new email for each registration with that
//! address that still waits for activation; an expired one gets a fresh window. The visitor's answer comes first and never depends on the
//! outcome: the work runs after it.

use super::notify::{queue_activation_email, Recipient};
use super::RequestCtx;
use crate::domain::account_forms::EmailInput;
use crate::domain::activation::{self, ActivationKey};
use crate::domain::email::EmailAddress;
use crate::server::db::{self, profiles};
use crate::server::error::{chain, AppError};
use crate::server::rate_limit::Action;
use crate::server::site::Site;
use crate::server::state::Core;
use chrono::Utc;
use rand::RngCore;

/// The resend form: a well-formed address is accepted (the same answer whether or not a
/// registration waits for it) and the new email, if any, is queued in the background.
#[tracing::instrument(name = "service.request_resend", skip_all)]
pub async fn request_resend(
    core: &Core,
    ctx: &RequestCtx,
    input: &EmailInput,
) -> Result<EmailAddress, AppError> {
    super::limit(core, Action::Resend, ctx, &input.email)?;
    let email = input.parse().map_err(AppError::Invalid)?;
    // The work runs after the answer, so neither the answer nor its timing tells whether the
    // address has a pending registration.
    let (core, address, site) = (core.clone(), email.clone(), ctx.site.clone());
    tokio::spawn(async move {
        if let Err(e) = resend_activation(&core, &address, &site).await {
            tracing::error!(error = %chain(&e), "resend failed");
        }
    });
    Ok(email)
}

/// Returns how many emails were queued (for logs and admin tools, never for the visitor).
#[tracing::instrument(name = "service.resend", skip_all)]
pub async fn resend_activation(core: &Core, email: &EmailAddress, site: &Site) -> Result<usize, AppError> {
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let mut sent = 0;
    for row in profiles::by_email(&mut tx, email.normalized()).await? {
        if !activation::may_resend(&row.state()) {
            continue;
        }
        let mut salt = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let key = ActivationKey::generate(&row.username, &salt);
        profiles::replace_key(&mut tx, row.profile_id, key.expose(), now).await?;
        let recipient = Recipient { username: &row.username, email: &row.email };
        queue_activation_email(&mut tx, &core.settings, &core.templates, site, &recipient, &key, now).await?;
        sent += 1;
    }
    tx.commit().await?;
    if sent > 0 {
        core.metrics.mails_queued.inc_by(sent as u64);
        core.outbox_wakeup.notify_one();
    }
    Ok(sent)
}
