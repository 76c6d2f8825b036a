//! Bodies of the server functions in `api::forms`: read the request context, call the use
//! case, translate the outcome into a wire reply.

use super::cookies::registered_email_cookie;
use crate::api::types::{RegisterReply, ResendInput, ResendReply, TRY_AGAIN};
use crate::domain::registration::RegistrationInput;
use crate::server::services::register::{register, RegisterError};
use crate::server::state::AppState;
use axum::http::{header, request::Parts};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

fn context() -> Result<(AppState, Parts), ServerFnError> {
    let state = use_context::<AppState>().ok_or_else(|| ServerFnError::new("application state missing"))?;
    let parts = use_context::<Parts>().ok_or_else(|| ServerFnError::new("request missing"))?;
    Ok((state, parts))
}

pub async fn submit_registration(form: RegistrationInput) -> Result<RegisterReply, ServerFnError> {
    let (state, parts) = context()?;
    if !state.core.settings.registration_open {
        return Ok(RegisterReply::Closed);
    }
    let site = state.core.settings.site.resolve(&parts.headers);
    match register(&state.core, &form, &site).await {
        Ok(done) => {
            if let Some(response) = use_context::<ResponseOptions>() {
                response.append_header(
                    header::SET_COOKIE,
                    registered_email_cookie(&done.email, site.scheme == "https"),
                );
            }
            Ok(RegisterReply::Created { email: done.email })
        }
        Err(RegisterError::Invalid(errors)) => Ok(RegisterReply::Invalid(errors)),
        Err(RegisterError::Internal(e)) => {
            tracing::error!(error = %e, "registration failed");
            Err(ServerFnError::new(TRY_AGAIN))
        }
    }
}

pub async fn submit_resend(form: ResendInput) -> Result<ResendReply, ServerFnError> {
    let (state, parts) = context()?;
    let seed = super::resend::resend(&state, &parts.headers, form).await;
    Ok(if seed.sent { ResendReply::Sent { email: seed.email } } else { ResendReply::Invalid(seed.errors) })
}
