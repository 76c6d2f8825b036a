//! Password reset by email: single-use tokens, stored as hashes, expiring after
//! `PASSWORD_RESET_TIMEOUT`; mail only to active accounts; the same answer for any address.

use super::audit;
use super::events::Event;
use super::outgoing::{spend_budget, MailKind};
use super::password_change::{attributes, password_rules, set_password};
use super::security_notice::{self, Notice, NoticeKind};
use super::tokens::{self, digest as token_hash};
use super::RequestCtx;
use crate::domain::account_forms::{EmailInput, SetPasswordInput};
use crate::domain::email::EmailAddress;
use crate::server::db::user_sessions;
use crate::server::db::{self, outbox, reset_tokens, users};
use crate::server::error::AppError;
use crate::server::mail::message::{condense, OutgoingEmail};
use crate::server::rate_limit::Action;
use crate::server::site::Site;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

fn issued_after(core: &Core, now: DateTime<Utc>) -> DateTime<Utc> {
    tokens::issued_after(core.settings.password_reset_timeout, now)
}

/// The reset form: a well-formed address always gets the same answer ("done"); the mail, if
/// the address has an active account, is queued in the background so the answer's timing
/// tells nothing either.
#[tracing::instrument(name = "service.request_password_reset", skip_all)]
pub async fn request_password_reset(
    core: &Core,
    ctx: &RequestCtx,
    input: &EmailInput,
) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    super::limit(core, Action::PasswordReset, ctx, Some(&input.email)).await?;
    let address = input.parse().map_err(AppError::Invalid)?;
    let (core, site) = (core.clone(), ctx.site.clone());
    super::background::spawn_retrying("password_reset", move || {
        let (core, address, site) = (core.clone(), address.clone(), site.clone());
        async move { request_reset(&core, &address, &site).await }
    });
    Ok(())
}

/// Queues a reset mail for each active account with this address; returns how many.
#[tracing::instrument(name = "service.request_reset", skip_all)]
pub async fn request_reset(core: &Core, email: &EmailAddress, site: &Site) -> Result<usize, AppError> {
    let accounts = users::active_by_email(&core.db, email.normalized()).await?;
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    let mut queued = 0;
    for user in &accounts {
        if !spend_budget(core, &mut tx, MailKind::PasswordReset, &user.email, now).await? {
            continue;
        }
        queue_reset(core, &mut tx, site, user, now).await?;
        queued += 1;
    }
    tx.commit().await?;
    if queued > 0 {
        core.outbox_wakeup.notify_one();
    }
    Ok(queued)
}

/// Issues a reset token for `user` and queues its mail to `user.email`, in `tx` (the caller
/// decides whether the mail budget applies).
pub async fn queue_reset(
    core: &Core,
    tx: &mut db::Tx,
    site: &Site,
    user: &users::UserRow,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let token = tokens::new_token();
    reset_tokens::insert(tx, user.id, &token_hash(&token), now).await?;
    let mail = reset_email(core, site, user, &token)?;
    outbox::enqueue(tx, &mail, now).await?;
    core.metrics.mails_queued.inc();
    Ok(())
}

fn reset_email(
    core: &Core,
    site: &Site,
    user: &users::UserRow,
    token: &str,
) -> Result<OutgoingEmail, AppError> {
    let (lang, dir) = super::notify::mail_language(core, user.language.as_deref());
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        token => token,
        site => site,
        user => minijinja::context! { username => &user.username, email => &user.email },
        timeout_hours => core.settings.password_reset_timeout.as_secs() / 3600,
    };
    let render = |name: &str| core.templates.render(name, &context);
    let html =
        if core.settings.email_html { Some(render("registration/password_reset_email.html")?) } else { None };
    Ok(OutgoingEmail {
        from: core.settings.default_from_email.clone(),
        to: user.email.clone(),
        subject: condense(&render("registration/password_reset_email_subject.txt")?),
        text: render("registration/password_reset_email.txt")?,
        html,
    })
}

/// Whether the confirm page should show the form (does not use the token). A database that
/// does not answer is an error, never "invalid".
pub async fn token_is_usable(core: &Core, token: &str) -> Result<bool, AppError> {
    super::auth_views_on(core)?;
    if !tokens::is_well_formed(token) {
        return Ok(false);
    }
    let found = reset_tokens::peek(&core.db, &token_hash(token), issued_after(core, Utc::now())).await?;
    Ok(found.is_some())
}

/// Sets the new password and uses up the token, atomically; the hash is computed before the
/// write transaction opens. Every session of the user ends (their digest no longer matches),
/// and a security notice goes to the account's address.
#[tracing::instrument(name = "service.reset_password", skip_all)]
pub async fn reset_password(
    core: &Core,
    ctx: &RequestCtx,
    token: &str,
    input: &SetPasswordInput,
) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    let now = Utc::now();
    if !tokens::is_well_formed(token) {
        return Err(AppError::BadResetToken);
    }
    let hash = token_hash(token);
    let user = match reset_tokens::peek(&core.db, &hash, issued_after(core, now)).await? {
        Some(id) => users::by_id(&core.db, id).await?.ok_or(AppError::BadResetToken)?,
        None => return Err(AppError::BadResetToken),
    };
    let errors = input.check(attributes(&user), password_rules(core));
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let new_hash = super::password_change::hash(&input.new_password1).await?;
    let mut tx = db::begin_write(&core.db).await?;
    if reset_tokens::consume(&mut tx, &hash, issued_after(core, now), now).await?.is_none() {
        return Err(AppError::BadResetToken);
    }
    set_password(&mut tx, user.id, &new_hash).await?;
    user_sessions::delete_others(&mut tx, user.id, None).await?;
    let notice =
        Notice { kind: NoticeKind::PasswordReset, user: &user, address: &user.email, new_email: None };
    security_notice::queue(core, &mut tx, ctx, &notice, now).await?;
    let reset = audit::by_user(ctx, (user.id, &user.username), audit::Action::PasswordReset, now);
    db::audit::record(&mut tx, &reset).await?;
    tx.commit().await?;
    core.outbox_wakeup.notify_one();
    tracing::info!(user.id = user.id, "password reset");
    core.login_throttle.clear_user(&crate::domain::username::normalize(&user.username));
    super::events::emit(&core.events, Event::PasswordReset { user_id: user.id });
    Ok(())
}
