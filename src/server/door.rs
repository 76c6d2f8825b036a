//! What every door shares: the request context a use case gets, built from an HTTP request
//! (client address behind trusted proxies, site, user, session, request details), and the
//! server functions' view of a use case's error.

use super::error::AppError;
use super::services::events::{current_request, RequestInfo};
use super::services::RequestCtx;
use super::session::{CurrentUser, UserUnknown};
use super::state::{AppState, Core};
use crate::api::error::ServerError;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use tower_sessions::Session;

/// The context of the request in `parts`.
pub fn request_ctx(core: &Core, parts: &Parts) -> RequestCtx {
    let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let client_ip = client_ip(peer, &parts.headers, &core.settings.trusted_proxies);
    RequestCtx {
        client_ip,
        site: core.settings.site.resolve(&parts.headers),
        user: parts.extensions.get::<CurrentUser>().and_then(|u| u.0.clone()),
        user_unknown: parts.extensions.get::<UserUnknown>().is_some(),
        session: parts.extensions.get::<Session>().cloned(),
        device: super::device::from_headers(&parts.headers),
        language: super::i18n::for_request(&core.catalogues, &parts.headers).to_owned(),
        info: current_request().unwrap_or(RequestInfo { ip: Some(client_ip), ..RequestInfo::default() }),
    }
}

impl FromRequestParts<AppState> for RequestCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(request_ctx(&state.core, parts))
    }
}

/// The peer address, or the last address a trusted proxy reports in `X-Forwarded-For`.
pub fn client_ip(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.unwrap_or(IpAddr::from([127, 0, 0, 1]));
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    forwarded
        .split(',')
        .rev()
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .find(|a| !trusted.contains(a))
        .unwrap_or(peer)
}

/// Inside a server function: the core and this request's context.
pub fn server_fn_request() -> Result<(Core, RequestCtx), ServerError> {
    let state = leptos::prelude::use_context::<AppState>().ok_or(ServerError::Unavailable)?;
    let parts = leptos::prelude::use_context::<Parts>().ok_or(ServerError::Unavailable)?;
    let ctx = request_ctx(&state.core, &parts);
    Ok((state.core.clone(), ctx))
}

/// A use case's error as a server function answers it: logged here, once, its messages in the
/// request's language, and its status set on the response.
pub fn to_server_error(error: AppError, action: &'static str) -> ServerError {
    error.log(action);
    let wire = match error {
        AppError::NotFound => ServerError::NotFound,
        AppError::Invalid(errors) => ServerError::Invalid(errors.localized(crate::ui::i18n::say)),
        AppError::RateLimited { retry_after } => ServerError::RateLimited { retry_after },
        AppError::LoginRequired => ServerError::LoginRequired,
        AppError::RegistrationClosed => ServerError::Redirect(crate::paths::REGISTER_CLOSED.to_owned()),
        AppError::AlreadyLoggedIn { redirect } => ServerError::Redirect(redirect),
        // The pages of the key or token explain what is wrong with it.
        AppError::ActivationFailed(_) | AppError::BadResetToken | AppError::BadLink => {
            ServerError::Redirect(String::new())
        }
        _ => ServerError::Unavailable,
    };
    set_status(&wire);
    wire
}

/// Adds a `Set-Cookie` to a server function's answer.
pub fn set_cookie(cookie: &str) {
    let response = leptos::prelude::use_context::<leptos_axum::ResponseOptions>();
    if let (Some(response), Ok(value)) = (response, axum::http::HeaderValue::from_str(cookie)) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// The registration just made, for the completion page to name (a short-lived cookie).
pub fn remember_registered_email(email: &str, ctx: &RequestCtx) {
    let cookie = super::http::cookies::registered_email_cookie(email, ctx.site.scheme == "https");
    set_cookie(cookie.to_str().unwrap_or_default());
}

fn set_status(error: &ServerError) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(status) = axum::http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
        if let ServerError::RateLimited { retry_after } = error {
            if let Ok(value) = axum::http::HeaderValue::from_str(&retry_after.to_string()) {
                response.insert_header(axum::http::header::RETRY_AFTER, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_behind_trusted_proxies() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "203.0.113.9, 10.0.0.2".parse().unwrap());
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let stranger: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(client_ip(Some(stranger), &headers, &[proxy]), stranger, "untrusted peers cannot spoof");
        assert_eq!(client_ip(Some(proxy), &headers, &[proxy]), "203.0.113.9".parse::<IpAddr>().unwrap());
    }
}
