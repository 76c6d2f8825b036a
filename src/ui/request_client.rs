//! Browser side of what pages learn about the visitor: what this tab already knows.

use super::LastRegistration;
use crate::api::types::UserSummary;
use leptos::prelude::{use_context, GetUntracked};

pub fn registered_email() -> Option<String> {
    use_context::<LastRegistration>().and_then(|last| last.0.get_untracked())
}

/// Only the server knows the session; the app shell hydrates it from the server render.
pub fn current_user() -> Option<UserSummary> {
    None
}

/// Only a server render sends headers.
pub fn send_security_policy() {}
