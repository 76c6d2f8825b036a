//! `activate/<key>/`: GET activates (302 to `activate/complete/`) or shows why not (200).
//! With `REGISTRATION_AUTO_LOGIN`, GET only shows a confirm button and the POST from it
//! activates and logs in, so link scanners never obtain a session. HEAD changes nothing.

use super::account::Outcome;
use super::pages::{render_page, render_with};
use crate::api::types::ActivationSeed;
use crate::domain::activation::{self, ActivationKey};
use crate::server::db::profiles;
use crate::server::services::activate::activate;
use crate::server::services::InternalError;
use crate::server::session;
use crate::server::state::AppState;
use crate::ui::pages::activate::ActivationFailedPage;
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use leptos::prelude::IntoAny;
use tower_sessions::Session;

pub const COMPLETE: &str = "/accounts/activate/complete/";

pub async fn follow_link(
    State(state): State<AppState>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    if state.core.settings.auto_login {
        let seed = match pending_key(&state, &key).await {
            Ok(Ok(())) => ActivationSeed::Confirm,
            Ok(Err(reason)) => ActivationSeed::Failed(reason),
            Err(e) => return unavailable(e.into()),
        };
        return render_with(&state, &parts, Some(seed)).await;
    }
    match activate(&state.core, &key).await {
        Ok(Ok(_user_id)) => super::found(COMPLETE),
        Ok(Err(reason)) => failure_page(&state, &parts, reason).await,
        Err(e) => unavailable(e),
    }
}

/// The confirm button's POST (auto-login mode only).
pub async fn confirm(State(state): State<AppState>, Path(key): Path<String>, request: Request) -> Response {
    if !state.core.settings.auto_login {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let (parts, _) = request.into_parts();
    let Some(session) = parts.extensions.get::<Session>().cloned() else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    match confirm_and_log_in(&state, &session, &key).await {
        Ok(Ok(())) => super::found(COMPLETE),
        Ok(Err(reason)) => failure_page(&state, &parts, reason).await,
        Err(e) => unavailable(e),
    }
}

/// The hydrated confirm button's outcome.
pub async fn confirm_outcome(state: &AppState, session: &Session, key: &str) -> Outcome {
    match confirm_and_log_in(state, session, key).await {
        Ok(Ok(())) => Outcome::Redirect(COMPLETE.to_owned()),
        // The page itself explains failures: reload it.
        _ => Outcome::Redirect(format!("/accounts/activate/{key}/")),
    }
}

async fn confirm_and_log_in(
    state: &AppState,
    session: &Session,
    key: &str,
) -> Result<Result<(), activation::ActivationFailure>, InternalError> {
    if !state.core.settings.auto_login {
        return Ok(Err(activation::ActivationFailure::Invalid));
    }
    let user_id = match activate(&state.core, key).await? {
        Ok(user_id) => user_id,
        Err(reason) => return Ok(Err(reason)),
    };
    if let Some(user) = crate::server::db::users::by_id(&state.core.db, user_id).await? {
        session::log_in(session, &user).await.map_err(|e| InternalError::Other(e.to_string()))?;
    }
    Ok(Ok(()))
}

/// Whether the key could be activated now, without changing anything.
async fn pending_key(
    state: &AppState,
    raw: &str,
) -> Result<Result<(), activation::ActivationFailure>, sqlx::Error> {
    let Some(key) = ActivationKey::parse(raw) else {
        return Ok(Err(activation::ActivationFailure::Invalid));
    };
    let Some(found) = profiles::state_by_key(&state.core.db, key.expose()).await? else {
        return Ok(Err(activation::ActivationFailure::Invalid));
    };
    Ok(activation::decide_activation(&found, state.core.settings.account_activation_days, Utc::now()))
}

fn unavailable(e: InternalError) -> Response {
    tracing::error!(error = %e, "activation failed");
    let body = "Activation is unavailable right now. Please try the link again in a moment.";
    (StatusCode::SERVICE_UNAVAILABLE, [("retry-after", "5")], body).into_response()
}

async fn failure_page(state: &AppState, parts: &Parts, reason: activation::ActivationFailure) -> Response {
    let page = || ActivationFailedPage().into_any();
    render_page(state, parts, Some(ActivationSeed::Failed(reason)), page).await
}

/// Link checkers may probe with HEAD; answer without touching the account.
pub async fn probe() -> StatusCode {
    StatusCode::OK
}
