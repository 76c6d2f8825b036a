//! The router: Leptos pages, the plain-form door, the server functions, the JSON API,
//! sessions, fallback, host check, logging. Switched-off views are not mounted on the HTML
//! door; the use cases behind every door refuse them too (404 on all three).

use super::account_routes as account;
use super::self_service as me;
use super::{activate, api_v1, fallback, logging, register, resend};
use crate::paths;
use crate::server::session::{self, attach_user};
use crate::server::session_store::Store;
use crate::server::state::AppState;
use crate::ui::app::{shell, App};
use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use leptos_axum::{generate_route_list_with_exclusions, LeptosRoutes};
use tower_sessions::SessionManagerLayer;

const ACTIVATE_KEY: &str = "/accounts/activate/{key}/";
const RESEND: &str = "/accounts/activate/resend/";
const RENEW: &str = "/accounts/activate/{key}/renew/";
const REGISTER_PAGES: [&str; 2] = ["/accounts/register/complete/", "/accounts/register/closed/"];
const AUTH_PAGES: [&str; 17] = [
    "/accounts/login/",
    "/accounts/logout/",
    "/accounts/password/change/",
    "/accounts/password/change/done/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/confirm/{token}/",
    "/accounts/password/reset/complete/",
    "/accounts/profile/",
    "/accounts/delete/",
    "/accounts/delete/done/",
    "/accounts/email/change/",
    "/accounts/email/change/done/",
    "/accounts/email/confirm/{token}/",
    "/accounts/email/confirm/complete/",
    "/accounts/not-me/{token}/",
    "/accounts/not-me/done/",
];

/// A page with no server-side logic of its own.
async fn page(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    super::pages::render_with::<crate::api::types::FormSeed>(&state, &parts, None).await
}

fn auth_routes(router: Router<AppState>) -> Router<AppState> {
    router
        .route("/accounts/login/", get(account::login_page).post(account::login_submit))
        .route("/accounts/logout/", get(page).post(account::logout_submit))
        .route(
            "/accounts/password/change/",
            get(account::password_change_page).post(account::password_change_submit),
        )
        .route("/accounts/password/change/done/", get(account::password_change_page))
        .route("/accounts/password/reset/", get(page).post(account::password_reset_submit))
        .route("/accounts/password/reset/done/", get(page))
        .route(
            "/accounts/password/reset/confirm/{token}/",
            get(account::reset_confirm_page).post(account::reset_confirm_submit),
        )
        .route("/accounts/password/reset/complete/", get(page))
        .route("/accounts/profile/", get(account::profile))
        .route("/accounts/delete/", get(account::delete_account_page).post(account::delete_account_submit))
        .route("/accounts/delete/done/", get(page))
        .route("/accounts/email/change/", get(me::email_change_page).post(me::email_change_submit))
        .route("/accounts/email/change/done/", get(page))
        .route("/accounts/email/confirm/{token}/", get(me::email_confirm_page).post(me::email_confirm_submit))
        .route("/accounts/email/confirm/complete/", get(page))
        .route("/accounts/not-me/{token}/", get(me::not_me_page).post(me::not_me_submit))
        .route("/accounts/not-me/done/", get(page))
        .route("/accounts/sessions/end/", axum::routing::post(me::end_session_submit))
        .route("/accounts/sessions/end-others/", axum::routing::post(me::end_other_sessions_submit))
        .route("/accounts/language/", axum::routing::post(me::language_submit))
        .route(crate::paths::SET_LANGUAGE, axum::routing::post(super::set_language::submit))
}

pub fn router(state: AppState, sessions: SessionManagerLayer<Store>) -> Router {
    let settings = state.core.settings.clone();
    let mut excluded: Vec<String> = [ACTIVATE_KEY, RESEND, paths::REGISTER].map(String::from).into();
    excluded.extend(AUTH_PAGES.map(String::from));
    if !settings.include_register_url {
        excluded.extend(REGISTER_PAGES.map(String::from));
    }
    let routes = generate_route_list_with_exclusions(App, Some(excluded));
    let ctx_state = state.clone();
    let activation = get(activate::follow_link).head(activate::probe).post(activate::confirm);
    let mut router = Router::new()
        .route(ACTIVATE_KEY, activation)
        .route(RENEW, axum::routing::post(activate::renew))
        .route(RESEND, get(resend::show).post(resend::submit));
    if settings.include_register_url {
        router = router.route(paths::REGISTER, get(register::show).post(register::submit));
    }
    if settings.include_auth_urls {
        // The web admin needs a login, so it comes with the auth pages.
        router = auth_routes(router).merge(super::admin::routes());
    }
    router =
        router.route("/healthz", get(super::health::healthz)).route("/readyz", get(super::health::readyz));
    if settings.metrics_enabled {
        router = router.route("/metrics", get(super::metrics::metrics));
    }
    router = router.merge(api_v1::routes());
    if state.core.dev_mailbox.is_some() {
        router = router.merge(super::dev_mail::routes());
    }
    let app = router
        .leptos_routes_with_context(&state, routes, move || super::pages::provide_app_context(&ctx_state), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(fallback::fallback)
        .layer(axum::middleware::from_fn(super::fn_errors::classify))
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), attach_user))
        .layer(sessions)
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), super::csrf::refuse_cross_site))
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), super::limits::limit_body))
        .layer(axum::middleware::from_fn(super::detach::run_to_completion))
        .with_state(state.clone());
    ahead_of_routing(app, state)
}

/// The layers every request passes before it is routed: the request log, gzip, security
/// headers, the host check and the kept forms. `Router::layer` wraps each route in its own
/// copy of the layers, run after the route is matched; these wrap the whole router once, so a
/// kept form is answered without matching a route or entering the route's layers.
fn ahead_of_routing(app: Router, state: AppState) -> Router {
    Router::new()
        .fallback_service(app)
        .layer(axum::middleware::from_fn_with_state(state.clone(), super::kept_pages::answer_kept))
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), super::hosts::check_host))
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), super::headers::security_headers))
        .layer(axum::middleware::from_fn(super::compression::gzip_answers))
        .layer(axum::middleware::from_fn_with_state(state.core.clone(), logging::log_request))
}

pub use session::layer as session_layer;
