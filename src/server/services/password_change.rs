//! Password change (old password required) and the shared "set a new password" step.

use super::InternalError;
use crate::domain::account_forms::{PasswordChangeInput, WRONG_OLD_PASSWORD};
use crate::domain::password::{Password, PasswordRules, UserAttributes};
use crate::domain::FieldErrors;
use crate::server::db::users::{self, UserRow};
use crate::server::db::{self, reset_tokens, Tx};
use crate::server::password;
use crate::server::state::Core;
use chrono::Utc;

#[derive(Debug, thiserror::Error)]
pub enum PasswordFormError {
    #[error("the form has errors")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<sqlx::Error> for PasswordFormError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(e.into())
    }
}

/// The configured validators with the bundled common-password list.
pub fn password_rules(core: &Core) -> PasswordRules<'static> {
    PasswordRules { policy: core.settings.registration_form.password, is_common: &password::is_common }
}

pub fn attributes(user: &UserRow) -> UserAttributes<'_> {
    UserAttributes { username: &user.username, email: &user.email }
}

/// Changes the password of a logged-in user; returns the user with the new hash.
#[tracing::instrument(name = "service.change_password", skip_all, fields(user.id = user.id))]
pub async fn change_password(
    core: &Core,
    user: &UserRow,
    input: &PasswordChangeInput,
) -> Result<UserRow, PasswordFormError> {
    let mut errors = input.check(attributes(user), password_rules(core));
    if !input.old_password.is_empty()
        && !password::verify(input.old_password.expose().to_owned(), user.password.clone()).await
    {
        errors.add("old_password", WRONG_OLD_PASSWORD);
    }
    if !errors.is_empty() {
        return Err(PasswordFormError::Invalid(errors));
    }
    let mut tx = db::begin_write(&core.db).await?;
    set_password(&mut tx, user.id, &input.new_password1).await?;
    tx.commit().await?;
    super::events::emit(&core.events, super::events::Event::PasswordChanged { user_id: user.id });
    Ok(users::by_id(&core.db, user.id).await?.ok_or(InternalError::Other("user vanished".into()))?)
}

/// Stores a new hash and kills outstanding reset tokens (sessions die with the old hash).
pub async fn set_password(
    tx: &mut Tx,
    user_id: i64,
    new_password: &Password,
) -> Result<(), PasswordFormError> {
    let hash = password::hash(new_password.expose().to_owned()).await.map_err(InternalError::Other)?;
    users::set_password(tx, user_id, &hash).await?;
    reset_tokens::revoke_all(tx, user_id, Utc::now()).await?;
    Ok(())
}
