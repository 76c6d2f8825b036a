//! The router: Leptos pages, the plain-form handlers, server functions, fallback, logging.

use super::{activate, fallback, logging, register, resend};
use crate::server::state::AppState;
use crate::ui::app::{shell, App};
use axum::routing::get;
use axum::Router;
use leptos_axum::{generate_route_list_with_exclusions, LeptosRoutes};

const REGISTER: &str = "/accounts/register/";
const ACTIVATE_KEY: &str = "/accounts/activate/{key}/";
const RESEND: &str = "/accounts/activate/resend/";

pub fn router(state: AppState) -> Router {
    let settings = state.core.settings.clone();
    let mut excluded = vec![
        ACTIVATE_KEY.to_owned(),
        RESEND.to_owned(),
        REGISTER.to_owned(),
    ];
    if !settings.include_register_url {
        excluded.extend(
            ["/accounts/register/complete/", "/accounts/register/closed/"].map(String::from),
        );
    }
    let routes = generate_route_list_with_exclusions(App, Some(excluded));
    let ctx_state = state.clone();
    let mut router = Router::new()
        .route(
            ACTIVATE_KEY,
            get(activate::follow_link).head(activate::probe),
        )
        .route(RESEND, get(resend::show).post(resend::submit));
    if settings.include_register_url {
        router = router.route(REGISTER, get(register::show).post(register::submit));
    }
    router
        .leptos_routes_with_context(
            &state,
            routes,
            move || super::pages::provide_app_context(&ctx_state),
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(fallback::fallback)
        .layer(axum::middleware::from_fn(logging::log_request))
        .with_state(state)
}
