//! `register/`: GET shows the form; a plain POST registers (302 to `register/complete/`) or
//! re-renders the form with errors and the typed values (never the passwords).

use super::cookies::registered_email_cookie;
use super::pages::render_page;
use crate::api::types::RegisterSeed;
use crate::domain::registration::RegistrationInput;
use crate::domain::FieldErrors;
use crate::server::services::register::{register, RegisterError};
use crate::server::session::CurrentUser;
use crate::server::state::AppState;
use crate::ui::pages::register::RegisterPage;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use leptos::prelude::IntoAny;

pub const COMPLETE: &str = "/accounts/register/complete/";
pub const CLOSED: &str = "/accounts/register/closed/";

/// A logged-in visitor goes to `LOGIN_REDIRECT_URL` (when that setting is on).
fn logged_in_redirect(state: &AppState, request: &Request) -> Option<Response> {
    let logged_in = request.extensions().get::<CurrentUser>().is_some_and(|u| u.0.is_some());
    (logged_in && state.core.settings.authenticated_registration_redirects)
        .then(|| super::found(&state.core.settings.login_redirect_url))
}

pub async fn show(State(state): State<AppState>, request: Request) -> Response {
    if let Some(redirect) = logged_in_redirect(&state, &request) {
        return redirect;
    }
    if !state.core.settings.registration_open {
        return super::found(CLOSED);
    }
    let (parts, _) = request.into_parts();
    form_page(&state, &parts, None).await
}

pub async fn submit(State(state): State<AppState>, request: Request) -> Response {
    if let Some(redirect) = logged_in_redirect(&state, &request) {
        return redirect;
    }
    if !state.core.settings.registration_open {
        return super::found(CLOSED);
    }
    let (parts, body) = request.into_parts();
    let input =
        match Form::<RegistrationInput>::from_request(Request::from_parts(parts.clone(), body), &()).await {
            Ok(Form(input)) => input,
            Err(_) => return (StatusCode::BAD_REQUEST, "The form could not be read.").into_response(),
        };
    let site = state.core.settings.site.resolve(&parts.headers);
    match register(&state.core, &input, &site).await {
        Ok(done) => {
            let cookie = registered_email_cookie(&done.email, site.scheme == "https");
            ([(header::SET_COOKIE, cookie)], super::found(COMPLETE)).into_response()
        }
        Err(RegisterError::Invalid(errors)) => form_page(&state, &parts, Some(seed(&input, errors))).await,
        Err(RegisterError::Internal(e)) => {
            tracing::error!(error = %e, "registration failed");
            let errors = FieldErrors::single(FieldErrors::NON_FIELD, crate::api::types::TRY_AGAIN);
            let mut response = form_page(&state, &parts, Some(seed(&input, errors))).await;
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response
        }
    }
}

/// The registration form, empty or with the typed values and errors of a failed POST.
async fn form_page(state: &AppState, parts: &Parts, seed: Option<RegisterSeed>) -> Response {
    render_page(state, parts, seed, || RegisterPage().into_any()).await
}

fn seed(input: &RegistrationInput, errors: FieldErrors) -> RegisterSeed {
    RegisterSeed {
        username: input.username.clone(),
        email: input.email.clone(),
        tos: input.tos.is_some(),
        errors,
    }
}

use axum::extract::FromRequest;
