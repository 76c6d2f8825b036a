//! Request bodies over 64 KiB are refused with a readable 413 page.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

pub const MAX_BODY_BYTES: usize = 64 * 1024;

const TOO_LARGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Request too large</title>\
<link rel=\"stylesheet\" href=\"/pkg/registration.css\"></head><body><main class=\"page\"><h1>Request too large</h1>\
<div class=\"card\"><p>The form you sent is larger than this site accepts. Please go back, shorten what you typed, \
and try again.</p></div></main></body></html>";

pub async fn limit_body(request: Request, next: Next) -> Response {
    let declared =
        request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return too_large();
    }
    let (parts, body) = request.into_parts();
    // Bodies without a (truthful) length are read up to the limit, never further.
    match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(_) => too_large(),
    }
}

fn too_large() -> Response {
    (StatusCode::PAYLOAD_TOO_LARGE, Html(TOO_LARGE)).into_response()
}
