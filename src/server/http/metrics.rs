//! `/metrics`: the Prometheus text exposition (off with `METRICS_ENABLED=false`).

use crate::server::db::{from_millis, outbox};
use crate::server::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let core = &state.core;
    if let Ok((depth, oldest)) = outbox::depth(&core.db).await {
        core.metrics.outbox_depth.set(depth);
        let age = oldest.map(|ms| (chrono::Utc::now() - from_millis(ms)).num_seconds().max(0)).unwrap_or(0);
        core.metrics.outbox_oldest_age_seconds.set(age);
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], core.metrics.render())
}
