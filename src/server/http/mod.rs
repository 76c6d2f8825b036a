//! The HTTP doors: the plain-HTML form handlers (door 1), the JSON API `/api/v1` (door 3;
//! door 2, the server functions, is `api::forms`), page rendering with a seed, the fallback
//! (slash redirects, static files, 404), the host check, security headers and request logging.

pub mod account_routes;
pub mod activate;
pub mod admin;
pub mod api_v1;
pub mod compression;
pub mod cookies;
pub mod csrf;
pub mod detach;
pub mod dev_mail;
pub mod fallback;
pub mod fn_errors;
pub mod gzip_splice;
pub mod headers;
pub mod health;
pub mod hosts;
pub mod html;
pub mod kept_pages;
pub mod limits;
pub mod logging;
pub mod metrics;
pub mod page_cache;
pub mod pages;
pub mod register;
pub mod resend;
pub mod routes;
pub mod self_service;
pub mod set_language;
pub mod starting;

pub use html::found;
