//! A registration with an address that already has an account, under
//! `RegistrationFormUniqueEmail`: the visitor gets the answer of a successful registration (so
//! the form tells nobody which addresses have accounts), and the address itself is told, in
//! the background: an active account gets an "you already have an account" mail, a
//! registration still waiting for activation gets its activation link again (rate-limited
//! per client and address, silently).

use super::audit::By;
use super::notify::compose;
use super::outgoing::{queue_within_budget, MailKind};
use super::resend::resend_activation;
use super::RequestCtx;
use crate::domain::email::EmailAddress;
use crate::server::db::{self, users};
use crate::server::error::AppError;
use crate::server::mail::message::OutgoingEmail;
use crate::server::rate_limit::Action;
use crate::server::site::Site;
use crate::server::state::Core;
use chrono::Utc;

/// Tells the owner of `email` about the attempt, after the visitor has had the answer.
pub fn tell_the_address(core: &Core, ctx: &RequestCtx, email: &EmailAddress) {
    let (core, site, email, client_ip) = (core.clone(), ctx.site.clone(), email.clone(), ctx.client_ip);
    let by = super::audit::By::user(ctx);
    super::background::spawn_retrying("tell_taken_address", move || {
        let (core, site, email, by) = (core.clone(), site.clone(), email.clone(), by.clone());
        async move {
            let checked = core.rate_limits.check(Action::Resend, client_ip, Some(email.normalized())).await;
            tell(&core, &site, &email, checked.is_ok().then_some(&by)).await
        }
    });
}

/// `resend_by`: who asked, when a resend is allowed.
async fn tell(
    core: &Core,
    site: &Site,
    email: &EmailAddress,
    resend_by: Option<&By>,
) -> Result<(), AppError> {
    let active = users::active_by_email(&core.db, email.normalized()).await?;
    if active.is_empty() {
        if let Some(by) = resend_by {
            resend_activation(core, email, site, by).await?;
        }
        return Ok(());
    }
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let mut queued = 0;
    for user in &active {
        let mail = account_exists_email(core, site, user)?;
        queued += u64::from(queue_within_budget(core, &mut tx, MailKind::AccountExists, &mail, now).await?);
    }
    tx.commit().await?;
    if queued > 0 {
        core.metrics.mails_queued.inc_by(queued);
        core.outbox_wakeup.notify_one();
    }
    Ok(())
}

fn account_exists_email(core: &Core, site: &Site, user: &users::UserRow) -> Result<OutgoingEmail, AppError> {
    let (lang, dir) = super::notify::mail_language(core, user.language.as_deref());
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        site => site,
        user => minijinja::context! { username => &user.username, email => &user.email },
    };
    compose(core, site, "account_exists_email", &context, &user.email)
}
