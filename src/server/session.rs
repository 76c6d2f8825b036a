//! Who is logged in: tower-sessions (stored in the database) holding the user id, a digest
//! of the password hash (Django's session auth hash) and the session's login id, whose row in
//! `user_sessions` lists it on the profile. All three are checked on every request: a changed
//! password or a deleted login row ends the session.

use super::db::user_sessions::{self, NewLogin};
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

/// The session cookie's name (Django's).
pub const COOKIE: &str = "sessionid";

#[derive(Serialize, Deserialize)]
struct SessionAuth {
    user_id: i64,
    hash: String,
    login: String,
}

/// How long a login that is not remembered lives on the server without a request (its cookie
/// ends with the browser sooner): the session layer's default inactivity.
const UNREMEMBERED: std::time::Duration = std::time::Duration::from_secs(14 * 24 * 3600);

/// A login's row is refreshed at most this often (reads are free, writes are not).
const SEEN_EVERY_MS: i64 = 60_000;

/// The browser and address a login came from (what the profile shows of it).
#[derive(Clone, Copy, Debug)]
pub struct Client<'a> {
    pub ip: std::net::IpAddr,
    pub user_agent: &'a str,
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

/// Logs `user` in with a fresh session id and a new login row. Remembered, the session lasts
/// `remember_for` after the last request; otherwise its cookie ends with the browser.
pub async fn log_in(
    core: &Core,
    session: &Session,
    user: &UserRow,
    remember_for: Option<std::time::Duration>,
    client: Client<'_>,
) -> Result<(), AppError> {
    session.cycle_id().await?;
    let expiry = match remember_for.and_then(|d| time::Duration::try_from(d).ok()) {
        Some(inactivity) => tower_sessions::Expiry::OnInactivity(inactivity),
        None => tower_sessions::Expiry::OnSessionEnd,
    };
    session.set_expiry(Some(expiry));
    let login = new_login_id();
    let now = chrono::Utc::now();
    let lifetime = chrono::Duration::from_std(remember_for.unwrap_or(UNREMEMBERED)).unwrap_or_default();
    let user_agent: String = client.user_agent.chars().take(300).collect();
    let row = NewLogin {
        id: &login,
        user_id: user.id,
        user_agent: &user_agent,
        ip: &client.ip.to_string(),
        now,
        expires_at: now + lifetime,
    };
    user_sessions::insert(&core.db, &row).await?;
    remember_user(session, user, login).await?;
    Ok(())
}

fn new_login_id() -> String {
    let mut raw = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut raw);
    hex::encode(raw)
}

/// Keeps `user` logged in under a fresh session id, as the same login and for as long as
/// before (after a password change, whose new hash the session must carry).
pub async fn renew(session: &Session, user: &UserRow) -> Result<(), AppError> {
    let login = login_id(session).await?.unwrap_or_else(new_login_id);
    session.cycle_id().await?;
    remember_user(session, user, login).await?;
    Ok(())
}

async fn remember_user(
    session: &Session,
    user: &UserRow,
    login: String,
) -> Result<(), tower_sessions::session::Error> {
    let auth = SessionAuth { user_id: user.id, hash: session_auth_hash(&user.password), login };
    session.insert(AUTH_KEY, auth).await
}

/// The login id of this session, if it is logged in.
pub async fn login_id(session: &Session) -> Result<Option<String>, tower_sessions::session::Error> {
    Ok(session.get::<SessionAuth>(AUTH_KEY).await.ok().flatten().map(|auth| auth.login))
}

/// Ends the session entirely, and its login row.
pub async fn log_out(core: &Core, session: &Session) -> Result<(), AppError> {
    if session.id().is_none() && session.is_empty().await {
        return Ok(()); // Nothing stored, nothing to end.
    }
    if let Ok(Some(auth)) = session.get::<SessionAuth>(AUTH_KEY).await {
        user_sessions::delete(&core.db, &auth.login, auth.user_id).await?;
    }
    session.flush().await?;
    Ok(())
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
    let user = match users::by_id(&core.db, auth.user_id).await? {
        Some(user) if user.is_active && session_auth_hash(&user.password) == auth.hash => user,
        _ => return forget(session).await,
    };
    let now = chrono::Utc::now();
    match user_sessions::last_seen(&core.db, &auth.login, user.id, now).await? {
        Some(seen) if now.timestamp_millis() - seen < SEEN_EVERY_MS => {}
        Some(_) => user_sessions::touch(&core.db, &auth.login, now).await?,
        None => return forget(session).await, // Signed out from elsewhere.
    }
    Ok(Some(user))
}

async fn forget(session: &Session) -> Result<Option<UserRow>, AppError> {
    let _ = session.flush().await;
    Ok(None)
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
        .with_name(COOKIE)
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_expiry(tower_sessions::Expiry::OnInactivity(time::Duration::weeks(2))))
}
