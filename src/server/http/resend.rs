//! `activate/resend/`: a plain POST always answers with the same "sent" page for a valid
//! address, whether or not a registration exists for it.

use super::pages::render_page;
use crate::api::types::{ResendInput, ResendSeed};
use crate::domain::email::EmailAddress;
use crate::domain::FieldErrors;
use crate::server::services::resend::resend_activation;
use crate::server::state::AppState;
use crate::ui::pages::resend::ResendPage;
use axum::extract::{FromRequest, Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Form;
use leptos::prelude::IntoAny;

pub async fn submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let input = match Form::<ResendInput>::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(Form(input)) => input,
        Err(_) => return (StatusCode::BAD_REQUEST, "The form could not be read.").into_response(),
    };
    let seed = resend(&state, &parts.headers, input).await;
    form_page(&state, &parts, Some(seed)).await
}

/// The resend form, empty or with the outcome of a POST.
async fn form_page(state: &AppState, parts: &Parts, seed: Option<ResendSeed>) -> Response {
    render_page(state, parts, seed, || ResendPage().into_any()).await
}

/// Shared by the plain POST and the server function.
pub async fn resend(state: &AppState, headers: &axum::http::HeaderMap, input: ResendInput) -> ResendSeed {
    match EmailAddress::parse(&input.email) {
        Err(messages) => {
            let mut errors = FieldErrors::new();
            errors.extend_field("email", messages);
            ResendSeed { email: input.email, errors, sent: false }
        }
        Ok(email) => {
            let site = state.core.settings.site.resolve(headers);
            // The work runs after the answer, so neither the answer nor its timing tells
            // whether the address has a pending registration.
            let (core, address) = (state.core.clone(), email.clone());
            tokio::spawn(async move {
                if let Err(e) = resend_activation(&core, &address, &site).await {
                    tracing::error!(error = %e, "resend failed");
                }
            });
            ResendSeed { email: email.as_str().to_owned(), errors: FieldErrors::new(), sent: true }
        }
    }
}

pub async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    form_page(&state, &parts, None).await
}
