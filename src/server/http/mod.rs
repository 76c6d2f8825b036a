//! HTTP edge: the plain-form handlers, the server-function bodies, page rendering with a
//! seed, the fallback (slash redirects, static files, 404) and request logging.

pub mod account;
pub mod account_routes;
pub mod activate;
pub mod cookies;
pub mod csrf;
pub mod detach;
pub mod fallback;
pub mod fn_errors;
pub mod fns;
pub mod headers;
pub mod health;
pub mod limits;
pub mod logging;
pub mod metrics;
pub mod pages;
pub mod register;
pub mod resend;
pub mod routes;
pub mod throttle;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// A `302 Found` redirect, as Django answers (axum's `Redirect::to` is a 303).
pub fn found(location: &str) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, location.to_owned())]).into_response()
}
