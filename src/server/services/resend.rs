//! `resend_activation_mail`: a new key and a new email for each pending, unexpired
//! registration with that address. The caller's answer never depends on the outcome.

use super::notify::{queue_activation_email, Recipient};
use super::InternalError;
use crate::domain::activation::{self, ActivationKey};
use crate::domain::email::EmailAddress;
use crate::server::db::{self, profiles};
use crate::server::site::Site;
use crate::server::state::Core;
use chrono::Utc;
use rand::RngCore;

/// Returns how many emails were queued (for logs and admin tools, never for the visitor).
#[tracing::instrument(name = "service.resend", skip_all)]
pub async fn resend_activation(
    core: &Core,
    email: &EmailAddress,
    site: &Site,
) -> Result<usize, InternalError> {
    let now = Utc::now();
    let days = core.settings.account_activation_days;
    let mut tx = db::begin_write(&core.db).await?;
    let mut sent = 0;
    for row in profiles::by_email(&mut tx, email.normalized()).await? {
        if !activation::may_resend(&row.state(), days, now) {
            continue;
        }
        let mut salt = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let key = ActivationKey::generate(&row.username, &salt);
        profiles::replace_key(&mut tx, row.profile_id, key.expose()).await?;
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
