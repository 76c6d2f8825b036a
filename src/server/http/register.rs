//! `register/` (plain HTML door): GET shows the form; a POST registers (302 to
//! `register/complete/`) or shows the form again with errors and the typed values (never the
//! passwords). Every rule is the `register` use case's. The empty form an anonymous visitor
//! gets is rendered once per language (`page_cache`).

use super::cookies::registered_email_cookie;
use super::html::{error_page, form_failure, found, read_form};
use super::page_cache;
use super::pages::render_page;
use crate::api::types::RegisterSeed;
use crate::domain::registration::RegistrationInput;
use crate::domain::typo;
use crate::domain::FieldErrors;
use crate::paths;
use crate::server::services::register::{may_register, register};
use crate::server::services::RequestCtx;
use crate::server::state::AppState;
use crate::ui::pages::register::RegisterPage;
use axum::extract::{Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use leptos::prelude::IntoAny;
use serde::Deserialize;

pub async fn show(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match may_register(&state.core, &ctx) {
        Ok(()) if page_cache::fits(&ctx, &parts) => {
            let key = page_cache::key("register", &ctx);
            state.page_cache.serve(key, &parts, form_page(&state, &parts, None)).await
        }
        Ok(()) => form_page(&state, &parts, None).await,
        Err(e) => error_page(&state, &parts, e, "register").await,
    }
}

/// The posted form: the registration, plus the button of the offered correction when that
/// was the button pressed (it replaces the typed address).
#[derive(Deserialize)]
struct PostedForm {
    #[serde(flatten)]
    input: RegistrationInput,
    #[serde(default)]
    email_fix: String,
}

pub async fn submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, PostedForm { mut input, email_fix }) = match read_form::<PostedForm>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if !email_fix.trim().is_empty() {
        input.email = email_fix;
    }
    match register(&state.core, &ctx, &input).await {
        Ok(done) => {
            let cookie = registered_email_cookie(&done.email, ctx.site.scheme == "https");
            ([(header::SET_COOKIE, cookie)], found(paths::REGISTER_COMPLETE)).into_response()
        }
        Err(e) => {
            let again = |errors| form_page(&state, &parts, Some(seed(&input, errors)));
            form_failure(&state, &parts, e, "register", again).await
        }
    }
}

/// The registration form, empty or with the typed values and errors of a failed POST.
async fn form_page(state: &AppState, parts: &Parts, seed: Option<RegisterSeed>) -> Response {
    render_page(state, parts, seed, || RegisterPage().into_any()).await
}

/// The typed values again; an address with a correction on offer is marked as offered (this
/// answer shows it), so the same address posted again is accepted as typed.
fn seed(input: &RegistrationInput, errors: FieldErrors) -> RegisterSeed {
    let offered = typo::suggest(&input.email).is_some();
    RegisterSeed {
        username: input.username.clone(),
        email: input.email.clone(),
        email_checked: if offered { input.email.trim().to_owned() } else { String::new() },
        tos: input.tos.is_some(),
        errors,
    }
}
