//! Use cases, one per module, shared by every door (plain forms, server functions, the JSON
//! API) and the CLI. Each owns every rule of its action: feature gates, the logged-in rule,
//! rate limits, when work happens, events and metrics. Transactions live here; nothing here
//! knows about HTTP.

pub mod activate;
pub mod address_taken;
pub mod admin;
pub mod audit;
pub mod background;
pub mod cleanup;
pub mod context;
pub mod delete_account;
pub mod email_change;
pub mod events;
pub mod funnel;
pub mod language;
pub mod login;
pub mod mail_admin;
pub mod notify;
pub mod outgoing;
pub mod password_change;
pub mod password_reset;
pub mod people;
pub mod profile;
pub mod register;
pub mod resend;
pub mod security_notice;
pub mod sessions;
pub mod staff;
pub mod staff_actions;
pub mod tokens;

pub use context::RequestCtx;

use crate::server::error::AppError;
use crate::server::rate_limit::{Action, Refused};
use crate::server::state::Core;

/// Counts one attempt of `action` by this client (and about `target`, if any), or refuses it.
async fn limit(core: &Core, action: Action, ctx: &RequestCtx, target: Option<&str>) -> Result<(), AppError> {
    core.rate_limits.check(action, ctx.client_ip, target).await.map_err(|refused| match refused {
        Refused::Exceeded(wait) => AppError::RateLimited { retry_after: wait.as_secs() + 1 },
        Refused::Store(e) => AppError::from(e),
    })
}

/// The rule of every page for a logged-in user: the account views are on and the visitor is
/// logged in (else `NotFound`, `LoginRequired` or `UserUnavailable`).
fn logged_in<'a>(
    core: &Core,
    ctx: &'a RequestCtx,
) -> Result<&'a crate::server::db::users::UserRow, AppError> {
    auth_views_on(core)?;
    ctx.user()
}

/// The account views (`INCLUDE_AUTH_URLS`): switched off, they do not exist on any door.
fn auth_views_on(core: &Core) -> Result<(), AppError> {
    if core.settings.include_auth_urls {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
