//! `resend_activation_mail`: a new key and a new email for each registration with that
//! address that still waits for activation; an expired one gets a fresh window. The visitor's answer comes first and never depends on the
//! outcome: the work runs after it.

use super::audit::{self, By};
use super::notify::{queue_activation_email, Recipient};
use super::outgoing::{spend_budget, MailKind};
use super::RequestCtx;
use crate::domain::account_forms::EmailInput;
use crate::domain::activation::{self, ActivationKey};
use crate::domain::email::EmailAddress;
use crate::server::db::{self, profiles};
use crate::server::error::AppError;
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
    super::limit(core, Action::Resend, ctx, Some(&input.email)).await?;
    let email = input.parse().map_err(AppError::Invalid)?;
    // The work runs after the answer, so neither the answer nor its timing tells whether the
    // address has a pending registration.
    let (core, address, site, by) = (core.clone(), email.clone(), ctx.site.clone(), By::user(ctx));
    super::background::spawn_retrying("resend", move || {
        let (core, address, site, by) = (core.clone(), address.clone(), site.clone(), by.clone());
        async move { resend_activation(&core, &address, &site, &by).await }
    });
    Ok(email)
}

/// The one-click "send me a new link" of an expired link's page: the key identifies the
/// registration, so nothing needs typing. The answer is the same whatever the key; the work
/// runs after it.
#[tracing::instrument(name = "service.renew_by_key", skip_all)]
pub async fn request_renewal(core: &Core, ctx: &RequestCtx, raw_key: &str) -> Result<(), AppError> {
    super::limit(core, Action::Resend, ctx, Some(raw_key)).await?;
    let Some(key) = ActivationKey::parse(raw_key) else {
        return Ok(());
    };
    let (core, site, by) = (core.clone(), ctx.site.clone(), By::user(ctx));
    super::background::spawn_retrying("renewal", move || {
        let (core, key, site, by) = (core.clone(), key.clone(), site.clone(), by.clone());
        async move { renew_by_key(&core, &key, &site, &by).await }
    });
    Ok(())
}

/// A new key and email for the registration behind `key`, if it still waits; returns whether.
pub async fn renew_by_key(core: &Core, key: &ActivationKey, site: &Site, by: &By) -> Result<bool, AppError> {
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let renewed = match profiles::by_key(&mut tx, key.expose()).await? {
        Some(row) => renew(core, &mut tx, &row, site, by, now).await? == Renewal::Queued,
        None => false,
    };
    tx.commit().await?;
    if renewed {
        core.metrics.mails_queued.inc();
        core.outbox_wakeup.notify_one();
    }
    Ok(renewed)
}

/// What `renew` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Renewal {
    Queued,
    /// The registration no longer waits for activation.
    NotWaiting,
    /// The address has had its mail budget; the current key stays valid.
    OverBudget,
}

/// How many activation emails a resend queued, and how many the mail budget held back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resent {
    pub queued: usize,
    pub over_budget: usize,
}

/// Gives `row` a new key (the old one dies) and queues its activation email, if it still
/// waits for activation and its address has mail budget left.
async fn renew(
    core: &Core,
    tx: &mut db::Tx,
    row: &profiles::ProfileRow,
    site: &Site,
    by: &By,
    now: chrono::DateTime<Utc>,
) -> Result<Renewal, AppError> {
    if !activation::may_resend(&row.state()) {
        return Ok(Renewal::NotWaiting);
    }
    // Over budget, the current key stays valid: the link already sent keeps working.
    if !spend_budget(core, tx, MailKind::Resend, &row.email, now).await? {
        return Ok(Renewal::OverBudget);
    }
    let mut salt = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let key = ActivationKey::generate(&row.username, &salt);
    profiles::replace_key(tx, row.profile_id, key.expose(), now).await?;
    let recipient =
        Recipient { username: &row.username, email: &row.email, language: row.language.as_deref() };
    queue_activation_email(core, tx, site, &recipient, &key, now).await?;
    db::audit::record(tx, &by.entry((row.user_id, &row.username), audit::Action::Resent, now)).await?;
    Ok(Renewal::Queued)
}

/// Says what was queued (for logs and admin tools, never for the visitor).
#[tracing::instrument(name = "service.resend", skip_all)]
pub async fn resend_activation(
    core: &Core,
    email: &EmailAddress,
    site: &Site,
    by: &By,
) -> Result<Resent, AppError> {
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let mut resent = Resent::default();
    for row in profiles::by_email(&mut tx, email.normalized()).await? {
        match renew(core, &mut tx, &row, site, by, now).await? {
            Renewal::Queued => resent.queued += 1,
            Renewal::OverBudget => resent.over_budget += 1,
            Renewal::NotWaiting => {}
        }
    }
    tx.commit().await?;
    if resent.queued > 0 {
        core.metrics.mails_queued.inc_by(resent.queued as u64);
        core.outbox_wakeup.notify_one();
    }
    Ok(resent)
}
