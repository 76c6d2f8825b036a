//! Plain-HTML handlers of the account pages: login, logout, password change and reset,
//! profile. Pages that need a login send anonymous visitors to `login/?next=…`.

use super::account::{self, Outcome, LOGIN, RESET_INVALID};
use super::pages::render_with;
use crate::api::types::FormSeed;
use crate::domain::account_forms::{LoginInput, PasswordChangeInput, SetPasswordInput};
use crate::server::session::CurrentUser;
use crate::server::state::AppState;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use tower_sessions::Session;

async fn read_form<T: DeserializeOwned>(request: Request) -> Result<(Parts, T), Response> {
    let (parts, body) = request.into_parts();
    match Form::<T>::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(Form(value)) => Ok((parts, value)),
        Err(_) => Err((StatusCode::BAD_REQUEST, "The form could not be read.").into_response()),
    }
}

fn session_of(parts: &Parts) -> Option<Session> {
    parts.extensions.get::<Session>().cloned()
}

fn user_of(parts: &Parts) -> CurrentUser {
    parts.extensions.get::<CurrentUser>().cloned().unwrap_or(CurrentUser(None))
}

async fn respond(state: &AppState, parts: &Parts, outcome: Outcome) -> Response {
    match outcome {
        Outcome::Redirect(to) => super::found(&to),
        Outcome::Form(seed) => render_with(state, parts, Some(seed)).await,
    }
}

/// The login URL that comes back to this page afterwards.
pub fn login_redirect(parts: &Parts) -> Response {
    let here = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
    super::found(&format!("{LOGIN}?next={next}"))
}

/// GET of a page that needs a login.
pub async fn members_only(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    if user_of(&parts).0.is_none() {
        return login_redirect(&parts);
    }
    render_with::<FormSeed>(&state, &parts, None).await
}

pub async fn login_page(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query: HashMap<String, String> = parts
        .uri
        .query()
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    let next = query.get("next").cloned().unwrap_or_default();
    let seed = FormSeed { values: [("next".to_owned(), next)].into(), ..FormSeed::default() };
    render_with(&state, &parts, Some(seed)).await
}

pub async fn login_submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, input) = match read_form::<LoginInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let Some(session) = session_of(&parts) else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let outcome = account::login(&state, &session, input).await;
    respond(&state, &parts, outcome).await
}

pub async fn logout_submit(request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match session_of(&parts) {
        Some(session) => match account::logout(&session).await {
            Outcome::Redirect(to) => super::found(&to),
            Outcome::Form(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
        None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

pub async fn password_change_submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, input) = match read_form::<PasswordChangeInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (user, Some(session)) = (user_of(&parts), session_of(&parts)) else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    if user.0.is_none() {
        return login_redirect(&parts);
    }
    let outcome = account::password_change(&state, &session, &user, input).await;
    respond(&state, &parts, outcome).await
}

#[derive(serde::Deserialize, Default)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn password_reset_submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, input) = match read_form::<EmailForm>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let outcome = account::password_reset(&state, &parts, &input.email).await;
    respond(&state, &parts, outcome).await
}

/// The confirm page never leaks its token through the Referer header.
fn no_referrer(mut response: Response) -> Response {
    response.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

pub async fn reset_confirm_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let usable =
        crate::server::services::password_reset::token_is_usable(&state.core, &token).await.unwrap_or(false);
    let seed = FormSeed {
        values: if usable { Default::default() } else { [(RESET_INVALID.to_owned(), "1".to_owned())].into() },
        ..FormSeed::default()
    };
    no_referrer(render_with(&state, &parts, Some(seed)).await)
}

pub async fn reset_confirm_submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<SetPasswordInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let outcome = account::password_reset_confirm(&state, &token, input).await;
    no_referrer(respond(&state, &parts, outcome).await)
}
