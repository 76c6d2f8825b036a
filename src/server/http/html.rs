//! The plain-HTML door's answers to a use case's refusals and failures: redirects, the 404,
//! 429 and 503 pages, and forms shown again with their errors. Errors are logged here, once.

use super::pages::render_page;
use crate::domain::FieldErrors;
use crate::paths;
use crate::server::error::AppError;
use crate::server::i18n::Words;
use crate::server::state::AppState;
use crate::ui::pages::not_found::NotFound;
use axum::extract::{FromRequest, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use fluent_bundle::FluentValue;
use leptos::prelude::IntoAny;
use serde::de::DeserializeOwned;
use std::future::Future;

/// A `302 Found` redirect, as Django answers (axum's `Redirect::to` is a 303).
pub fn found(location: &str) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, location.to_owned())]).into_response()
}

/// Reads a URL-encoded form body; an unreadable one is a 400.
pub async fn read_form<T: DeserializeOwned>(request: Request) -> Result<(Parts, T), Response> {
    let (parts, body) = request.into_parts();
    match Form::<T>::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(Form(value)) => Ok((parts, value)),
        Err(_) => {
            // The bundled catalogues: what is wrong here is the request, not the site's words.
            let words = Words::new(crate::server::i18n::bundled(), &parts.headers);
            Err((StatusCode::BAD_REQUEST, words.say("http-bad-form", &[])).into_response())
        }
    }
}

/// A failed form submission: the form again with its errors (200), or with "try again"
/// (503) when the failure was ours; any other refusal as `refusal` answers it.
pub async fn form_failure<F, Fut>(
    state: &AppState,
    parts: &Parts,
    error: AppError,
    action: &'static str,
    form_again: F,
) -> Response
where
    F: FnOnce(FieldErrors) -> Fut,
    Fut: Future<Output = Response>,
{
    error.log(action);
    match error {
        AppError::Invalid(errors) => form_again(errors).await,
        e if e.is_internal() => {
            let mut response =
                form_again(FieldErrors::single(FieldErrors::NON_FIELD, crate::domain::messages::TRY_AGAIN))
                    .await;
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response
        }
        other => refusal(state, parts, other).await,
    }
}

/// Any other error of a use case, as a page or a redirect. Logs it.
pub async fn error_page(state: &AppState, parts: &Parts, error: AppError, action: &'static str) -> Response {
    error.log(action);
    refusal(state, parts, error).await
}

async fn refusal(state: &AppState, parts: &Parts, error: AppError) -> Response {
    let words = Words::new(&state.core.catalogues, &parts.headers);
    match error {
        AppError::NotFound => not_found(state, parts).await,
        AppError::RateLimited { retry_after } => too_many(&words, retry_after),
        AppError::LoginRequired => login_redirect(parts),
        AppError::RegistrationClosed => found(paths::REGISTER_CLOSED),
        AppError::AlreadyLoggedIn { redirect } => found(&redirect),
        AppError::Invalid(_) => (StatusCode::BAD_REQUEST, words.say("http-bad-form", &[])).into_response(),
        _ => unavailable(&words),
    }
}

/// The 404 page.
pub async fn not_found(state: &AppState, parts: &Parts) -> Response {
    let mut response = render_page::<()>(state, parts, None, || NotFound().into_any()).await;
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// The login URL that comes back to this page afterwards.
pub fn login_redirect(parts: &Parts) -> Response {
    let here = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
    found(&format!("{}?next={next}", paths::LOGIN))
}

/// 503 with `Retry-After` and a short retry page.
pub fn unavailable(words: &Words<'_>) -> Response {
    let page = words.page(&words.say("problem-unavailable", &[]), &words.say("http-unavailable", &[]));
    (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "5")], page).into_response()
}

/// 429 with `Retry-After` and a readable page.
pub fn too_many(words: &Words<'_>, retry_after: u64) -> Response {
    let wait = words.say("common-wait-retry", &[("retry_after", FluentValue::from(retry_after))]);
    let page = words.page(&words.say("http-too-many-title", &[]), &wait);
    (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, retry_after.to_string())], page).into_response()
}
