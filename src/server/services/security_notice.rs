//! Security notices: a short mail after a password change or reset, an email change, and a
//! requested email change, telling when, from which address and which browser, with a
//! single-use "this wasn't me" link. The link grants no access: confirmed (by a POST), it
//! ends every session of the account, kills its outstanding links and tokens, locks its
//! password, returns the account to the address the notice went to and mails a reset link
//! there.

use super::audit;
use super::events::Event;
use super::notify::compose;
use super::{tokens, RequestCtx};
use crate::domain::user_agent;
use crate::server::db::users::{self, UserRow};
use crate::server::db::{self, email_changes, outbox, reset_tokens, security_links, user_sessions};
use crate::server::error::AppError;
use crate::server::mail::message::OutgoingEmail;
use crate::server::session;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// What a notice is about (the template's `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    EmailChangeRequested,
}

impl NoticeKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::EmailChanged => "email_changed",
            Self::EmailChangeRequested => "email_change_requested",
        }
    }
}

/// One notice to send: about `user`, to `address` (the account's address, or its old one).
pub struct Notice<'a> {
    pub kind: NoticeKind,
    pub user: &'a UserRow,
    pub address: &'a str,
    /// The address an email change is about, if any.
    pub new_email: Option<&'a str>,
}

/// Queues `notice` in `tx` with a fresh "this wasn't me" link. Notices are not counted
/// against the mail budget: only the account's owner (or whoever has its password or a link
/// from its mail) can cause one, and a spent budget must not silence them.
pub async fn queue(
    core: &Core,
    tx: &mut db::Tx,
    ctx: &RequestCtx,
    notice: &Notice<'_>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let token = tokens::new_token();
    security_links::insert(tx, notice.user.id, &tokens::digest(&token), notice.address, now).await?;
    let mail = notice_email(core, ctx, notice, &token, now)?;
    outbox::enqueue(tx, &mail, now).await?;
    core.metrics.mails_queued.inc();
    Ok(())
}

fn notice_email(
    core: &Core,
    ctx: &RequestCtx,
    notice: &Notice<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<OutgoingEmail, AppError> {
    let browser = user_agent::describe(ctx.info.user_agent.as_deref().unwrap_or_default());
    let (lang, dir) = super::notify::mail_language(core, notice.user.language.as_deref());
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        kind => notice.kind.name(),
        site => &ctx.site,
        user => minijinja::context! { username => &notice.user.username, email => &notice.user.email },
        new_email => notice.new_email,
        when => now.format("%Y-%m-%d %H:%M UTC").to_string(),
        ip => ctx.client_ip.to_string(),
        browser => browser,
        token => token,
        timeout_days => core.settings.security_link_timeout.as_secs().div_ceil(86_400),
    };
    compose(core, &ctx.site, "security_notice_email", &context, notice.address)
}

fn issued_after(core: &Core, now: DateTime<Utc>) -> DateTime<Utc> {
    tokens::issued_after(core.settings.security_link_timeout, now)
}

/// The account a "this wasn't me" link is about (its username), if the link still works;
/// the page shows it before asking for the POST. Does not use the link.
pub async fn not_me_account(core: &Core, token: &str) -> Result<Option<String>, AppError> {
    super::auth_views_on(core)?;
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    let now = Utc::now();
    let Some(link) = security_links::peek(&core.db, &tokens::digest(token), issued_after(core, now)).await?
    else {
        return Ok(None);
    };
    Ok(users::by_id(&core.db, link.user_id).await?.map(|user| user.username))
}

/// "This wasn't me", confirmed: locks the account and hands it back to the notice's address.
#[tracing::instrument(name = "service.not_me", skip_all)]
pub async fn not_me(core: &Core, ctx: &RequestCtx, token: &str) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    if !tokens::is_well_formed(token) {
        return Err(AppError::BadLink);
    }
    let (now, digest) = (Utc::now(), tokens::digest(token));
    let link =
        security_links::peek(&core.db, &digest, issued_after(core, now)).await?.ok_or(AppError::BadLink)?;
    let mut user = users::by_id(&core.db, link.user_id).await?.ok_or(AppError::BadLink)?;
    let mut tx = db::begin_write(&core.db).await?;
    if security_links::consume(&mut tx, &digest, issued_after(core, now), now).await?.is_none() {
        return Err(AppError::BadLink);
    }
    users::set_password(&mut tx, user.id, &unusable_password()).await?;
    reset_tokens::revoke_all(&mut tx, user.id, now).await?;
    security_links::revoke_all(&mut tx, user.id, now).await?;
    email_changes::cancel(&mut tx, user.id).await?;
    user_sessions::delete_others(&mut tx, user.id, None).await?;
    restore_address(core, &mut tx, &user, &link.address).await?;
    user.email = link.address.clone(); // The reset link goes where the notice went.
    super::password_reset::queue_reset(core, &mut tx, &ctx.site, &user, now).await?;
    db::audit::record(&mut tx, &audit::by_user(ctx, (user.id, &user.username), audit::Action::Locked, now))
        .await?;
    tx.commit().await?;
    core.outbox_wakeup.notify_one();
    if ctx.user.as_ref().is_some_and(|u| u.id == user.id) {
        session::log_out(core, ctx.session()?).await?;
    }
    tracing::warn!(user.id = user.id, "account locked from a security notice; a reset link was sent");
    super::events::emit(&core.events, Event::AccountLocked { user_id: user.id });
    Ok(())
}

/// Gives the account back the notice's address if it moved away (unless, with
/// `RegistrationFormUniqueEmail`, another account holds it now).
async fn restore_address(
    core: &Core,
    tx: &mut db::Tx,
    user: &UserRow,
    address: &str,
) -> Result<(), AppError> {
    let normalized = crate::domain::email::normalize(address);
    if normalized == crate::domain::email::normalize(&user.email) {
        return Ok(());
    }
    if core.settings.registration_form.unique_email {
        users::lock_email(tx, &normalized).await?;
        if users::count_others_with_email(tx, &normalized, user.id).await? > 0 {
            return Ok(());
        }
    }
    users::set_email(tx, user.id, address, &normalized).await?;
    Ok(())
}

/// A stored password no password matches (it is no Argon2 hash), as Django's unusable ones
/// start with "!"; random, so that its session digest is new.
fn unusable_password() -> String {
    format!("!{}", tokens::new_token())
}
