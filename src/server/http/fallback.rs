//! Requests no route matched: add a missing trailing slash under `/accounts/`, else serve a
//! static file, else render the 404 page.

use super::pages::provide_app_context;
use crate::server::state::AppState;
use crate::ui::app::shell;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn fallback(State(state): State<AppState>, request: Request) -> Response {
    if let Some(location) = slash_redirect(request.uri()) {
        let status = if matches!(*request.method(), Method::GET | Method::HEAD) {
            StatusCode::MOVED_PERMANENTLY
        } else {
            StatusCode::PERMANENT_REDIRECT
        };
        return (status, [(header::LOCATION, location)]).into_response();
    }
    let ctx_state = state.clone();
    let handler =
        leptos_axum::file_and_error_handler_with_context(move || provide_app_context(&ctx_state), shell);
    let uri = request.uri().clone();
    handler(uri, State(state), request).await
}

/// `/accounts/register` -> `/accounts/register/` (query kept), as Django's APPEND_SLASH does.
fn slash_redirect(uri: &axum::http::Uri) -> Option<String> {
    let path = uri.path();
    let last = path.rsplit('/').next().unwrap_or_default();
    let wants_slash = path.starts_with("/accounts/") && !path.ends_with('/') && !last.contains('.');
    wants_slash.then(|| match uri.query() {
        Some(q) => format!("{path}/?{q}"),
        None => format!("{path}/"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_account_paths_without_a_slash_redirect() {
        let uri = |s: &str| s.parse::<axum::http::Uri>().unwrap();
        assert_eq!(slash_redirect(&uri("/accounts/register")).as_deref(), Some("/accounts/register/"));
        assert_eq!(
            slash_redirect(&uri("/accounts/login?next=/x")).as_deref(),
            Some("/accounts/login/?next=/x")
        );
        assert_eq!(slash_redirect(&uri("/accounts/register/")), None);
        assert_eq!(slash_redirect(&uri("/pkg/registration.js")), None);
        assert_eq!(slash_redirect(&uri("/nope")), None);
    }
}
