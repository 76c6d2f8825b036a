//! `login` and `logout`: Argon2id verification off the executor, the same answer (and about
//! the same time) for unknown users, inactive users and wrong passwords; old hashes are
//! upgraded; a fresh session id at each login.

use super::RequestCtx;
use crate::domain::account_forms::{LoginInput, INVALID_LOGIN};
use crate::domain::password::Password;
use crate::domain::redirect::safe_next;
use crate::domain::{username, FieldErrors};
use crate::server::db::users::{self, UserRow};
use crate::server::error::AppError;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use crate::server::{password, session};
use chrono::Utc;

/// A successful login: who, and where to go next (a safe local `next`, else
/// `LOGIN_REDIRECT_URL`).
#[derive(Clone, Debug)]
pub struct LoggedIn {
    pub user: UserRow,
    pub redirect: String,
}

/// The login form: rate limit, required fields, credentials, then a new session.
#[tracing::instrument(name = "service.log_in", skip_all)]
pub async fn log_in(core: &Core, ctx: &RequestCtx, input: &LoginInput) -> Result<LoggedIn, AppError> {
    super::auth_views_on(core)?;
    super::limit(core, Action::Login, ctx, &input.username)?;
    let errors = input.check();
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let Some(user) = authenticate(core, &input.username, &input.password).await? else {
        return Err(AppError::Invalid(FieldErrors::single(FieldErrors::NON_FIELD, INVALID_LOGIN)));
    };
    session::log_in(ctx.session()?, &user).await?;
    let redirect = safe_next(&input.next).unwrap_or(&core.settings.login_redirect_url).to_owned();
    Ok(LoggedIn { user, redirect })
}

/// Ends the session entirely (logged in or not).
#[tracing::instrument(name = "service.log_out", skip_all)]
pub async fn log_out(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    session::log_out(ctx.session()?).await?;
    Ok(())
}

/// The logged-in user (the `profile/` page and `GET me`).
pub fn me<'a>(core: &Core, ctx: &'a RequestCtx) -> Result<&'a UserRow, AppError> {
    super::auth_views_on(core)?;
    ctx.user()
}

/// The active user with these credentials, or `None` (one answer for every kind of wrong).
pub async fn authenticate(
    core: &Core,
    username_input: &str,
    secret: &Password,
) -> Result<Option<UserRow>, AppError> {
    let Some(user) = users::by_username(&core.db, &username::normalize(username_input)).await? else {
        password::verify_dummy(secret.expose().to_owned()).await;
        return Ok(None);
    };
    let matches = password::verify(secret.expose().to_owned(), user.password.clone()).await;
    if !matches || !user.is_active {
        return Ok(None);
    }
    if password::needs_rehash(&user.password) {
        let fresh = password::hash(secret.expose().to_owned()).await?;
        users::upgrade_password_hash(&core.db, user.id, &user.password, &fresh).await?;
    }
    users::touch_last_login(&core.db, user.id, Utc::now()).await?;
    tracing::info!(user.id = user.id, "user logged in");
    super::events::emit(&core.events, super::events::Event::UserLoggedIn { user_id: user.id });
    // Reload so the session digest matches an upgraded hash.
    Ok(Some(users::by_id(&core.db, user.id).await?.unwrap_or(user)))
}
