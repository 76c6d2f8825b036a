//! Server functions behind the browser's form submissions: URL-encoded forms in, postcard
//! replies out.

use super::types::{RegisterReply, ResendInput, ResendReply};
use crate::domain::registration::RegistrationInput;
use leptos::prelude::*;

/// Registers from the hydrated form (the plain form POSTs to `/accounts/register/`).
#[server(prefix = "/api", endpoint = "register", output = server_fn::codec::Postcard)]
pub async fn submit_registration(form: RegistrationInput) -> Result<RegisterReply, ServerFnError> {
    crate::server::http::fns::submit_registration(form).await
}

/// Asks for a new activation email from the hydrated resend form.
#[server(prefix = "/api", endpoint = "resend", output = server_fn::codec::Postcard)]
pub async fn submit_resend(form: ResendInput) -> Result<ResendReply, ServerFnError> {
    crate::server::http::fns::submit_resend(form).await
}
