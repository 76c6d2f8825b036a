//! Cross-site request refusal: a state-changing request whose `Origin` (or, failing that,
//! `Referer`) names another site gets 403. Same-site forms, with or without JavaScript, pass;
//! so do clients that send neither header (browsers always send one on cross-site POSTs).

use crate::server::i18n::Words;
use crate::server::state::Core;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn refuse_cross_site(State(core): State<Core>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE);
    if !safe && is_cross_site(request.headers(), core.settings.site.domain.as_deref()) {
        tracing::warn!(http.method = %request.method(), "cross-site request refused");
        let words = Words::new(&core.catalogues, request.headers());
        if request.uri().path().starts_with("/api/v1/") {
            let title = words.say("problem-cross-site", &[]);
            return super::api_v1::problem::Problem::new(StatusCode::FORBIDDEN, "cross-site", &title)
                .into_response();
        }
        return (StatusCode::FORBIDDEN, words.say("http-cross-site", &[])).into_response();
    }
    next.run(request).await
}

/// True when the request's origin is known and is neither the `Host` nor the configured site.
pub fn is_cross_site(headers: &HeaderMap, site_domain: Option<&str>) -> bool {
    let text = |name| headers.get(name).and_then(|v: &axum::http::HeaderValue| v.to_str().ok());
    let Some(source) = text(header::ORIGIN).filter(|o| *o != "null").or_else(|| text(header::REFERER)) else {
        return text(header::ORIGIN) == Some("null");
    };
    let Some(origin_host) = url::Url::parse(source).ok().and_then(|u| authority(&u)) else {
        return true;
    };
    let host = text(header::HOST);
    !(host == Some(origin_host.as_str()) || site_domain == Some(origin_host.as_str()))
}

fn authority(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (header::HeaderName::from_static(k), v.parse().unwrap())).collect()
    }

    #[test]
    fn same_site_and_headerless_requests_pass() {
        assert!(!is_cross_site(
            &headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000")]),
            None
        ));
        assert!(!is_cross_site(
            &headers(&[("host", "a.example"), ("referer", "https://a.example/accounts/login/")]),
            None
        ));
        assert!(!is_cross_site(&headers(&[("host", "a.example")]), None));
        assert!(!is_cross_site(
            &headers(&[("host", "internal:8080"), ("origin", "https://a.example")]),
            Some("a.example")
        ));
    }

    #[test]
    fn other_sites_and_opaque_origins_are_refused() {
        assert!(is_cross_site(&headers(&[("host", "a.example"), ("origin", "https://evil.example")]), None));
        assert!(is_cross_site(&headers(&[("host", "a.example"), ("origin", "null")]), None));
        assert!(is_cross_site(
            &headers(&[("host", "a.example"), ("referer", "https://a.example.evil.example/")]),
            None
        ));
        assert!(is_cross_site(
            &headers(&[("host", "a.example:3000"), ("origin", "http://a.example:4000")]),
            None
        ));
    }
}
