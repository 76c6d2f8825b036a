//! Password change (old password required) and the shared "set a new password" step. The new
//! hash is computed before the write transaction opens, so no writer waits behind Argon2.

use super::audit;
use super::security_notice::{self, Notice, NoticeKind};
use super::RequestCtx;
use crate::domain::account_forms::{PasswordChangeInput, WRONG_OLD_PASSWORD};
use crate::domain::password::{Password, PasswordRules, UserAttributes};
use crate::server::db::users::{self, UserRow};
use crate::server::db::{self, reset_tokens, user_sessions};
use crate::server::error::AppError;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use crate::server::{password, session};
use chrono::Utc;

/// The configured validators with the bundled common-password list.
pub fn password_rules(core: &Core) -> PasswordRules<'static> {
    PasswordRules { policy: core.settings.registration_form.password, is_common: &password::is_common }
}

pub fn attributes(user: &UserRow) -> UserAttributes<'_> {
    UserAttributes { username: &user.username, email: &user.email }
}

/// Whether this visitor may see the password-change form.
pub fn may_change_password(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    super::logged_in(core, ctx).map(|_| ())
}

/// Changes the logged-in user's password. This session stays logged in (with the new
/// digest); every other session of the user ends; a security notice goes to its address.
#[tracing::instrument(name = "service.change_password", skip_all)]
pub async fn change_password(
    core: &Core,
    ctx: &RequestCtx,
    input: &PasswordChangeInput,
) -> Result<(), AppError> {
    may_change_password(core, ctx)?;
    let user = ctx.user()?;
    // Counted before the old password is checked: a stolen session cannot guess it quickly.
    super::limit(core, Action::PasswordConfirm, ctx, Some(&user.username)).await?;
    let mut errors = input.check(attributes(user), password_rules(core));
    if !input.old_password.is_empty()
        && !password::verify(input.old_password.expose().to_owned(), user.password.clone()).await
    {
        errors.add("old_password", WRONG_OLD_PASSWORD);
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = hash(&input.new_password1).await?;
    let this_login = session::login_id(ctx.session()?).await?;
    let now = Utc::now();
    let mut tx = db::begin_write(&core.db).await?;
    set_password(&mut tx, user.id, &hash).await?;
    user_sessions::delete_others(&mut tx, user.id, this_login.as_deref()).await?;
    let notice = Notice { kind: NoticeKind::PasswordChanged, user, address: &user.email, new_email: None };
    security_notice::queue(core, &mut tx, ctx, &notice, now).await?;
    let changed = audit::by_user(ctx, (user.id, &user.username), audit::Action::PasswordChanged, now);
    db::audit::record(&mut tx, &changed).await?;
    tx.commit().await?;
    core.outbox_wakeup.notify_one();
    tracing::info!(user.id = user.id, "password changed");
    super::events::emit(&core.events, super::events::Event::PasswordChanged { user_id: user.id });
    if let Some(updated) = users::by_id(&core.db, user.id).await? {
        session::renew(ctx.session()?, &updated).await?;
    }
    Ok(())
}

/// Hashes a new password on the hashing threads (never inside a transaction).
pub async fn hash(new_password: &Password) -> Result<String, AppError> {
    Ok(password::hash(new_password.expose().to_owned()).await?)
}

/// Stores a new hash and kills outstanding reset tokens (sessions die with the old hash).
pub async fn set_password(tx: &mut db::Tx, user_id: i64, hash: &str) -> Result<(), AppError> {
    users::set_password(tx, user_id, hash).await?;
    reset_tokens::revoke_all(tx, user_id, Utc::now()).await?;
    Ok(())
}
