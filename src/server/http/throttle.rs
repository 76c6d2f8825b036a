//! Applies the rate limits to the POSTs that register, resend, log in or reset a password
//! (plain forms and server functions alike): 429 with `Retry-After` and a readable page.

use super::limits::MAX_BODY_BYTES;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use std::net::{IpAddr, SocketAddr};

pub async fn throttle(State(core): State<Core>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if let Some(action) = action_of(&path, &bytes) {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let ip = client_ip(peer, &parts.headers, &core.settings.trusted_proxies);
        if let Err(wait) = core.rate_limits.check(action, ip, target_of(&bytes).as_deref()) {
            tracing::warn!(?action, "rate limit reached");
            return too_many(wait.as_secs() + 1);
        }
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

fn action_of(path: &str, body: &Bytes) -> Option<Action> {
    match path {
        "/accounts/register/" | "/api/register" => Some(Action::Register),
        "/accounts/activate/resend/" | "/api/resend" => Some(Action::Resend),
        "/accounts/login/" => Some(Action::Login),
        "/accounts/password/reset/" => Some(Action::PasswordReset),
        "/api/account" => match form_value(body, &["kind"])?.as_str() {
            "Login" => Some(Action::Login),
            "PasswordReset" => Some(Action::PasswordReset),
            _ => None,
        },
        _ => None,
    }
}

/// The username or address a form is about: a plain form's field, or the same field inside
/// a server function's `form[...]` (register, resend) or `fields[...]` (account forms).
fn target_of(body: &Bytes) -> Option<String> {
    let names = ["username", "email", "form[username]", "form[email]", "fields[username]", "fields[email]"];
    form_value(body, &names)
}

/// The first of these fields in a URL-encoded body.
fn form_value(body: &Bytes, names: &[&str]) -> Option<String> {
    url::form_urlencoded::parse(body).find(|(k, _)| names.contains(&k.as_ref())).map(|(_, v)| v.into_owned())
}

/// The peer address, or the last address a trusted proxy reports in `X-Forwarded-For`.
pub fn client_ip(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.unwrap_or(IpAddr::from([127, 0, 0, 1]));
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    forwarded
        .split(',')
        .rev()
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .find(|a| !trusted.contains(a))
        .unwrap_or(peer)
}

fn too_many(retry_after: u64) -> Response {
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts</title>\
         <link rel=\"stylesheet\" href=\"/pkg/registration.css\"></head><body><main class=\"page\">\
         <h1>Too many attempts</h1><div class=\"card\"><p>Please wait {retry_after} seconds, then try again.</p>\
         </div></main></body></html>"
    );
    (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, retry_after.to_string())], Html(page))
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_behind_trusted_proxies() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "203.0.113.9, 10.0.0.2".parse().unwrap());
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let stranger: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(client_ip(Some(stranger), &headers, &[proxy]), stranger, "untrusted peers cannot spoof");
        assert_eq!(client_ip(Some(proxy), &headers, &[proxy]), "203.0.113.9".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn targets_come_from_forms_and_json() {
        assert_eq!(target_of(&Bytes::from("username=Bob&password=x")).as_deref(), Some("Bob"));
        assert_eq!(target_of(&Bytes::from("form%5Bemail%5D=a%40b.c")).as_deref(), Some("a@b.c"));
        let account = Bytes::from("kind=Login&fields%5Busername%5D=carol&fields%5Bpassword%5D=x");
        assert_eq!(target_of(&account).as_deref(), Some("carol"));
        assert_eq!(action_of("/api/account", &account), Some(Action::Login));
        let reset = Bytes::from("kind=PasswordReset&fields%5Bemail%5D=d%40e.f");
        assert_eq!(target_of(&reset).as_deref(), Some("d@e.f"));
        assert_eq!(action_of("/api/account", &reset), Some(Action::PasswordReset));
    }
}
