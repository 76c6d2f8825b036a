//! The server before its database answers: the port is open so probes get an answer —
//! `/healthz` 200, `/readyz` 503 — and every other request gets 503 with `Retry-After`; once
//! the application is ready, every request goes to it.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// A router that hands each request to the application once `ready` holds it.
pub fn dispatch(ready: Arc<OnceLock<Router>>) -> Router {
    Router::new().fallback(move |request: Request<Body>| {
        let ready = ready.clone();
        async move {
            match ready.get() {
                Some(app) => app.clone().oneshot(request).await.unwrap_or_else(|never| match never {}),
                None => starting(request.uri().path(), request.headers()),
            }
        }
    })
}

fn starting(path: &str, headers: &axum::http::HeaderMap) -> Response {
    match path {
        "/healthz" => "starting".into_response(),
        "/readyz" => (StatusCode::SERVICE_UNAVAILABLE, "starting: waiting for the database").into_response(),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            crate::server::i18n::Words::new(crate::server::i18n::bundled(), headers)
                .say("http-starting", &[]),
        )
            .into_response(),
    }
}
