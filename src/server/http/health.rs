//! `/healthz` (the process answers) and `/readyz` (the database answers).

use crate::server::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match crate::on_pool!(&state.core.db, c => sqlx::query("SELECT 1").execute(c).await.map(|_| ())) {
        Ok(_) => (StatusCode::OK, "ready"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
    }
}
