//! The JSON API's account self-service operations: email change and its confirmation, "this
//! wasn't me", the account's sessions, and the language of its mail.

use super::body::ApiJson;
use super::handlers::{answer, json, no_content, Accepted};
use crate::api::types::SessionSummary;
use crate::domain::account_forms::{EmailChangeInput, LanguageInput, SessionInput};
use crate::server::services::{email_change, language, security_notice, sessions, RequestCtx};
use crate::server::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use utoipa::ToSchema;

/// The token of a link from an email (email change, "this wasn't me").
#[derive(Deserialize, ToSchema)]
pub struct TokenRequest {
    pub token: String,
}

/// Sends a confirmation link to a new address (the current password confirms the request);
/// the account keeps its address until the link is followed.
#[utoipa::path(post, path = "/api/v1/account/email", tag = "account", request_body = EmailChangeInput,
    responses((status = 202, description = "Accepted: a confirmation link is on its way to the new address", body = Accepted), super::refusals::Invalid, super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::RateLimited, super::refusals::Unavailable))]
pub async fn request_email_change(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<EmailChangeInput>,
) -> Response {
    let result = email_change::request_email_change(&state.core, &ctx, &input).await;
    let email = input.email.trim().to_owned();
    answer((&state, &ctx), result, "email_change", |()| json(StatusCode::ACCEPTED, Accepted { email }))
}

/// Confirms an email change with its link's token: the account takes the link's address.
#[utoipa::path(post, path = "/api/v1/account/email/confirm", tag = "account", request_body = TokenRequest,
    responses((status = 204, description = "The account uses its new address"), super::refusals::Invalid, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn confirm_email_change(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<TokenRequest>,
) -> Response {
    let result = email_change::confirm_email_change(&state.core, &ctx, &input.token).await;
    answer((&state, &ctx), result, "email_change_confirm", no_content)
}

/// "This wasn't me", with a security notice's token: every session of the account ends, its
/// password is locked and a reset link goes to the address of the notice.
#[utoipa::path(post, path = "/api/v1/account/not-me", tag = "account", request_body = TokenRequest,
    responses((status = 204, description = "The account is locked; a reset link is on its way"), super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn not_me(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<TokenRequest>,
) -> Response {
    answer(
        (&state, &ctx),
        security_notice::not_me(&state.core, &ctx, &input.token).await,
        "not_me",
        no_content,
    )
}

/// The logged-in user's sessions, most recently seen first.
#[utoipa::path(get, path = "/api/v1/account/sessions", tag = "account",
    responses((status = 200, description = "The sessions", body = [SessionSummary]), super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::Unavailable))]
pub async fn list_sessions(State(state): State<AppState>, ctx: RequestCtx) -> Response {
    answer((&state, &ctx), sessions::list_sessions(&state.core, &ctx).await, "sessions", |list| {
        json(StatusCode::OK, list)
    })
}

/// Signs out one session of the logged-in user (a handle that names none changes nothing).
#[utoipa::path(post, path = "/api/v1/account/sessions/end", tag = "account", request_body = SessionInput,
    responses((status = 204, description = "Signed out"), super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn end_session(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<SessionInput>,
) -> Response {
    answer((&state, &ctx), sessions::end_session(&state.core, &ctx, &input).await, "end_session", no_content)
}

/// Signs out every other session of the logged-in user.
#[utoipa::path(post, path = "/api/v1/account/sessions/end-others", tag = "account",
    responses((status = 204, description = "Every other session is signed out"), super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::Unavailable))]
pub async fn end_other_sessions(State(state): State<AppState>, ctx: RequestCtx) -> Response {
    answer(
        (&state, &ctx),
        sessions::end_other_sessions(&state.core, &ctx).await,
        "end_other_sessions",
        no_content,
    )
}

/// Sets the language of the logged-in user's mail (one of the site's `LANGUAGES`).
#[utoipa::path(post, path = "/api/v1/account/language", tag = "account", request_body = LanguageInput,
    responses((status = 204, description = "Later mail to the account is in this language"), super::refusals::Invalid, super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn set_language(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<LanguageInput>,
) -> Response {
    answer((&state, &ctx), language::set_language(&state.core, &ctx, &input).await, "language", no_content)
}
