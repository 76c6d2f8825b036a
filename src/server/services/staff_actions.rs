//! What staff do to an account from its admin page: activate, resend the activation mail,
//! extend the activation period, deactivate, reactivate, force a password reset, end every
//! session, delete. Each is confirmed with the staff member's password when their login is
//! older than 15 minutes, and writes one audit row naming them.

use super::admin::{self, AdminOutcome};
use super::audit::{self, Action, By};
use super::people::{recently_logged_in, staff};
use super::RequestCtx;
use crate::domain::email::EmailAddress;
use crate::domain::message::Msg;
use crate::domain::password::Password;
use crate::domain::FieldErrors;
use crate::server::db::users::UserRow;
use crate::server::db::{self, profiles, user_sessions, users};
use crate::server::error::AppError;
use crate::server::rate_limit::Action as Limited;
use crate::server::state::Core;
use chrono::Utc;

/// A staff action on an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffAction {
    Activate,
    Resend,
    Extend,
    Deactivate,
    Reactivate,
    ForceReset,
    EndSessions,
    Delete,
}

impl StaffAction {
    pub const ALL: [Self; 8] = [
        Self::Activate,
        Self::Resend,
        Self::Extend,
        Self::Deactivate,
        Self::Reactivate,
        Self::ForceReset,
        Self::EndSessions,
        Self::Delete,
    ];

    /// The action's name in forms and URLs.
    pub fn name(self) -> &'static str {
        match self {
            Self::Activate => "activate",
            Self::Resend => "resend",
            Self::Extend => "extend",
            Self::Deactivate => "deactivate",
            Self::Reactivate => "reactivate",
            Self::ForceReset => "force-reset",
            Self::EndSessions => "end-sessions",
            Self::Delete => "delete",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }
}

const NOTHING_TO_DO: Msg = Msg::id("admin-nothing-to-do");

fn refused(message: Msg) -> AppError {
    AppError::Invalid(FieldErrors::single(FieldErrors::NON_FIELD, message))
}

/// Does `action` to the account `user_id` for the staff member of `ctx`.
pub async fn act(
    core: &Core,
    ctx: &RequestCtx,
    user_id: i64,
    action: StaffAction,
    password: &Password,
) -> Result<(), AppError> {
    let me = staff(ctx)?;
    confirm_identity(core, ctx, me, password).await?;
    let target = users::by_id(&core.db, user_id).await?.ok_or(AppError::NotFound)?;
    if target.id == me.id && matches!(action, StaffAction::Delete | StaffAction::Deactivate) {
        return Err(refused(Msg::id("admin-not-yourself")));
    }
    let by = By::staff(&me.username, ctx);
    let done = match action {
        StaffAction::Activate => {
            admin::activate(core, &by, &target.username, true, Utc::now()).await? == AdminOutcome::Done
        }
        StaffAction::Deactivate => {
            admin::deactivate(core, &by, &target.username).await? == AdminOutcome::Done
        }
        StaffAction::Resend => {
            let address = EmailAddress::from_trusted(target.email.clone());
            super::resend::resend_activation(core, &address, &ctx.site, &by).await?.queued > 0
        }
        other => in_one_transaction(core, ctx, &target, other, &by).await?,
    };
    if done {
        Ok(())
    } else {
        Err(refused(NOTHING_TO_DO))
    }
}

/// The actions that are one write transaction here.
async fn in_one_transaction(
    core: &Core,
    ctx: &RequestCtx,
    target: &UserRow,
    action: StaffAction,
    by: &By,
) -> Result<bool, AppError> {
    let now = Utc::now();
    let account = (target.id, target.username.as_str());
    let mut tx = db::begin_write(&core.db).await?;
    let (changed, recorded) = match action {
        StaffAction::Extend => (profiles::extend(&mut tx, target.id, now).await?, Action::ActivationExtended),
        StaffAction::Reactivate => (users::reactivate(&mut tx, target.id).await?, Action::Reactivated),
        StaffAction::EndSessions => {
            user_sessions::delete_others(&mut tx, target.id, None).await?;
            (true, Action::SessionsEnded)
        }
        StaffAction::ForceReset => {
            user_sessions::delete_others(&mut tx, target.id, None).await?;
            super::password_reset::queue_reset(core, &mut tx, &ctx.site, target, now).await?;
            (true, Action::PasswordResetForced)
        }
        StaffAction::Delete => (users::delete(&mut tx, target.id).await?, Action::Deleted),
        _ => (false, Action::Deleted),
    };
    if !changed {
        return Ok(false);
    }
    db::audit::record(&mut tx, &by.entry(account, recorded, now)).await?;
    if action == StaffAction::Delete {
        db::audit::mark_deleted(&mut tx, target.id, &audit::address_digest(&target.email)).await?;
    }
    tx.commit().await?;
    if action == StaffAction::ForceReset {
        core.outbox_wakeup.notify_one();
    }
    Ok(true)
}

/// A staff member whose login is older than `REAUTH_AFTER` confirms with their password (rate
/// limited as every password check is); a right one counts as a fresh login.
async fn confirm_identity(
    core: &Core,
    ctx: &RequestCtx,
    me: &UserRow,
    password: &Password,
) -> Result<(), AppError> {
    let now = Utc::now();
    if recently_logged_in(me, now) {
        return Ok(());
    }
    if password.is_empty() {
        return Err(AppError::Invalid(FieldErrors::single("password", Msg::id("admin-password-required"))));
    }
    super::limit(core, Limited::PasswordConfirm, ctx, Some(&me.username)).await?;
    if !crate::server::password::verify(password.expose().to_owned(), me.password.clone()).await {
        let wrong = crate::domain::account_forms::WRONG_PASSWORD;
        return Err(AppError::Invalid(FieldErrors::single("password", wrong)));
    }
    let mut tx = db::begin_write(&core.db).await?;
    users::touch_last_login(&mut tx, me.id, now).await?;
    tx.commit().await?;
    Ok(())
}
