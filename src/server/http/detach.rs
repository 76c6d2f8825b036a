//! Requests run to the end even when the client goes away.
//!
//! A server drops a request's future when its connection closes. Dropped in the middle of a
//! database transaction (between the `BEGIN` and the reply that it happened, say), the pooled
//! connection would go back to the pool still inside that transaction, and every later write
//! on it would fail. Running each request as a task of its own means a request that started
//! finishes: its transaction commits or rolls back, and what it promised (an email queued, an
//! account activated) is done or not done, never half done.
//!
//! The layer sits just outside the first one that can touch the database (the body limit, then
//! the cross-site check, the session and the router): what answers before it (the request
//! log, gzip, security headers, host check and the kept forms) holds nothing that could be
//! left half done, so a kept form is answered without a task of its own. The request's
//! details, a task-local set by the request log, go along to the new task.

use crate::server::services::events::{current_request, within_request};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn run_to_completion(request: Request, next: Next) -> Response {
    let work = next.run(request);
    let task = match current_request() {
        Some(info) => tokio::spawn(within_request(info, work)),
        None => tokio::spawn(work),
    };
    match task.await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "a request handler failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
