//! `delete/`: a user deletes their own account after giving the current password. One
//! transaction removes the user with its registration profile and reset tokens (the database
//! cascades) and queues a goodbye mail; the username and address are free at once. Every
//! session of the account ends: this one is flushed, the others no longer name a user.

use super::audit;
use super::notify::compose;
use super::RequestCtx;
use crate::domain::account_forms::{DeleteAccountInput, WRONG_PASSWORD};
use crate::domain::{messages, FieldErrors};
use crate::server::db::users::UserRow;
use crate::server::db::{self, outbox, users};
use crate::server::error::AppError;
use crate::server::mail::message::OutgoingEmail;
use crate::server::rate_limit::Action;
use crate::server::site::Site;
use crate::server::state::Core;
use crate::server::{password, session};
use chrono::Utc;

/// Whether this visitor may see the deletion page (a logged-in user).
pub fn may_delete_account(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    super::logged_in(core, ctx).map(|_| ())
}

/// Deletes the logged-in user's account when `input` holds its current password.
#[tracing::instrument(name = "service.delete_account", skip_all)]
pub async fn delete_account(
    core: &Core,
    ctx: &RequestCtx,
    input: &DeleteAccountInput,
) -> Result<(), AppError> {
    may_delete_account(core, ctx)?;
    let user = ctx.user()?;
    // Counted before the password is checked: a stolen session cannot guess it quickly.
    super::limit(core, Action::PasswordConfirm, ctx, Some(&user.username)).await?;
    if input.password.is_empty() {
        return Err(AppError::Invalid(FieldErrors::single("password", messages::REQUIRED)));
    }
    if !password::verify(input.password.expose().to_owned(), user.password.clone()).await {
        return Err(AppError::Invalid(FieldErrors::single("password", WRONG_PASSWORD)));
    }
    let goodbye = goodbye_email(core, &ctx.site, user)?;
    let mut tx = db::begin_write(&core.db).await?;
    if !users::delete(&mut tx, user.id).await? {
        return Err(AppError::LoginRequired); // Deleted meanwhile (a double submit): nothing to do.
    }
    outbox::enqueue(&mut tx, &goodbye, Utc::now()).await?;
    db::audit::record(
        &mut tx,
        &audit::by_user(ctx, (user.id, &user.username), audit::Action::Deleted, Utc::now()),
    )
    .await?;
    db::audit::mark_deleted(&mut tx, user.id, &audit::address_digest(&user.email)).await?;
    tx.commit().await?;
    core.metrics.mails_queued.inc();
    core.outbox_wakeup.notify_one();
    session::log_out(core, ctx.session()?).await?;
    tracing::info!(user.id = user.id, "account deleted by its owner");
    let event = super::events::Event::UserDeleted { user_id: user.id, username: user.username.clone() };
    super::events::emit(&core.events, event);
    Ok(())
}

/// The goodbye mail (`registration/account_deleted_email*`), to the deleted account's address.
fn goodbye_email(core: &Core, site: &Site, user: &UserRow) -> Result<OutgoingEmail, AppError> {
    let (lang, dir) = super::notify::mail_language(core, user.language.as_deref());
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        site => site,
        user => minijinja::context! { username => &user.username, email => &user.email },
    };
    compose(core, site, "account_deleted_email", &context, &user.email)
}
