//! The JSON API's operations: each decodes its body, calls its use case and encodes the
//! outcome; refusals become problem details (`problem`). The `#[utoipa::path]` attributes are
//! the OpenAPI document's source.

use super::body::ApiJson;
use super::problem::from_app_error;
use crate::domain::account_forms::{
    DeleteAccountInput, EmailInput, LoginInput, PasswordChangeInput, SetPasswordInput,
};
use crate::domain::registration::RegistrationInput;
use crate::server::db::users::UserRow;
use crate::server::error::AppError;
use crate::server::services::{
    activate, login, password_change, password_reset, register, resend, RequestCtx,
};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A use case's result as the API answers it: `ok` of the value, or problem details in the
/// request's language.
pub(super) fn answer<T>(
    (state, ctx): (&AppState, &RequestCtx),
    result: Result<T, AppError>,
    action: &'static str,
    ok: impl FnOnce(T) -> Response,
) -> Response {
    match result {
        Ok(value) => ok(value),
        Err(error) => {
            let say = |msg: &crate::domain::Msg| state.core.catalogues.say(&ctx.language, msg);
            from_app_error(error, action, &say).into_response()
        }
    }
}

/// The account an operation is about.
#[derive(Serialize, ToSchema)]
pub struct User {
    pub username: String,
    pub email: String,
}

impl From<&UserRow> for User {
    fn from(user: &UserRow) -> Self {
        Self { username: user.username.clone(), email: user.email.clone() }
    }
}

/// The address an email goes to (if the account exists, for resend and reset).
#[derive(Serialize, ToSchema)]
pub struct Accepted {
    pub email: String,
}

/// An activation key, as the activation email's link carries it.
#[derive(Deserialize, ToSchema)]
pub struct ActivationRequest {
    pub key: String,
}

/// What `GET activation/{key}` found: the key would activate a pending account.
#[derive(Serialize, ToSchema)]
pub struct ActivationState {
    /// Always `pending` (every other state is a problem).
    pub state: String,
    /// The account the key would activate.
    pub username: String,
}

/// The result of an activation.
#[derive(Serialize, ToSchema)]
pub struct Activated {
    /// Whether this session is now logged in (`REGISTRATION_AUTO_LOGIN`).
    pub logged_in: bool,
}

/// A password-reset link's token and the new password, twice.
#[derive(Deserialize, ToSchema)]
pub struct ResetConfirmRequest {
    pub token: String,
    #[serde(flatten)]
    pub form: SetPasswordInput,
}

pub(super) fn json<T: Serialize>(status: StatusCode, body: T) -> Response {
    (status, Json(body)).into_response()
}

pub(super) fn no_content<T>(_: T) -> Response {
    StatusCode::NO_CONTENT.into_response()
}

/// Registers an inactive account and emails its activation link.
#[utoipa::path(post, path = "/api/v1/register", tag = "registration", request_body = RegistrationInput,
    responses((status = 201, description = "Registered; the activation email is on its way", body = Accepted), super::refusals::Invalid, super::refusals::Closed, super::refusals::NotFound, super::refusals::AlreadyLoggedIn, super::refusals::UnsupportedMediaType, super::refusals::RateLimited, super::refusals::Unavailable))]
pub async fn register(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<RegistrationInput>,
) -> Response {
    let result = register::register(&state.core, &ctx, &input).await;
    answer((&state, &ctx), result, "register", |done| {
        json(StatusCode::CREATED, Accepted { email: done.email })
    })
}

/// Sends a new activation email if the address has a pending registration (the answer is the
/// same either way).
#[utoipa::path(post, path = "/api/v1/activation/resend", tag = "registration", request_body = EmailInput,
    responses((status = 202, description = "Accepted: if a registration waits for this address, a new link is on its way", body = Accepted), super::refusals::Invalid, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::RateLimited, super::refusals::Unavailable))]
pub async fn resend(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<EmailInput>,
) -> Response {
    let result = resend::request_resend(&state.core, &ctx, &input).await;
    answer((&state, &ctx), result, "resend", |email| {
        json(StatusCode::ACCEPTED, Accepted { email: email.as_str().to_owned() })
    })
}

/// Tells whether a key would activate an account, changing nothing.
#[utoipa::path(get, path = "/api/v1/activation/{key}", tag = "registration",
    params(("key" = String, Path, description = "The activation key from the email's link")),
    responses((status = 200, description = "The key would activate a pending account", body = ActivationState), super::refusals::KeyInvalid, super::refusals::AlreadyActivated, super::refusals::Expired, super::refusals::Unavailable))]
pub async fn activation_state(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(key): Path<String>,
) -> Response {
    let result = activate::probe(&state.core, &key).await;
    answer((&state, &ctx), result, "activate", |username| {
        json(StatusCode::OK, ActivationState { state: "pending".to_owned(), username })
    })
}

/// Activates the account of a key (and logs it in with `REGISTRATION_AUTO_LOGIN`).
#[utoipa::path(post, path = "/api/v1/activation", tag = "registration", request_body = ActivationRequest,
    responses((status = 200, description = "Activated", body = Activated), super::refusals::KeyInvalid, super::refusals::AlreadyActivated, super::refusals::Expired, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn activate(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<ActivationRequest>,
) -> Response {
    let result = activate::confirm(&state.core, &ctx, &input.key).await;
    answer((&state, &ctx), result, "activate", |logged_in| json(StatusCode::OK, Activated { logged_in }))
}

/// Sends a new link for the registration behind a key, if it still waits for activation (an
/// expired one gets a fresh window): the answer is the same whatever the key.
#[utoipa::path(post, path = "/api/v1/activation/renew", tag = "registration", request_body = ActivationRequest,
    responses((status = 202, description = "Accepted: if the key belongs to a registration waiting for activation, a new link is on its way"), super::refusals::UnsupportedMediaType, super::refusals::RateLimited))]
pub async fn renew(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<ActivationRequest>,
) -> Response {
    let result = resend::request_renewal(&state.core, &ctx, &input.key).await;
    answer((&state, &ctx), result, "renew", |()| StatusCode::ACCEPTED.into_response())
}

/// Logs in: the answer sets the session cookie.
#[utoipa::path(post, path = "/api/v1/login", tag = "account", request_body = LoginInput,
    responses((status = 200, description = "Logged in; the session cookie is set", body = User), super::refusals::Invalid, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::RateLimited, super::refusals::Unavailable))]
pub async fn log_in(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<LoginInput>,
) -> Response {
    let result = login::log_in(&state.core, &ctx, &input).await;
    answer((&state, &ctx), result, "login", |done| {
        let cookie = [(axum::http::header::SET_COOKIE, done.device_cookie.clone())];
        (cookie, json(StatusCode::OK, User::from(&done.user))).into_response()
    })
}

/// Ends the session.
#[utoipa::path(post, path = "/api/v1/logout", tag = "account",
    responses((status = 204, description = "Logged out"), super::refusals::NotFound, super::refusals::Unavailable))]
pub async fn log_out(State(state): State<AppState>, ctx: RequestCtx) -> Response {
    answer((&state, &ctx), login::log_out(&state.core, &ctx).await, "logout", no_content)
}

/// The logged-in user.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, description = "The logged-in user", body = User), super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::Unavailable))]
pub async fn me(State(state): State<AppState>, ctx: RequestCtx) -> Response {
    answer((&state, &ctx), login::me(&state.core, &ctx), "me", |user| json(StatusCode::OK, User::from(user)))
}

/// Changes the logged-in user's password; other sessions of the user end.
#[utoipa::path(post, path = "/api/v1/password/change", tag = "account", request_body = PasswordChangeInput,
    responses((status = 204, description = "Changed"), super::refusals::Invalid, super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn change_password(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<PasswordChangeInput>,
) -> Response {
    let result = password_change::change_password(&state.core, &ctx, &input).await;
    answer((&state, &ctx), result, "password_change", no_content)
}

/// Emails a password-reset link if the address has an active account (the answer is the same
/// either way).
#[utoipa::path(post, path = "/api/v1/password/reset", tag = "account", request_body = EmailInput,
    responses((status = 202, description = "Accepted: if an active account has this address, a link is on its way", body = Accepted), super::refusals::Invalid, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::RateLimited, super::refusals::Unavailable))]
pub async fn request_password_reset(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<EmailInput>,
) -> Response {
    let result = password_reset::request_password_reset(&state.core, &ctx, &input).await;
    let email = input.email.trim().to_owned();
    answer((&state, &ctx), result, "password_reset", |()| json(StatusCode::ACCEPTED, Accepted { email }))
}

/// Sets a new password with a reset link's token; every session of the user ends.
#[utoipa::path(post, path = "/api/v1/password/reset/confirm", tag = "account", request_body = ResetConfirmRequest,
    responses((status = 204, description = "The new password is set"), super::refusals::Invalid, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn reset_password(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<ResetConfirmRequest>,
) -> Response {
    let result = password_reset::reset_password(&state.core, &ctx, &input.token, &input.form).await;
    answer((&state, &ctx), result, "password_reset_confirm", no_content)
}

/// Deletes the logged-in user's account (the current password confirms it): its username and
/// address are free at once, a goodbye mail goes to the address, and every session ends.
#[utoipa::path(post, path = "/api/v1/account/delete", tag = "account", request_body = DeleteAccountInput,
    responses((status = 204, description = "Deleted"), super::refusals::Invalid, super::refusals::LoginRequired, super::refusals::NotFound, super::refusals::UnsupportedMediaType, super::refusals::Unavailable))]
pub async fn delete_account(
    State(state): State<AppState>,
    ctx: RequestCtx,
    ApiJson(input): ApiJson<DeleteAccountInput>,
) -> Response {
    let result = crate::server::services::delete_account::delete_account(&state.core, &ctx, &input).await;
    answer((&state, &ctx), result, "delete_account", no_content)
}
