//! Request bodies over 64 KiB are refused with a readable 413 page.

use crate::server::i18n::Words;
use crate::server::state::Core;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub async fn limit_body(State(core): State<Core>, request: Request, next: Next) -> Response {
    let declared =
        request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return too_large(&core, request.headers());
    }
    let (parts, body) = request.into_parts();
    // Bodies without a (truthful) length are read up to the limit, never further.
    match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(_) => too_large(&core, &parts.headers),
    }
}

fn too_large(core: &Core, headers: &HeaderMap) -> Response {
    let words = Words::new(&core.catalogues, headers);
    let page = words.page(&words.say("http-too-large-title", &[]), &words.say("http-too-large-text", &[]));
    (StatusCode::PAYLOAD_TOO_LARGE, page).into_response()
}
