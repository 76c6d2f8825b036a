//! The server functions behind the hydrated forms: one typed function per form, each a thin
//! door onto its use case (URL-encoded input, postcard reply). Their bodies compile on the
//! server only; the browser gets the calling stubs.

use super::error::ServerError;
use crate::domain::account_forms::{
    DeleteAccountInput, EmailInput, LoginInput, PasswordChangeInput, SetPasswordInput,
};
use crate::domain::registration::RegistrationInput;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use server_fn::codec::Postcard;

/// A form that succeeded: the page to load next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Navigate(pub String);

/// The resend form's answer: the same for known and unknown addresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResendSent {
    pub email: String,
}

/// Registers (the plain form POSTs to `/accounts/register/`).
#[server(prefix = "/api", endpoint = "register", output = Postcard)]
pub async fn submit_registration(form: RegistrationInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    match crate::server::services::register::register(&core, &ctx, &form).await {
        Ok(done) => {
            crate::server::door::remember_registered_email(&done.email, &ctx);
            Ok(Navigate(crate::paths::REGISTER_COMPLETE.to_owned()))
        }
        Err(e) => Err(crate::server::door::to_server_error(e, "register")),
    }
}

/// Asks for a new activation email.
#[server(prefix = "/api", endpoint = "resend", output = Postcard)]
pub async fn submit_resend(form: EmailInput) -> Result<ResendSent, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::resend::request_resend(&core, &ctx, &form)
        .await
        .map(|email| ResendSent { email: email.as_str().to_owned() })
        .map_err(|e| crate::server::door::to_server_error(e, "resend"))
}

/// Confirms an activation (auto-login mode's button).
#[server(prefix = "/api", endpoint = "activate", output = Postcard)]
pub async fn confirm_activation(key: String) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::activate::confirm(&core, &ctx, &key)
        .await
        .map(|_| Navigate(crate::paths::ACTIVATE_COMPLETE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "activate"))
}

#[server(prefix = "/api", endpoint = "login", output = Postcard)]
pub async fn log_in(form: LoginInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::login::log_in(&core, &ctx, &form)
        .await
        .map(|done| {
            crate::server::door::set_cookie(&done.device_cookie);
            Navigate(done.redirect)
        })
        .map_err(|e| crate::server::door::to_server_error(e, "login"))
}

#[server(prefix = "/api", endpoint = "logout", output = Postcard)]
pub async fn log_out() -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::login::log_out(&core, &ctx)
        .await
        .map(|()| Navigate(crate::paths::LOGOUT_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "logout"))
}

#[server(prefix = "/api", endpoint = "password_change", output = Postcard)]
pub async fn change_password(form: PasswordChangeInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::password_change::change_password(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::CHANGE_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "password_change"))
}

#[server(prefix = "/api", endpoint = "delete_account", output = Postcard)]
pub async fn delete_account(form: DeleteAccountInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::delete_account::delete_account(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::DELETE_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "delete_account"))
}

#[server(prefix = "/api", endpoint = "password_reset", output = Postcard)]
pub async fn request_password_reset(form: EmailInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::password_reset::request_password_reset(&core, &ctx, &form)
        .await
        .map(|()| Navigate(crate::paths::RESET_DONE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "password_reset"))
}

#[server(prefix = "/api", endpoint = "password_reset_confirm", output = Postcard)]
pub async fn reset_password(token: String, form: SetPasswordInput) -> Result<Navigate, ServerError> {
    let (core, ctx) = crate::server::door::server_fn_request()?;
    crate::server::services::password_reset::reset_password(&core, &ctx, &token, &form)
        .await
        .map(|()| Navigate(crate::paths::RESET_COMPLETE.to_owned()))
        .map_err(|e| crate::server::door::to_server_error(e, "password_reset_confirm"))
}
