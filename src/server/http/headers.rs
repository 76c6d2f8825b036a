//! Security headers on every response (and `Retry-After` on every 503). Pages rendered by Leptos carry a Content-Security-Policy
//! with the render's script nonce (see `ui::request`); everything else gets a strict default.

use crate::server::state::Core;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The policy of a rendered page: scripts only from this site or with this render's nonce.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

const DEFAULT_POLICY: &str =
    "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// HSTS is sent when the site is configured as https (`SITE_SCHEME=https`).
pub async fn security_headers(State(core): State<Core>, request: Request, next: Next) -> Response {
    let https = core.settings.site.scheme.as_deref() == Some("https");
    let mut response = next.run(request).await;
    apply(response.headers_mut(), https);
    if response.status() == axum::http::StatusCode::SERVICE_UNAVAILABLE {
        // Whatever was unavailable (usually the database), clients may come back shortly.
        response.headers_mut().entry(header::RETRY_AFTER).or_insert(HeaderValue::from_static("5"));
    }
    response
}

/// Adds what is missing (a page's own policy or a stricter Referrer-Policy is kept).
pub fn apply(headers: &mut HeaderMap, https: bool) {
    let defaults = [
        (header::CONTENT_SECURITY_POLICY, DEFAULT_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
    ];
    for (name, value) in defaults {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    }
    if https {
        headers
            .entry(header::STRICT_TRANSPORT_SECURITY)
            .or_insert(HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_policy_allows_only_the_nonce_and_this_site() {
        let policy = page_policy("abc");
        assert!(policy.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"));
        assert!(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"));
    }

    #[test]
    fn existing_headers_are_kept() {
        let mut headers = HeaderMap::new();
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        apply(&mut headers, true);
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    }
}
