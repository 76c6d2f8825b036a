//! The profile's sessions: the account's logged-in sessions with browser, address and last
//! request, "sign out" of one, and "sign out everywhere else". A session whose login row is
//! gone is logged out at its next request (see `server::session`).

use super::RequestCtx;
use crate::api::types::SessionSummary;
use crate::domain::account_forms::SessionInput;
use crate::domain::user_agent;
use crate::server::db::{self, from_millis, user_sessions};
use crate::server::error::AppError;
use crate::server::session;
use crate::server::state::Core;
use chrono::{SecondsFormat, Utc};

/// The logged-in user's live sessions, most recently seen first, this one marked.
pub async fn list_sessions(core: &Core, ctx: &RequestCtx) -> Result<Vec<SessionSummary>, AppError> {
    let user = super::logged_in(core, ctx)?;
    let this_login = session::login_id(ctx.session()?).await?;
    let rows = user_sessions::list(&core.db, user.id, Utc::now()).await?;
    let time = |ms: i64| from_millis(ms).to_rfc3339_opts(SecondsFormat::Secs, true);
    Ok(rows
        .into_iter()
        .map(|row| SessionSummary {
            this_device: this_login.as_deref() == Some(row.id.as_str()),
            browser: user_agent::describe(&row.user_agent),
            ip: row.ip,
            created_at: time(row.created_at),
            last_seen: time(row.last_seen),
            id: row.id,
        })
        .collect())
}

/// Signs out one session of the logged-in user (this one logs out). A handle that names no
/// session of theirs changes nothing and gets the same answer.
#[tracing::instrument(name = "service.end_session", skip_all)]
pub async fn end_session(core: &Core, ctx: &RequestCtx, input: &SessionInput) -> Result<(), AppError> {
    let user = super::logged_in(core, ctx)?;
    let this_login = session::login_id(ctx.session()?).await?;
    if this_login.as_deref() == Some(input.session.as_str()) {
        return session::log_out(core, ctx.session()?).await;
    }
    if user_sessions::delete(&core.db, input.session.trim(), user.id).await? {
        tracing::info!(user.id = user.id, "a session was signed out from another");
    }
    Ok(())
}

/// Signs out every session of the logged-in user but this one; returns how many ended.
#[tracing::instrument(name = "service.end_other_sessions", skip_all)]
pub async fn end_other_sessions(core: &Core, ctx: &RequestCtx) -> Result<u64, AppError> {
    let user = super::logged_in(core, ctx)?;
    let this_login = session::login_id(ctx.session()?).await?;
    let mut tx = db::begin_write(&core.db).await?;
    let ended = user_sessions::delete_others(&mut tx, user.id, this_login.as_deref()).await?;
    tx.commit().await?;
    tracing::info!(user.id = user.id, ended, "signed out everywhere else");
    Ok(ended)
}
