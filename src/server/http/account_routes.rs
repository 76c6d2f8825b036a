//! The account pages (plain HTML door): login, logout, password change and reset, profile.
//! Each handler decodes, calls its use case and answers with a redirect or the form again;
//! pages that need a login send anonymous visitors to `login/?next=…`.

use super::html::{error_page, form_failure, found, read_form};
use super::page_cache;
use super::pages::render_with;
use crate::api::types::FormSeed;
use crate::domain::account_forms::{
    DeleteAccountInput, EmailInput, LoginInput, PasswordChangeInput, SetPasswordInput, CHECKED,
};
use crate::domain::FieldErrors;
use crate::paths;
use crate::server::error::AppError;
use crate::server::services::delete_account::{delete_account, may_delete_account};
use crate::server::services::login::{log_in, log_out};
use crate::server::services::password_change::{change_password, may_change_password};
use crate::server::services::password_reset::{request_password_reset, reset_password, token_is_usable};
use crate::server::services::RequestCtx;
use crate::server::state::AppState;
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use std::collections::HashMap;

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The seed value that tells the reset page its token does not work.
pub const RESET_INVALID: &str = "invalid";

pub(super) async fn form_page(
    state: &AppState,
    parts: &Parts,
    values: &[(&str, &str)],
    errors: FieldErrors,
) -> Response {
    let values = values.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    render_with(state, parts, Some(FormSeed { values, errors })).await
}

pub async fn login_page(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    if page_cache::fits(&ctx, &parts) {
        let empty = form_page(&state, &parts, &[("next", "")], FieldErrors::new());
        return state.page_cache.serve(page_cache::key("login", &ctx), &parts, empty).await;
    }
    let query: HashMap<String, String> = parts
        .uri
        .query()
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    let next = query.get("next").cloned().unwrap_or_default();
    form_page(&state, &parts, &[("next", &next)], FieldErrors::new()).await
}

pub async fn login_submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, input) = match read_form::<LoginInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match log_in(&state.core, &ctx, &input).await {
        Ok(done) => with_cookie(found(&done.redirect), &done.device_cookie),
        Err(e) => {
            let remember = if input.remember { CHECKED } else { "" };
            let keep = [
                ("username", input.username.as_str()),
                ("next", input.next.as_str()),
                ("remember", remember),
            ];
            form_failure(&state, &parts, e, "login", |errors| form_page(&state, &parts, &keep, errors)).await
        }
    }
}

pub async fn logout_submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match log_out(&state.core, &ctx).await {
        Ok(()) => found(paths::LOGOUT_DONE),
        Err(e) => error_page(&state, &parts, e, "logout").await,
    }
}

/// `profile/`: the logged-in user's page.
pub async fn profile(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match crate::server::services::profile::profile(&state.core, &ctx).await {
        Ok(data) => render_with(&state, &parts, Some(data)).await,
        Err(e) => error_page(&state, &parts, e, "profile").await,
    }
}

/// GET of `password/change/` and its done page: logged-in users only.
pub async fn password_change_page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match may_change_password(&state.core, &ctx) {
        Ok(()) => render_with::<FormSeed>(&state, &parts, None).await,
        Err(e) => error_page(&state, &parts, e, "password_change").await,
    }
}

pub async fn password_change_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<PasswordChangeInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match change_password(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::CHANGE_DONE),
        Err(e) => {
            form_failure(&state, &parts, e, "password_change", |errors| {
                form_page(&state, &parts, &[], errors)
            })
            .await
        }
    }
}

pub async fn password_reset_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<EmailInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match request_password_reset(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::RESET_DONE),
        Err(e) => {
            let keep = [("email", input.email.as_str())];
            form_failure(&state, &parts, e, "password_reset", |errors| {
                form_page(&state, &parts, &keep, errors)
            })
            .await
        }
    }
}

/// A page whose path holds a token never sends it to another site in a Referer header
/// (`same-origin`). Not `no-referrer`: a browser then sends its form's POST with `Origin: null`,
/// which the cross-site check must refuse, so the page would not work without JavaScript.
pub(super) fn token_page(mut response: Response) -> Response {
    response.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}

pub async fn reset_confirm_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let response = match token_is_usable(&state.core, &token).await {
        Ok(true) => form_page(&state, &parts, &[], FieldErrors::new()).await,
        Ok(false) => form_page(&state, &parts, &[(RESET_INVALID, "1")], FieldErrors::new()).await,
        Err(e) => error_page(&state, &parts, e, "password_reset_confirm").await,
    };
    token_page(response)
}

pub async fn reset_confirm_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<SetPasswordInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let response = match reset_password(&state.core, &ctx, &token, &input).await {
        Ok(()) => found(paths::RESET_COMPLETE),
        Err(AppError::BadResetToken) => {
            form_page(&state, &parts, &[(RESET_INVALID, "1")], FieldErrors::new()).await
        }
        Err(e) => {
            form_failure(&state, &parts, e, "password_reset_confirm", |errors| {
                form_page(&state, &parts, &[], errors)
            })
            .await
        }
    };
    token_page(response)
}

/// GET of `delete/`: logged-in users only.
pub async fn delete_account_page(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match may_delete_account(&state.core, &ctx) {
        Ok(()) => render_with::<FormSeed>(&state, &parts, None).await,
        Err(e) => error_page(&state, &parts, e, "delete_account").await,
    }
}

pub async fn delete_account_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<DeleteAccountInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match delete_account(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::DELETE_DONE),
        Err(e) => {
            let again = |errors| form_page(&state, &parts, &[], errors);
            form_failure(&state, &parts, e, "delete_account", again).await
        }
    }
}
