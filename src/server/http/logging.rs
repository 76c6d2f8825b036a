//! One log line per request: method, route (activation keys redacted), status, latency.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

pub async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = loggable_path(request.uri().path());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        http.method = %method,
        http.route = %route,
        http.status = response.status().as_u16(),
        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

/// The path with anything secret-bearing replaced: activation keys never reach the log.
pub fn loggable_path(path: &str) -> String {
    const ACTIVATE: &str = "/accounts/activate/";
    match path.strip_prefix(ACTIVATE) {
        Some(rest) if !matches!(rest, "" | "complete/" | "resend/" | "complete" | "resend") => {
            format!("{ACTIVATE}{{key}}/")
        }
        _ if path.len() > 200 => format!("{}…", &path[..path.floor_char_boundary(200)]),
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activation_keys_are_redacted() {
        let key = "a".repeat(40);
        assert_eq!(
            loggable_path(&format!("/accounts/activate/{key}/")),
            "/accounts/activate/{key}/"
        );
        assert_eq!(
            loggable_path(&format!("/accounts/activate/{key}")),
            "/accounts/activate/{key}/"
        );
        assert_eq!(
            loggable_path("/accounts/activate/complete/"),
            "/accounts/activate/complete/"
        );
        assert_eq!(loggable_path("/accounts/register/"), "/accounts/register/");
    }
}
