//! Rendering the Leptos app for a request, with extra context (a form seed, a failure reason).

use crate::server::state::AppState;
use crate::ui::app::shell;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::Request;
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Context every render gets: the state (for server functions) and the form rules.
pub fn provide_app_context(state: &AppState) {
    provide_context(state.clone());
    provide_context(state.core.settings.registration_form);
}

/// Renders the page at `parts.uri` with `seed` in context.
pub async fn render_with<C>(state: &AppState, parts: &Parts, seed: Option<C>) -> Response
where
    C: Clone + Send + Sync + 'static,
{
    let ctx_state = state.clone();
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_app_context(&ctx_state);
            if let Some(seed) = seed.clone() {
                provide_context(seed);
            }
        },
        move || shell(options.clone()),
    );
    let mut request = Request::from_parts(parts.clone(), Body::empty());
    *request.method_mut() = axum::http::Method::GET;
    handler(request).await.into_response()
}
