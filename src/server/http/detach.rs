//! Requests run to the end even when the client goes away.
//!
//! A server drops a request's future when its connection closes. Dropped in the middle of a
//! database transaction (between the `BEGIN` and the reply that it happened, say), the pooled
//! connection would go back to the pool still inside that transaction, and every later write
//! on it would fail. Running each request as a task of its own means a request that started
//! finishes: its transaction commits or rolls back, and what it promised (an email queued, an
//! account activated) is done or not done, never half done.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn run_to_completion(request: Request, next: Next) -> Response {
    match tokio::spawn(next.run(request)).await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "a request handler failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
