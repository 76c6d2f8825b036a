//! `email/change/`: a logged-in user moves their account to a new address. The current
//! password confirms the request; the new address gets a single-use link (hash stored, bound
//! to the user and that exact address, expiring after `EMAIL_CHANGE_TIMEOUT`; a new request
//! replaces it); the old address gets a security notice. The account keeps its address until
//! the link is followed; `RegistrationFormUniqueEmail` and the free-mail rule are decided
//! then, inside the write transaction, so two accounts can never both claim one address.

use super::audit;
use super::events::Event;
use super::notify::compose;
use super::outgoing::{spend_budget, MailKind};
use super::security_notice::{self, Notice, NoticeKind};
use super::{tokens, RequestCtx};
use crate::domain::account_forms::{EmailChangeInput, WRONG_PASSWORD};
use crate::domain::email::EmailAddress;
use crate::domain::{messages, FieldErrors};
use crate::server::db::users::{self, UserRow};
use crate::server::db::{self, email_changes, outbox, reset_tokens};
use crate::server::error::AppError;
use crate::server::mail::message::OutgoingEmail;
use crate::server::password;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// Whether this visitor may see the email-change form (a logged-in user).
pub fn may_change_email(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    super::logged_in(core, ctx).map(|_| ())
}

/// The user's pending new address, if a change waits for its link (the profile shows it).
pub async fn pending_change(core: &Core, user: &UserRow) -> Result<Option<String>, AppError> {
    Ok(email_changes::of_user(&core.db, user.id, issued_after(core, Utc::now())).await?)
}

/// Sends the confirmation link to the new address and a notice to the current one.
#[tracing::instrument(name = "service.request_email_change", skip_all)]
pub async fn request_email_change(
    core: &Core,
    ctx: &RequestCtx,
    input: &EmailChangeInput,
) -> Result<(), AppError> {
    may_change_email(core, ctx)?;
    let user = ctx.user()?;
    // Counted before the password is checked, so the form is no way to guess it quickly.
    super::limit(core, Action::EmailChange, ctx, Some(input.email.trim())).await?;
    let checked = input.check(&user.email, core.settings.registration_form);
    let right_password = !input.password.is_empty()
        && password::verify(input.password.expose().to_owned(), user.password.clone()).await;
    let new = match (checked, right_password) {
        (Ok(new), true) => new,
        (checked, _) => {
            let mut errors = checked.err().unwrap_or_default();
            if !input.password.is_empty() && !right_password {
                errors.add("password", WRONG_PASSWORD);
            }
            return Err(AppError::Invalid(errors));
        }
    };
    if let Some(message) = core.address_checks.refusal(new.domain()).await {
        return Err(AppError::Invalid(FieldErrors::single("email", message)));
    }
    queue_change(core, ctx, user, &new).await?;
    tracing::info!(user.id = user.id, "email change requested");
    super::events::emit(&core.events, Event::EmailChangeRequested { user_id: user.id });
    Ok(())
}

async fn queue_change(
    core: &Core,
    ctx: &RequestCtx,
    user: &UserRow,
    new: &EmailAddress,
) -> Result<(), AppError> {
    let (token, now) = (tokens::new_token(), Utc::now());
    let mut tx = db::begin_write(&core.db).await?;
    email_changes::replace(&mut tx, user.id, new.as_str(), &tokens::digest(&token), now).await?;
    // The budget protects the new address's owner, who may not be this user.
    if spend_budget(core, &mut tx, MailKind::EmailChange, new.as_str(), now).await? {
        outbox::enqueue(&mut tx, &confirmation_email(core, ctx, user, new.as_str(), &token)?, now).await?;
        core.metrics.mails_queued.inc();
    }
    let notice = Notice {
        kind: NoticeKind::EmailChangeRequested,
        user,
        address: &user.email,
        new_email: Some(new.as_str()),
    };
    security_notice::queue(core, &mut tx, ctx, &notice, now).await?;
    tx.commit().await?;
    core.outbox_wakeup.notify_one();
    Ok(())
}

fn confirmation_email(
    core: &Core,
    ctx: &RequestCtx,
    user: &UserRow,
    new_email: &str,
    token: &str,
) -> Result<OutgoingEmail, AppError> {
    let (lang, dir) = super::notify::mail_language(core, user.language.as_deref());
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        site => &ctx.site,
        user => minijinja::context! { username => &user.username, email => &user.email },
        new_email => new_email,
        token => token,
        timeout_hours => core.settings.email_change_timeout.as_secs() / 3600,
    };
    compose(core, &ctx.site, "email_change_email", &context, new_email)
}

fn issued_after(core: &Core, now: DateTime<Utc>) -> DateTime<Utc> {
    tokens::issued_after(core.settings.email_change_timeout, now)
}

/// The address a link would confirm, if the link still works (the confirmation page shows
/// it before asking for the POST). Does not use the link.
pub async fn link_target(core: &Core, token: &str) -> Result<Option<String>, AppError> {
    super::auth_views_on(core)?;
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    let found = email_changes::peek(&core.db, &tokens::digest(token), issued_after(core, Utc::now())).await?;
    Ok(found.map(|change| change.new_email))
}

/// Follows a confirmation link: the account takes the address the link was made for, the old
/// address gets a notice, outstanding reset links (sent to the old address) die.
#[tracing::instrument(name = "service.confirm_email_change", skip_all)]
pub async fn confirm_email_change(core: &Core, ctx: &RequestCtx, token: &str) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    if !tokens::is_well_formed(token) {
        return Err(AppError::BadLink);
    }
    let (now, digest) = (Utc::now(), tokens::digest(token));
    let pending =
        email_changes::peek(&core.db, &digest, issued_after(core, now)).await?.ok_or(AppError::BadLink)?;
    let user = match users::by_id(&core.db, pending.user_id).await? {
        Some(user) if user.is_active => user,
        _ => return Err(AppError::BadLink),
    };
    let new = EmailAddress::parse(&pending.new_email).map_err(|_| AppError::BadLink)?;
    let rules = core.settings.registration_form;
    if rules.no_free_email && crate::domain::registration::is_free_email_domain(new.domain()) {
        return Err(AppError::Invalid(FieldErrors::single(FieldErrors::NON_FIELD, messages::FREE_EMAIL)));
    }
    let mut tx = db::begin_write(&core.db).await?;
    if rules.unique_email && address_taken(core, &mut tx, &new, user.id, now).await? {
        return Err(AppError::Invalid(FieldErrors::single(
            FieldErrors::NON_FIELD,
            messages::DUPLICATE_EMAIL,
        )));
    }
    let Some(change) = email_changes::take(&mut tx, &digest, issued_after(core, now)).await? else {
        return Err(AppError::BadLink); // Used meanwhile.
    };
    users::set_email(&mut tx, user.id, &change.new_email, new.normalized()).await?;
    reset_tokens::revoke_all(&mut tx, user.id, now).await?;
    let notice = Notice {
        kind: NoticeKind::EmailChanged,
        user: &user,
        address: &user.email,
        new_email: Some(&change.new_email),
    };
    security_notice::queue(core, &mut tx, ctx, &notice, now).await?;
    let changed = audit::by_user(ctx, (user.id, &user.username), audit::Action::EmailChanged, now);
    db::audit::record(&mut tx, &changed).await?;
    tx.commit().await?;
    core.outbox_wakeup.notify_one();
    tracing::info!(user.id = user.id, "email address changed");
    super::events::emit(&core.events, Event::EmailChanged { user_id: user.id });
    Ok(())
}

/// Inside the write transaction, under the address's lock (as registration takes it): whether
/// another account holds the address. An expired registration that never activated does not:
/// it is deleted, as a new registration would replace it.
async fn address_taken(
    core: &Core,
    tx: &mut db::Tx,
    new: &EmailAddress,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    users::lock_email(tx, new.normalized()).await?;
    let cutoff = crate::domain::activation::expiry_cutoff(core.settings.account_activation_days, now);
    users::delete_expired_holders(tx, "", Some(new.normalized()), cutoff).await?;
    Ok(users::count_others_with_email(tx, new.normalized(), user_id).await? > 0)
}
