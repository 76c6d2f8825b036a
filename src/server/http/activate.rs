//! `activate/<key>/`: GET activates (302 to `activate/complete/`) or shows why not (200).
//! HEAD never changes anything.

use super::pages::render_with;
use crate::api::types::ActivationSeed;
use crate::server::services::activate::activate;
use crate::server::state::AppState;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub const COMPLETE: &str = "/accounts/activate/complete/";

pub async fn follow_link(
    State(state): State<AppState>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match activate(&state.core, &key).await {
        Ok(Ok(_user_id)) => super::found(COMPLETE),
        Ok(Err(reason)) => render_with(&state, &parts, Some(ActivationSeed(reason))).await,
        Err(e) => {
            tracing::error!(error = %e, "activation failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [("retry-after", "5")],
                "Activation is unavailable right now. Please try the link again in a moment.",
            )
                .into_response()
        }
    }
}

/// Link checkers may probe with HEAD; answer without touching the account.
pub async fn probe() -> StatusCode {
    StatusCode::OK
}
