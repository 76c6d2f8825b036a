//! `ALLOWED_HOSTS`: a request whose `Host` is not one of this site's names answers 400 before
//! anything else happens, so no link in a mail can name a host an attacker chose.
//!
//! Django's meaning: `example.com` matches that name exactly, `.example.com` also its
//! subdomains, `*` any host; the port is ignored. `SITE_DOMAIN` is always allowed. With
//! neither set, only `localhost`, `127.0.0.1` and `[::1]` are. Health checks (`/healthz`,
//! `/readyz`) answer whatever the host, so load balancers may probe by address.

use crate::server::state::Core;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

const LOCAL: [&str; 3] = ["localhost", "127.0.0.1", "[::1]"];

pub async fn check_host(State(core): State<Core>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    if !is_allowed(host, &core.settings.allowed_hosts, core.settings.site.domain.as_deref()) {
        tracing::warn!(http.host = %host.chars().take(100).collect::<String>(), "request for a host not in ALLOWED_HOSTS");
        let words = crate::server::i18n::Words::new(&core.catalogues, request.headers());
        return (StatusCode::BAD_REQUEST, words.say("http-bad-host", &[])).into_response();
    }
    next.run(request).await
}

/// Whether `host` (as the `Host` header gives it) names this site.
pub fn is_allowed(host: &str, allowed: &[String], site_domain: Option<&str>) -> bool {
    let name = host_name(host);
    if name.is_empty() {
        return false;
    }
    let site = site_domain.map(host_name);
    if allowed.is_empty() && site.is_none() {
        return LOCAL.contains(&name.as_str());
    }
    site.is_some_and(|site| site == name) || allowed.iter().any(|pattern| matches(pattern, &name))
}

fn matches(pattern: &str, name: &str) -> bool {
    let pattern = pattern.to_ascii_lowercase();
    match pattern.strip_prefix('.') {
        _ if pattern == "*" => true,
        Some(parent) => name == parent || name.ends_with(&pattern),
        None => host_name(&pattern) == name,
    }
}

/// The host without its port, lower case (`[::1]:3000` → `[::1]`, `Example.com:80` →
/// `example.com`); empty when malformed.
fn host_name(host: &str) -> String {
    let host = host.trim().to_ascii_lowercase();
    let name = if host.starts_with('[') {
        host.split_inclusive(']').next().unwrap_or_default().to_owned()
    } else {
        host.split(':').next().unwrap_or_default().to_owned()
    };
    let plausible =
        name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
    if plausible {
        name
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn without_settings_only_local_names_pass() {
        assert!(is_allowed("localhost:3000", &[], None));
        assert!(is_allowed("127.0.0.1:3000", &[], None));
        assert!(is_allowed("[::1]:3000", &[], None));
        assert!(!is_allowed("evil.example", &[], None));
        assert!(!is_allowed("", &[], None));
    }

    #[test]
    fn the_site_domain_and_the_list_pass_and_nothing_else() {
        let allowed = list(&["a.example", ".b.example"]);
        assert!(is_allowed("site.example:8443", &allowed, Some("site.example")));
        assert!(is_allowed("A.Example", &allowed, None));
        assert!(is_allowed("b.example", &allowed, None));
        assert!(is_allowed("x.b.example:80", &allowed, None));
        assert!(!is_allowed("xb.example", &allowed, None));
        assert!(!is_allowed("localhost", &allowed, None), "local names are not implied once a list is set");
        assert!(!is_allowed("evil.example", &[], Some("site.example")));
        assert!(is_allowed("anything.example", &list(&["*"]), None));
        assert!(!is_allowed("a.example\"<x>", &allowed, None));
    }
}
