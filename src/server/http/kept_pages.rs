//! The kept anonymous forms, answered ahead of the inner layers. A `GET` of the registration
//! or login form with no query string and no session cookie is the page every anonymous
//! visitor of its language and site gets (`page_cache`): once that page is kept, the body
//! limit, the cross-site check, the session, the user lookup and the router have nothing to
//! add to it, so it is answered here. The outer layers (request log, host check, security
//! headers) still apply; anything else, and a page not kept yet, goes the whole way.

use super::cookies::cookie;
use super::page_cache::key_for;
use crate::paths;
use crate::server::i18n::for_request;
use crate::server::session::COOKIE;
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

pub async fn answer_kept(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match kept(&state, &request) {
        Some(response) => response,
        None => next.run(request).await,
    }
}

fn kept(state: &AppState, request: &Request) -> Option<Response> {
    if request.method() != Method::GET
        || request.uri().query().is_some()
        || cookie(request.headers(), COOKIE).is_some()
    {
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
        paths::REGISTER if settings.include_register_url && settings.registration_open => Some("register"),
        paths::LOGIN if settings.include_auth_urls => Some("login"),
        _ => None,
    }
}
