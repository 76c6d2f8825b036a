//! The kept anonymous forms, answered ahead of the inner layers. A `GET` of the registration
//! or login form with no query string and no session cookie is the page every anonymous
//! visitor of its language and site gets (`page_cache`): once that page is kept, the body
//! limit, the cross-site check, the session, the user lookup and the router have nothing to
//! add to it, so it is answered here. The outer layers (request log, host check, security
//! headers) still apply; anything else, and a page not kept yet, goes the whole way.

use super::page_cache::key_for;
use crate::paths;
use crate::server::i18n::for_request;
use crate::server::session::COOKIE;
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::Response;

const REGISTER: &str = "/accounts/register/";

pub async fn answer_kept(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match kept(&state, &request) {
        Some(response) => response,
        None => next.run(request).await,
    }
}

fn kept(state: &AppState, request: &Request) -> Option<Response> {
    if request.method() != Method::GET || request.uri().query().is_some() || has_session(request.headers()) {
        return None;
    }
    let page = kept_page(state, request.uri().path())?;
    let (core, headers) = (&state.core, request.headers());
    let key = key_for(page, for_request(&core.catalogues, headers), &core.settings.site.resolve(headers));
    state.page_cache.kept(&key, headers)
}

/// Which kept page `path` is, when its route is mounted and open to anonymous visitors.
fn kept_page(state: &AppState, path: &str) -> Option<&'static str> {
    let settings = &state.core.settings;
    match path {
        REGISTER if settings.include_register_url && settings.registration_open => Some("register"),
        paths::LOGIN if settings.include_auth_urls => Some("login"),
        _ => None,
    }
}

/// Whether the request names a session (whose user may be logged in).
fn has_session(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| pair.trim().split_once('=').is_some_and(|(name, _)| name == COOKIE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_a_session_cookie_counts_as_a_session() {
        let mut headers = HeaderMap::new();
        assert!(!has_session(&headers));
        headers.insert(header::COOKIE, HeaderValue::from_static("lang=fr; xsessionid=1"));
        assert!(!has_session(&headers));
        headers.append(header::COOKIE, HeaderValue::from_static("a=b;  sessionid=abc"));
        assert!(has_session(&headers));
    }
}
