//! Browser side of what pages learn about the visitor. Pages render on the server only (the
//! browser runs just the form islands), so these are never asked in the browser.

use crate::api::types::UserSummary;

pub fn registered_email() -> Option<String> {
    None
}

pub fn current_user() -> Option<UserSummary> {
    None
}

/// Only a server render sends headers.
pub fn send_security_policy() {}
