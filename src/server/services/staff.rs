//! Staff accounts: granting and revoking staff rights, and creating an active staff account
//! from the command line (`createsuperuser`). Each change writes its audit row.

use super::admin::AdminOutcome;
use super::audit::{self, Action, Actor};
use crate::domain::email::EmailAddress;
use crate::domain::password::{self as rules, Password, UserAttributes};
use crate::domain::username::Username;
use crate::domain::FieldErrors;
use crate::server::db::{self, users};
use crate::server::error::AppError;
use crate::server::state::Core;
use chrono::Utc;

/// Grants (`staff`) or revokes staff rights; `AlreadyActive` when nothing changes.
pub async fn set_staff(
    core: &Core,
    actor: &Actor,
    username_input: &str,
    staff: bool,
) -> Result<AdminOutcome, AppError> {
    let normalized = crate::domain::username::normalize(username_input);
    let Some(user) = users::by_username(&core.db, &normalized).await? else {
        return Ok(AdminOutcome::NoRegistration);
    };
    let mut tx = db::begin_write(&core.db).await?;
    if !users::set_staff(&mut tx, user.id, staff).await? {
        return Ok(AdminOutcome::AlreadyActive);
    }
    let action = if staff { Action::StaffGranted } else { Action::StaffRevoked };
    db::audit::record(
        &mut tx,
        &audit::entry((user.id, &user.username), action, actor.clone(), None, Utc::now()),
    )
    .await?;
    tx.commit().await?;
    Ok(AdminOutcome::Done)
}

/// An active staff account, under the registration form's rules for its fields.
pub async fn create_superuser(
    core: &Core,
    username: &str,
    email: &str,
    password: &Password,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::new();
    let name = Username::parse(username).map_err(|e| errors.extend_field("username", e)).ok();
    let address = EmailAddress::parse(email).map_err(|e| errors.extend_field("email", e)).ok();
    let user = UserAttributes { username, email };
    let policy = super::password_change::password_rules(core);
    errors.extend_field("password", rules::validate(password.expose(), user, policy));
    let (Some(name), Some(address)) = (name, address) else { return Err(AppError::Invalid(errors)) };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = crate::server::password::hash(password.expose().to_owned()).await?;
    let now = Utc::now();
    let new_user = users::NewUser {
        username: name.as_str(),
        username_normalized: name.normalized(),
        email: address.as_str(),
        email_normalized: address.normalized(),
        password_hash: &hash,
        date_joined: now,
        language: core.catalogues.default_language(),
    };
    let mut tx = db::begin_write(&core.db).await?;
    let user_id = match users::insert(&mut tx, &new_user).await {
        Err(e) if db::is_unique_violation(&e, db::USERNAME_UNIQUE) => {
            return Err(AppError::Invalid(FieldErrors::single(
                "username",
                crate::domain::messages::DUPLICATE_USERNAME,
            )));
        }
        other => other?,
    };
    users::make_active_staff(&mut tx, user_id).await?;
    let account = (user_id, name.as_str());
    db::audit::record(&mut tx, &audit::entry(account, Action::Registered, Actor::Cli, None, now)).await?;
    db::audit::record(&mut tx, &audit::entry(account, Action::StaffGranted, Actor::Cli, None, now)).await?;
    tx.commit().await?;
    Ok(())
}
