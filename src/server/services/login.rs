//! `login` and `logout`: Argon2id verification off the executor, the same answer (and about
//! the same time) for unknown users, inactive users and wrong passwords; old hashes are
//! upgraded; a fresh session id at each login.

use super::audit::{self, Actor};
use super::RequestCtx;
use crate::domain::account_forms::{LoginField, LoginInput};
use crate::domain::password::Password;
use crate::domain::redirect::safe_next;
use crate::domain::{username, FieldErrors};
use crate::server::db;
use crate::server::db::users::{self, UserRow};
use crate::server::error::AppError;
use crate::server::login_throttle::Client;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use crate::server::{device, password, session};
use chrono::Utc;
use std::time::Instant;

/// A successful login: who, where to go next (a safe local `next`, else
/// `LOGIN_REDIRECT_URL`), and the device cookie that remembers this browser (`Set-Cookie`).
#[derive(Clone, Debug)]
pub struct LoggedIn {
    pub user: UserRow,
    pub redirect: String,
    pub device_cookie: String,
}

/// The login form: the client's rate limit, required fields, failed-login waits (see
/// `login_throttle`), credentials, then a new session.
#[tracing::instrument(name = "service.log_in", skip_all)]
pub async fn log_in(core: &Core, ctx: &RequestCtx, input: &LoginInput) -> Result<LoggedIn, AppError> {
    super::auth_views_on(core)?;
    // Per client address only: a quota per username would let anyone lock its owner out.
    super::limit(core, Action::Login, ctx, None).await?;
    let errors = input.check();
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let name = username::normalize(&input.username);
    let client = match &ctx.device {
        Some(token) if core.device_key.is_for(token, &name) => Client::KnownDevice,
        _ => Client::Address(ctx.client_ip),
    };
    let throttled = core.settings.rate_limits.enabled;
    if throttled {
        core.login_throttle
            .check(&name, client, Instant::now())
            .map_err(|wait| AppError::RateLimited { retry_after: wait.as_secs() + 1 })?;
    }
    let Some(user) = authenticate(core, &input.username, &input.password).await? else {
        if throttled {
            core.login_throttle.record_failure(&name, client, Instant::now());
        }
        let message = core.settings.login_field.invalid_login();
        return Err(AppError::Invalid(FieldErrors::single(FieldErrors::NON_FIELD, message)));
    };
    core.login_throttle.record_success(&name, client);
    let remember_for = input.remember.then_some(core.settings.session_remember);
    session::log_in(core, ctx.session()?, &user, remember_for, ctx.client()).await?;
    let redirect = safe_next(&input.next).unwrap_or(&core.settings.login_redirect_url).to_owned();
    let secure = core.settings.site.scheme.as_deref() == Some("https");
    let device_cookie = device::set_cookie(&core.device_key.token(&name), secure);
    Ok(LoggedIn { user, redirect, device_cookie })
}

/// Ends the session entirely (logged in or not).
#[tracing::instrument(name = "service.log_out", skip_all)]
pub async fn log_out(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    super::auth_views_on(core)?;
    session::log_out(core, ctx.session()?).await
}

/// The logged-in user (the `profile/` page and `GET me`).
pub fn me<'a>(core: &Core, ctx: &'a RequestCtx) -> Result<&'a UserRow, AppError> {
    super::logged_in(core, ctx)
}

/// The active user with these credentials, or `None` (one answer for every kind of wrong).
pub async fn authenticate(
    core: &Core,
    username_input: &str,
    secret: &Password,
) -> Result<Option<UserRow>, AppError> {
    let Some(user) = find(core, username_input).await? else {
        password::verify_dummy(secret.expose().to_owned()).await;
        return Ok(None);
    };
    let matches = password::verify(secret.expose().to_owned(), user.password.clone()).await;
    let now = Utc::now();
    if !matches || !user.is_active {
        let failed =
            audit::entry((user.id, &user.username), audit::Action::LoginFailed, Actor::User, None, now);
        db::audit::record_alone(&core.db, &failed).await?;
        return Ok(None);
    }
    if password::needs_rehash(&user.password) {
        let fresh = password::hash(secret.expose().to_owned()).await?;
        users::upgrade_password_hash(&core.db, user.id, &user.password, &fresh).await?;
    }
    let mut tx = db::begin_write(&core.db).await?;
    users::touch_last_login(&mut tx, user.id, now).await?;
    let succeeded =
        audit::entry((user.id, &user.username), audit::Action::LoginSucceeded, Actor::User, None, now);
    db::audit::record(&mut tx, &succeeded).await?;
    tx.commit().await?;
    tracing::info!(user.id = user.id, "user logged in");
    super::events::emit(&core.events, super::events::Event::UserLoggedIn { user_id: user.id });
    // Reload so the session digest matches an upgraded hash.
    Ok(Some(users::by_id(&core.db, user.id).await?.unwrap_or(user)))
}

/// The account the login form's first field names (`LOGIN_FIELD`). An address names an
/// account only when exactly one account has it; a username is tried first.
async fn find(core: &Core, identifier: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let field = core.settings.login_field;
    if field != LoginField::Email {
        let by_name = users::by_username(&core.db, &username::normalize(identifier)).await?;
        if by_name.is_some() || field == LoginField::Username {
            return Ok(by_name);
        }
    }
    let mut holders = users::by_address(&core.db, identifier.trim()).await?;
    Ok(if holders.len() == 1 { holders.pop() } else { None })
}
