//! One log line per request (method, route with secrets redacted, status, latency, request
//! id) and the request-latency histogram, also for a request whose client went away before its
//! answer (status 499). The request id is echoed in `x-request-id`.

use crate::server::services::events::{within_request, RequestInfo};
use crate::server::state::Core;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header;
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use rand::RngCore;
use std::net::SocketAddr;
use std::time::Instant;

const REQUEST_ID: &str = "x-request-id";

/// What the log and the histogram record of a request whose client went away before its
/// answer (nginx's "client closed request"); its work still runs to the end (`detach`).
const CLIENT_GONE: u16 = 499;

pub async fn log_request(State(core): State<Core>, request: Request, next: Next) -> Response {
    let request_id = incoming_id(&request).unwrap_or_else(new_id);
    let info = request_info(&core, &request, &request_id);
    let mut record = Record {
        core: &core,
        method: request.method().clone(),
        route: loggable_path(request.uri().path()),
        request_id,
        started: Instant::now(),
        written: false,
    };
    let mut response = within_request(info, next.run(request)).await;
    record.write(response.status().as_u16());
    if let Ok(value) = HeaderValue::from_str(&record.request_id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    response
}

/// One request's log line and histogram sample, written once: with the answer's status, or
/// with `CLIENT_GONE` when the request's future is dropped before it has one.
struct Record<'a> {
    core: &'a Core,
    method: Method,
    route: String,
    request_id: String,
    started: Instant,
    written: bool,
}

impl Record<'_> {
    fn write(&mut self, status: u16) {
        self.written = true;
        let elapsed = self.started.elapsed();
        // Unknown paths share one label, so scanners cannot blow up the metric's cardinality.
        let label = if status == 404 { "unmatched" } else { self.route.as_str() };
        self.core
            .metrics
            .http_request_duration
            .with_label_values(&[self.method.as_str(), label, &status.to_string()])
            .observe(elapsed.as_secs_f64());
        tracing::info!(
            http.method = %self.method,
            http.route = %self.route,
            http.status = status,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            request.id = %self.request_id,
            "request"
        );
    }
}

impl Drop for Record<'_> {
    fn drop(&mut self) {
        if !self.written {
            self.write(CLIENT_GONE);
        }
    }
}

/// What events caused by this request say about it.
fn request_info(core: &Core, request: &Request, request_id: &str) -> RequestInfo {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let user_agent = request.headers().get(header::USER_AGENT).and_then(|v| v.to_str().ok());
    RequestInfo {
        ip: Some(crate::server::door::client_ip(peer, request.headers(), &core.settings.trusted_proxies)),
        user_agent: user_agent.map(|ua| ua.chars().take(256).collect()),
        request_id: Some(request_id.to_owned()),
    }
}

fn incoming_id(request: &Request) -> Option<String> {
    let id = request.headers().get(REQUEST_ID)?.to_str().ok()?;
    let plausible =
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    plausible.then(|| id.to_owned())
}

/// Request ids only need to be unique, not secret: the thread's generator (seeded from the OS)
/// saves a system call per request.
fn new_id() -> String {
    let mut bytes = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The path with anything secret-bearing replaced: activation keys and the tokens of reset,
/// email-change and "this wasn't me" links never reach the log.
pub fn loggable_path(path: &str) -> String {
    const ACTIVATE: &str = "/accounts/activate/";
    const RESET: &str = "/accounts/password/reset/confirm/";
    const EMAIL_CONFIRM: &str = "/accounts/email/confirm/";
    const NOT_ME: &str = "/accounts/not-me/";
    if let Some(rest) = path.strip_prefix(ACTIVATE) {
        if !matches!(rest, "" | "complete/" | "resend/" | "complete" | "resend") {
            return format!("{ACTIVATE}{{key}}/");
        }
    }
    if path.starts_with(RESET) {
        return format!("{RESET}{{token}}/");
    }
    for (prefix, page) in [(EMAIL_CONFIRM, "complete"), (NOT_ME, "done")] {
        if let Some(rest) = path.strip_prefix(prefix) {
            if !rest.is_empty() && rest.trim_end_matches('/') != page {
                return format!("{prefix}{{token}}/");
            }
        }
    }
    if path.len() > 200 {
        return format!("{}…", &path[..path.floor_char_boundary(200)]);
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activation_keys_and_reset_tokens_are_redacted() {
        let key = "a".repeat(40);
        assert_eq!(loggable_path(&format!("/accounts/activate/{key}/")), "/accounts/activate/{key}/");
        assert_eq!(loggable_path(&format!("/accounts/activate/{key}")), "/accounts/activate/{key}/");
        assert_eq!(loggable_path("/accounts/activate/complete/"), "/accounts/activate/complete/");
        let token = "b".repeat(64);
        assert_eq!(
            loggable_path(&format!("/accounts/password/reset/confirm/{token}/")),
            "/accounts/password/reset/confirm/{token}/"
        );
        assert_eq!(loggable_path("/accounts/register/"), "/accounts/register/");
        let confirm = format!("/accounts/email/confirm/{token}/");
        assert_eq!(loggable_path(&confirm), "/accounts/email/confirm/{token}/");
        assert_eq!(loggable_path("/accounts/email/confirm/complete/"), "/accounts/email/confirm/complete/");
        assert_eq!(loggable_path(&format!("/accounts/not-me/{token}")), "/accounts/not-me/{token}/");
        assert_eq!(loggable_path("/accounts/not-me/done/"), "/accounts/not-me/done/");
    }
}
