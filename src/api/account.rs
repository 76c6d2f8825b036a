//! One server function for the account forms (login, logout, password change and reset):
//! the hydrated form sends its fields, the server answers where to go or what is wrong.

use super::types::FormReply;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which account form was submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    Login,
    Logout,
    PasswordChange,
    PasswordReset,
    PasswordResetConfirm,
    ActivationConfirm,
}

#[server(prefix = "/api", endpoint = "account", output = server_fn::codec::Postcard)]
pub async fn submit_account_form(
    kind: FormKind,
    // A form with no fields (logout) sends none at all.
    #[server(default)] fields: BTreeMap<String, String>,
) -> Result<FormReply, ServerFnError> {
    crate::server::http::account::submit_from_browser(kind, fields).await
}
