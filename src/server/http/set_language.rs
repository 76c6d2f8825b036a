//! `i18n/setlang/`: the language picker's target, as Django's `set_language` view. A POST
//! with `language` (an offered tag) and `next` (a local path) sets the `lang` cookie for a year
//! and goes back to `next`. An unknown language changes nothing.

use super::html::{found, read_form};
use crate::domain::redirect::safe_next;
use crate::server::i18n::COOKIE;
use crate::server::services::RequestCtx;
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::response::Response;
use serde::Deserialize;

/// The picker's form.
#[derive(Deserialize)]
pub struct LanguageChoice {
    #[serde(default)]
    language: String,
    #[serde(default)]
    next: String,
}

const YEAR: u32 = 365 * 24 * 60 * 60;

pub async fn submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (_, choice) = match read_form::<LanguageChoice>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let mut response = found(safe_next(&choice.next).unwrap_or("/"));
    if state.core.catalogues.offers(&choice.language) {
        let secure = if ctx.site.scheme == "https" { "; Secure" } else { "" };
        let cookie = format!("{COOKIE}={}; Path=/; Max-Age={YEAR}; SameSite=Lax{secure}", choice.language);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
    }
    response
}
