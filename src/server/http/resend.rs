//! `activate/resend/` (plain HTML door): a POST with a valid address always answers with the
//! same "sent" page, whether or not a registration exists for it (the `request_resend` use
//! case decides and does the work after answering).

use super::html::{form_failure, read_form};
use super::pages::render_page;
use crate::api::types::ResendSeed;
use crate::domain::account_forms::EmailInput;
use crate::server::services::resend::request_resend;
use crate::server::services::RequestCtx;
use crate::server::state::AppState;
use crate::ui::pages::resend::ResendPage;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::IntoAny;

pub async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    form_page(&state, &parts, None).await
}

pub async fn submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, input) = match read_form::<EmailInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match request_resend(&state.core, &ctx, &input).await {
        Ok(email) => {
            let seed = ResendSeed { email: email.as_str().to_owned(), sent: true, ..ResendSeed::default() };
            form_page(&state, &parts, Some(seed)).await
        }
        Err(e) => {
            let again = |errors| {
                form_page(
                    &state,
                    &parts,
                    Some(ResendSeed { email: input.email.clone(), errors, sent: false }),
                )
            };
            form_failure(&state, &parts, e, "resend", again).await
        }
    }
}

/// The resend form, empty or with the outcome of a POST.
async fn form_page(state: &AppState, parts: &Parts, seed: Option<ResendSeed>) -> Response {
    render_page(state, parts, seed, || ResendPage().into_any()).await
}
