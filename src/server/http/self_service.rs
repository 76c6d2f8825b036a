//! The plain-form door of account self-service: the email-change form and its confirmation
//! link, the "this wasn't me" link, signing sessions out and the mail language, from the profile. Pages reached
//! from a link keep their token from other sites (see `account_routes::token_page`); a
//! link that does not work shows its page with `invalid` in the seed.

use super::account_routes::{form_page, token_page, RESET_INVALID as INVALID};
use super::html::{error_page, form_failure, found, read_form};
use super::pages::render_with;
use crate::api::types::FormSeed;
use crate::domain::account_forms::{EmailChangeInput, LanguageInput, SessionInput};
use crate::domain::FieldErrors;
use crate::paths;
use crate::server::error::AppError;
use crate::server::services::{email_change, language, security_notice, sessions, RequestCtx};
use crate::server::state::AppState;
use axum::extract::{Path, Request, State};
use axum::response::Response;

/// GET of `email/change/`: logged-in users only.
pub async fn email_change_page(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match email_change::may_change_email(&state.core, &ctx) {
        Ok(()) => render_with::<FormSeed>(&state, &parts, None).await,
        Err(e) => error_page(&state, &parts, e, "email_change").await,
    }
}

pub async fn email_change_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<EmailChangeInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match email_change::request_email_change(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::EMAIL_CHANGE_DONE),
        Err(e) => {
            let keep = [("email", input.email.as_str())];
            form_failure(&state, &parts, e, "email_change", |errors| form_page(&state, &parts, &keep, errors))
                .await
        }
    }
}

/// GET of a confirmation link: names the address and asks for the POST (so that a mail
/// scanner following links confirms nothing).
pub async fn email_confirm_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let response = match email_change::link_target(&state.core, &token).await {
        Ok(Some(address)) => form_page(&state, &parts, &[("new_email", &address)], FieldErrors::new()).await,
        Ok(None) => form_page(&state, &parts, &[(INVALID, "1")], FieldErrors::new()).await,
        Err(e) => error_page(&state, &parts, e, "email_change_confirm").await,
    };
    token_page(response)
}

pub async fn email_confirm_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let response = match email_change::confirm_email_change(&state.core, &ctx, &token).await {
        Ok(()) => found(paths::EMAIL_CHANGE_COMPLETE),
        Err(AppError::BadLink) => form_page(&state, &parts, &[(INVALID, "1")], FieldErrors::new()).await,
        Err(e) => {
            let address =
                email_change::link_target(&state.core, &token).await.ok().flatten().unwrap_or_default();
            let keep = [("new_email", address.as_str())];
            form_failure(&state, &parts, e, "email_change_confirm", |errors| {
                form_page(&state, &parts, &keep, errors)
            })
            .await
        }
    };
    token_page(response)
}

/// GET of a "this wasn't me" link: names the account and asks for the POST.
pub async fn not_me_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let response = match security_notice::not_me_account(&state.core, &token).await {
        Ok(Some(username)) => form_page(&state, &parts, &[("username", &username)], FieldErrors::new()).await,
        Ok(None) => form_page(&state, &parts, &[(INVALID, "1")], FieldErrors::new()).await,
        Err(e) => error_page(&state, &parts, e, "not_me").await,
    };
    token_page(response)
}

pub async fn not_me_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let response = match security_notice::not_me(&state.core, &ctx, &token).await {
        Ok(()) => found(paths::NOT_ME_DONE),
        Err(AppError::BadLink) => form_page(&state, &parts, &[(INVALID, "1")], FieldErrors::new()).await,
        Err(e) => error_page(&state, &parts, e, "not_me").await,
    };
    token_page(response)
}

/// "Sign out" of one session, from the profile.
pub async fn end_session_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, input) = match read_form::<SessionInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match sessions::end_session(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::PROFILE),
        Err(e) => error_page(&state, &parts, e, "end_session").await,
    }
}

/// "Sign out everywhere else", from the profile.
pub async fn end_other_sessions_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match sessions::end_other_sessions(&state.core, &ctx).await {
        Ok(_) => found(paths::PROFILE),
        Err(e) => error_page(&state, &parts, e, "end_other_sessions").await,
    }
}

/// "Language of your emails", from the profile. A language the site does not offer shows the
/// profile again with the error.
pub async fn language_submit(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, input) = match read_form::<LanguageInput>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    match language::set_language(&state.core, &ctx, &input).await {
        Ok(()) => found(paths::PROFILE),
        Err(AppError::Invalid(errors)) => match crate::server::services::profile::profile(&state.core, &ctx)
            .await
        {
            Ok(mut data) => {
                let say = |m: &crate::domain::Msg| state.core.catalogues.say(&ctx.language, m);
                data.language_errors = errors.get("language").iter().map(say).collect();
                let page = || leptos::prelude::IntoAny::into_any(crate::ui::pages::profile::ProfilePage());
                super::pages::render_page(&state, &parts, Some(data), page).await
            }
            Err(e) => error_page(&state, &parts, e, "language").await,
        },
        Err(e) => error_page(&state, &parts, e, "language").await,
    }
}
