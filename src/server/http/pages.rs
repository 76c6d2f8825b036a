//! Rendering the Leptos app for a request, with extra context (a form seed, a failure reason).

use crate::api::types::RegisteredEmail;
use crate::server::i18n::PageSpeaker;
use crate::server::session::CurrentUser;
use crate::server::state::AppState;
use crate::ui::app::{page_shell, shell, Page};
use crate::ui::i18n::{I18n, Languages};
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::Request;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use leptos::prelude::{provide_context, use_context, IntoView};
use leptos_axum::ResponseOptions;
use std::sync::Arc;

/// Context every render (and server function) gets: the state, the form rules, and what the
/// pages may know about the request — the logged-in user and the address of the registration
/// just made, and the words of its language. A page render also gets its Content-Security-Policy, naming its script nonce.
pub fn provide_app_context(state: &AppState) {
    provide_context(state.clone());
    provide_context(state.core.settings.registration_form);
    provide_context(state.core.settings.login_field);
    if let Some(parts) = use_context::<Parts>() {
        provide_context(parts.extensions.get::<CurrentUser>().and_then(CurrentUser::summary));
        provide_context(RegisteredEmail(super::cookies::registered_email(&parts.headers)));
        let speaker = speaker(state, &parts);
        provide_context(languages(state, &parts, speaker.0.lang()));
        provide_context(speaker);
    }
    send_security_policy();
}

/// The pages' words in the request's language.
fn speaker(state: &AppState, parts: &Parts) -> I18n {
    let catalogues = state.core.catalogues.clone();
    let language = crate::server::i18n::for_request(&catalogues, &parts.headers).to_owned();
    I18n(Arc::new(PageSpeaker { catalogues, language }))
}

/// What the language picker shows.
fn languages(state: &AppState, parts: &Parts, current: &str) -> Languages {
    let offered = state.core.catalogues.offered();
    let named = offered.into_iter().map(|tag| {
        let name = crate::server::i18n::Catalogues::native_name(&tag).to_owned();
        (tag, name)
    });
    let here = parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_owned();
    Languages { current: current.to_owned(), offered: named.collect(), here }
}

fn send_security_policy() {
    let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<ResponseOptions>()) else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&super::headers::page_policy(&nonce)) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
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
    let mut response = handler(request).await.into_response();
    // The words depend on the language the request asks for (its header or its cookie).
    response.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}
