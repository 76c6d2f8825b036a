//! Rendering the Leptos app for a request, with extra context (a form seed, a failure reason).

use crate::server::state::AppState;
use crate::ui::app::{page_shell, shell, Page};
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::Request;
use axum::response::{IntoResponse, Response};
use leptos::prelude::{provide_context, IntoView};

/// Context every render gets: the state (for server functions) and the form rules.
pub fn provide_app_context(state: &AppState) {
    provide_context(state.clone());
    provide_context(state.core.settings.registration_form);
}

/// Renders the page the router finds at `parts.uri`, with `seed` in context.
pub async fn render_with<C>(state: &AppState, parts: &Parts, seed: Option<C>) -> Response
where
    C: Clone + Send + Sync + 'static,
{
    let options = state.leptos_options.clone();
    render(state, parts, seed, move || shell(options.clone())).await
}

/// Renders `page`, which the handler has already chosen, with `seed` in context. The same
/// document as `render_with`, without matching the path against every route.
pub async fn render_page<C>(state: &AppState, parts: &Parts, seed: Option<C>, page: Page) -> Response
where
    C: Clone + Send + Sync + 'static,
{
    let options = state.leptos_options.clone();
    render(state, parts, seed, move || page_shell(options.clone(), page)).await
}

async fn render<C, V>(
    state: &AppState,
    parts: &Parts,
    seed: Option<C>,
    document: impl Fn() -> V + Clone + Send + Sync + 'static,
) -> Response
where
    C: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let ctx_state = state.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_app_context(&ctx_state);
            if let Some(seed) = seed.clone() {
                provide_context(seed);
            }
        },
        document,
    );
    let mut request = Request::from_parts(parts.clone(), Body::empty());
    *request.method_mut() = axum::http::Method::GET;
    handler(request).await.into_response()
}
