//! The server functions of account self-service (email change and its confirmation, "this
//! wasn't me", signing sessions out): thin doors onto their use cases, as in `forms`.

use super::error::ServerError;
use super::forms::Navigate;
use crate::domain::account_forms::{EmailChangeInput, LanguageInput, SessionInput};
use leptos::prelude::*;
use server_fn::codec::Postcard;

#[server(prefix = "/api", endpoint = "email_change", output = Postcard)]
pub async fn request_email_change(form: EmailChangeInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::email_change::request_email_change(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::EMAIL_CHANGE_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "email_change"))
}

#[server(prefix = "/api", endpoint = "email_change_confirm", output = Postcard)]
pub async fn confirm_email_change(token: String) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::email_change::confirm_email_change(&core, &ctx, &token)
        .await
        .map(|()| Navigate(crate::paths::EMAIL_CHANGE_COMPLETE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "email_change_confirm"))
}

#[server(prefix = "/api", endpoint = "not_me", output = Postcard)]
pub async fn not_me(token: String) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::security_notice::not_me(&core, &ctx, &token)
        .await
        .map(|()| Navigate(crate::paths::NOT_ME_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "not_me"))
}

#[server(prefix = "/api", endpoint = "end_session", output = Postcard)]
pub async fn end_session(form: SessionInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::sessions::end_session(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::PROFILE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "end_session"))
}

#[server(prefix = "/api", endpoint = "end_other_sessions", output = Postcard)]
pub async fn end_other_sessions() -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::sessions::end_other_sessions(&core, &ctx)
        .await
        .map(|_| Navigate(crate::paths::PROFILE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "end_other_sessions"))
}

#[server(prefix = "/api", endpoint = "language", output = Postcard)]
pub async fn set_language(form: LanguageInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::language::set_language(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::PROFILE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "language"))
}
