//! `activate/<key>/` (plain HTML door): GET follows the link — a page naming the account with
//! an "Activate my account" button (or, with `ACTIVATE_ON_GET`, activation and a 302 to
//! `activate/complete/`) — and the button's POST activates; a key that does not work shows
//! why (200). HEAD changes nothing.

use super::html::{error_page, found};
use super::pages::{render_page, render_with};
use crate::api::types::ActivationSeed;
use crate::domain::activation::ActivationFailure;
use crate::paths;
use crate::server::error::AppError;
use crate::server::services::activate::{confirm as confirm_activation, follow_link as follow, Followed};
use crate::server::services::resend::request_renewal;
use crate::server::services::RequestCtx;
use crate::server::state::AppState;
use crate::ui::pages::activate::{ActivationFailedPage, ActivationRenewedPage};
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::IntoAny;

pub async fn follow_link(
    State(state): State<AppState>,
    Path(key): Path<String>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match follow(&state.core, &ctx, &key).await {
        Ok(Followed::Activated) => found(paths::ACTIVATE_COMPLETE),
        Ok(Followed::NeedsConfirmation { username }) => {
            let seed = ActivationSeed::Confirm { username, logs_in: state.core.settings.auto_login };
            render_with(&state, &parts, Some(seed)).await
        }
        Err(e) => failure(&state, &parts, &key, e).await,
    }
}

/// The confirm button's POST.
pub async fn confirm(
    State(state): State<AppState>,
    Path(key): Path<String>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match confirm_activation(&state.core, &ctx, &key).await {
        Ok(_) => found(paths::ACTIVATE_COMPLETE),
        Err(e) => failure(&state, &parts, &key, e).await,
    }
}

async fn failure(state: &AppState, parts: &Parts, key: &str, error: AppError) -> Response {
    match error {
        AppError::ActivationFailed(reason) => failure_page(state, parts, reason, key).await,
        other => error_page(state, parts, other, "activate").await,
    }
}

async fn failure_page(state: &AppState, parts: &Parts, reason: ActivationFailure, key: &str) -> Response {
    let page = || ActivationFailedPage().into_any();
    render_page(state, parts, Some(ActivationSeed::Failed { reason, key: key.to_owned() }), page).await
}

/// The expired page's "send me a new link" button: the same page whatever the key.
pub async fn renew(
    State(state): State<AppState>,
    Path(key): Path<String>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match request_renewal(&state.core, &ctx, &key).await {
        Ok(()) => render_page::<()>(&state, &parts, None, || ActivationRenewedPage().into_any()).await,
        Err(e) => error_page(&state, &parts, e, "renew").await,
    }
}

/// Link checkers may probe with HEAD; answer without touching the account.
pub async fn probe() -> StatusCode {
    StatusCode::OK
}
