//! Door 3: the JSON API under `/api/v1/` for single-page and mobile clients. Same session
//! cookie, same cross-site rule, same rate limits and same answers as the other doors, since
//! every operation is one call to the use case they share. The OpenAPI 3.1 document served
//! at `/api/v1/openapi.json` is generated from the operations and their Rust types.

mod body;
pub mod handlers;
pub mod problem;
mod refusals;
pub mod self_service;

use crate::server::state::AppState;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use utoipa::OpenApi;

/// The API's OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(title = "registration API", description = "Sign-up, activation and account operations. \
        Errors are RFC 9457 problem details (`application/problem+json`). State-changing requests \
        from another site (by `Origin` or `Referer`) are refused with 403; the session is the \
        `sessionid` cookie."),
    paths(
        handlers::register,
        handlers::resend,
        handlers::activation_state,
        handlers::activate,
        handlers::renew,
        handlers::log_in,
        handlers::log_out,
        handlers::me,
        handlers::change_password,
        handlers::request_password_reset,
        handlers::reset_password,
        handlers::delete_account,
        self_service::request_email_change,
        self_service::confirm_email_change,
        self_service::not_me,
        self_service::list_sessions,
        self_service::end_session,
        self_service::end_other_sessions,
        self_service::set_language,
    ),
    components(schemas(problem::Problem)),
    tags((name = "registration", description = "Sign-up and activation"),
         (name = "account", description = "Login, logout, passwords, email change, sessions and account deletion")),
)]
pub struct ApiDoc;

/// The API's routes (all of them; switched-off actions answer 404 from their use case).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/register", post(handlers::register))
        .route("/api/v1/activation/resend", post(handlers::resend))
        .route("/api/v1/activation", post(handlers::activate))
        .route("/api/v1/activation/renew", post(handlers::renew))
        .route("/api/v1/activation/{key}", get(handlers::activation_state))
        .route("/api/v1/login", post(handlers::log_in))
        .route("/api/v1/logout", post(handlers::log_out))
        .route("/api/v1/me", get(handlers::me))
        .route("/api/v1/password/change", post(handlers::change_password))
        .route("/api/v1/password/reset", post(handlers::request_password_reset))
        .route("/api/v1/password/reset/confirm", post(handlers::reset_password))
        .route("/api/v1/account/delete", post(handlers::delete_account))
        .route("/api/v1/account/email", post(self_service::request_email_change))
        .route("/api/v1/account/email/confirm", post(self_service::confirm_email_change))
        .route("/api/v1/account/not-me", post(self_service::not_me))
        .route("/api/v1/account/sessions", get(self_service::list_sessions))
        .route("/api/v1/account/sessions/end", post(self_service::end_session))
        .route("/api/v1/account/sessions/end-others", post(self_service::end_other_sessions))
        .route("/api/v1/account/language", post(self_service::set_language))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/{*rest}", axum::routing::any(not_found))
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

async fn not_found(
    axum::extract::State(state): axum::extract::State<crate::server::state::AppState>,
    headers: axum::http::HeaderMap,
) -> Response {
    let title = crate::server::i18n::Words::new(&state.core.catalogues, &headers)
        .say("problem-no-such-operation", &[]);
    problem::Problem::new(axum::http::StatusCode::NOT_FOUND, "not-found", &title).into_response()
}
