//! The account forms' outcomes, shared by the plain POST handlers (`account_routes`) and the
//! server function of the hydrated forms: each returns where to go next or the form again.

use crate::api::account::FormKind;
use crate::api::types::{FormReply, FormSeed, TRY_AGAIN};
use crate::domain::account_forms::{LoginInput, PasswordChangeInput, SetPasswordInput, INVALID_LOGIN};
use crate::domain::email::EmailAddress;
use crate::domain::redirect::safe_next;
use crate::domain::FieldErrors;
use crate::server::services::login::{authenticate, LoginError};
use crate::server::services::password_change::{change_password, PasswordFormError};
use crate::server::services::password_reset::{request_reset, reset_password, ResetError};
use crate::server::session::{self, CurrentUser};
use crate::server::state::AppState;
use axum::http::request::Parts;
use leptos::prelude::*;
use std::collections::BTreeMap;
use tower_sessions::Session;

pub const LOGIN: &str = "/accounts/login/";
pub const CHANGE_DONE: &str = "/accounts/password/change/done/";
pub const RESET_DONE: &str = "/accounts/password/reset/done/";
pub const RESET_COMPLETE: &str = "/accounts/password/reset/complete/";
pub const RESET_INVALID: &str = "invalid";

/// Where a submitted account form leads.
pub enum Outcome {
    Redirect(String),
    Form(FormSeed),
}

fn form(values: &[(&str, &str)], errors: FieldErrors) -> Outcome {
    let values = values.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    Outcome::Form(FormSeed { values, errors })
}

fn try_again() -> FieldErrors {
    FieldErrors::single(FieldErrors::NON_FIELD, TRY_AGAIN)
}

pub async fn login(state: &AppState, session: &Session, input: LoginInput) -> Outcome {
    let keep = [("username", input.username.as_str()), ("next", input.next.as_str())];
    let errors = input.check();
    if !errors.is_empty() {
        return form(&keep, errors);
    }
    match authenticate(&state.core, &input.username, &input.password).await {
        Ok(user) => match session::log_in(session, &user).await {
            Ok(()) => Outcome::Redirect(
                safe_next(&input.next).unwrap_or(&state.core.settings.login_redirect_url).to_owned(),
            ),
            Err(e) => {
                tracing::error!(error = %e, "session store failed");
                form(&keep, try_again())
            }
        },
        Err(LoginError::Invalid) => form(&keep, FieldErrors::single(FieldErrors::NON_FIELD, INVALID_LOGIN)),
        Err(LoginError::Internal(e)) => {
            tracing::error!(error = %e, "login failed");
            form(&keep, try_again())
        }
    }
}

pub async fn logout(session: &Session) -> Outcome {
    if let Err(e) = session::log_out(session).await {
        tracing::error!(error = %e, "logout failed");
    }
    Outcome::Redirect("/accounts/logout/?done=1".to_owned())
}

pub async fn password_change(
    state: &AppState,
    session: &Session,
    user: &CurrentUser,
    input: PasswordChangeInput,
) -> Outcome {
    let Some(user) = &user.0 else {
        return Outcome::Redirect(format!("{LOGIN}?next=/accounts/password/change/"));
    };
    match change_password(&state.core, user, &input).await {
        // Keep this session (with the new digest); every other session of the user ends.
        Ok(updated) => match session::log_in(session, &updated).await {
            Ok(()) => Outcome::Redirect(CHANGE_DONE.to_owned()),
            Err(_) => Outcome::Redirect(LOGIN.to_owned()),
        },
        Err(PasswordFormError::Invalid(errors)) => form(&[], errors),
        Err(PasswordFormError::Internal(e)) => {
            tracing::error!(error = %e, "password change failed");
            form(&[], try_again())
        }
    }
}

pub async fn password_reset(state: &AppState, parts: &Parts, email: &str) -> Outcome {
    match EmailAddress::parse(email) {
        Err(messages) => {
            let mut errors = FieldErrors::new();
            errors.extend_field("email", messages);
            form(&[("email", email)], errors)
        }
        Ok(address) => {
            let site = state.core.settings.site.resolve(&parts.headers);
            // As for resend: the answer and its timing never depend on the account.
            let core = state.core.clone();
            tokio::spawn(async move {
                if let Err(e) = request_reset(&core, &address, &site).await {
                    tracing::error!(error = %e, "password reset request failed");
                }
            });
            Outcome::Redirect(RESET_DONE.to_owned())
        }
    }
}

pub async fn password_reset_confirm(state: &AppState, token: &str, input: SetPasswordInput) -> Outcome {
    match reset_password(&state.core, token, &input).await {
        Ok(()) => Outcome::Redirect(RESET_COMPLETE.to_owned()),
        Err(ResetError::BadToken) => form(&[(RESET_INVALID, "1")], FieldErrors::new()),
        Err(ResetError::Form(PasswordFormError::Invalid(errors))) => form(&[], errors),
        Err(ResetError::Form(PasswordFormError::Internal(e))) => {
            tracing::error!(error = %e, "password reset failed");
            form(&[], try_again())
        }
    }
}

/// The hydrated forms' entry point (see `api::account`).
pub async fn submit_from_browser(
    kind: FormKind,
    fields: BTreeMap<String, String>,
) -> Result<FormReply, ServerFnError> {
    let state = use_context::<AppState>().ok_or_else(|| ServerFnError::new("application state missing"))?;
    let parts = use_context::<Parts>().ok_or_else(|| ServerFnError::new("request missing"))?;
    let session =
        parts.extensions.get::<Session>().cloned().ok_or_else(|| ServerFnError::new("session missing"))?;
    let user = parts.extensions.get::<CurrentUser>().cloned().unwrap_or(CurrentUser(None));
    let json = serde_json::to_value(&fields).map_err(|e| ServerFnError::new(e.to_string()))?;
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let outcome = match kind {
        FormKind::Login => login(&state, &session, serde_json::from_value(json).unwrap_or_default()).await,
        FormKind::Logout => logout(&session).await,
        FormKind::PasswordChange => {
            password_change(&state, &session, &user, serde_json::from_value(json).unwrap_or_default()).await
        }
        FormKind::PasswordReset => password_reset(&state, &parts, &field("email")).await,
        FormKind::PasswordResetConfirm => {
            password_reset_confirm(&state, &field("token"), serde_json::from_value(json).unwrap_or_default())
                .await
        }
        FormKind::ActivationConfirm => {
            super::activate::confirm_outcome(&state, &session, &field("token")).await
        }
    };
    Ok(match outcome {
        Outcome::Redirect(to) => FormReply::Redirect(to),
        // A dead reset link: reload the confirm page, which explains it.
        Outcome::Form(seed) if seed.values.contains_key(RESET_INVALID) => {
            FormReply::Redirect(format!("/accounts/password/reset/confirm/{}/", field("token")))
        }
        Outcome::Form(seed) => FormReply::Invalid(seed.errors),
    })
}
