//! Who is logged in: tower-sessions (stored in the database) holding the user id and a digest
//! of the password hash, checked on every request (Django's session auth hash).

use super::db::users::{self, UserRow};
use super::error::AppError;
use super::password::session_auth_hash;
use super::session_store::Store;
use super::state::Core;
use crate::api::types::UserSummary;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const AUTH_KEY: &str = "auth";

#[derive(Serialize, Deserialize)]
struct SessionAuth {
    user_id: i64,
    hash: String,
}

/// The logged-in user of a request (request extension, set by `attach_user`).
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Option<UserRow>);

/// Request extension: the session names a user, but the database could not say who (it is
/// away). Use cases that depend on the user answer 503 instead of treating the visitor as
/// anonymous.
#[derive(Clone, Copy, Debug)]
pub struct UserUnknown;

impl CurrentUser {
    pub fn summary(&self) -> Option<UserSummary> {
        self.0.as_ref().map(|u| UserSummary { username: u.username.clone(), email: u.email.clone() })
    }
}

/// Logs `user` in with a fresh session id. Remembered, the session lasts `remember_for` after
/// the last request; otherwise its cookie ends with the browser.
pub async fn log_in(
    session: &Session,
    user: &UserRow,
    remember_for: Option<std::time::Duration>,
) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    let expiry = match remember_for.and_then(|d| time::Duration::try_from(d).ok()) {
        Some(inactivity) => tower_sessions::Expiry::OnInactivity(inactivity),
        None => tower_sessions::Expiry::OnSessionEnd,
    };
    session.set_expiry(Some(expiry));
    remember_user(session, user).await
}

/// Keeps `user` logged in under a fresh session id, for as long as before (after a password
/// change, whose new hash the session must carry).
pub async fn renew(session: &Session, user: &UserRow) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    remember_user(session, user).await
}

async fn remember_user(session: &Session, user: &UserRow) -> Result<(), tower_sessions::session::Error> {
    session.insert(AUTH_KEY, SessionAuth { user_id: user.id, hash: session_auth_hash(&user.password) }).await
}

/// Ends the session entirely.
pub async fn log_out(session: &Session) -> Result<(), tower_sessions::session::Error> {
    if session.id().is_none() && session.is_empty().await {
        return Ok(()); // Nothing stored, nothing to end.
    }
    session.flush().await
}

/// The session's user, if it is still active and its password has not changed since; an
/// error when the database (holding the session or the user) cannot say. The session is kept.
pub async fn current_user(core: &Core, session: &Session) -> Result<Option<UserRow>, AppError> {
    let auth = match session.get::<SessionAuth>(AUTH_KEY).await {
        Ok(Some(auth)) => auth,
        Err(e @ tower_sessions::session::Error::Store(_)) => return Err(e.into()),
        // No login in this session, or one in an older format.
        Ok(None) | Err(_) => return Ok(None),
    };
    match users::by_id(&core.db, auth.user_id).await? {
        Some(user) if user.is_active && session_auth_hash(&user.password) == auth.hash => Ok(Some(user)),
        _ => {
            let _ = session.flush().await;
            Ok(None)
        }
    }
}

/// Middleware: resolves the current user once per request.
pub async fn attach_user(State(core): State<Core>, mut request: Request, next: Next) -> Response {
    let user = match request.extensions().get::<Session>().cloned() {
        Some(session) => current_user(&core, &session).await,
        None => Ok(None),
    };
    match user {
        Ok(user) => request.extensions_mut().insert(CurrentUser(user)),
        Err(e) => {
            tracing::warn!(error = %super::error::chain(&e), "the session's user could not be loaded");
            request.extensions_mut().insert(UserUnknown);
            request.extensions_mut().insert(CurrentUser(None))
        }
    };
    next.run(request).await
}

/// The session layer: database-backed, HttpOnly, SameSite=Lax, Secure on https sites; expired
/// sessions are deleted hourly in the background.
pub async fn layer(core: &Core) -> Result<tower_sessions::SessionManagerLayer<Store>, String> {
    let store = Store::open(&core.db).await.map_err(|e| format!("cannot create the session table: {e}"))?;
    store.spawn_expiry(std::time::Duration::from_secs(3600));
    let secure = core.settings.site.scheme.as_deref() == Some("https");
    Ok(tower_sessions::SessionManagerLayer::new(store)
        .with_name("sessionid")
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_expiry(tower_sessions::Expiry::OnInactivity(time::Duration::weeks(2))))
}
