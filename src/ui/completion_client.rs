//! Browser side: the completion page reads the address the register page just stored.

use super::LastRegistration;
use leptos::prelude::{use_context, GetUntracked};

pub fn registered_email() -> Option<String> {
    use_context::<LastRegistration>().and_then(|last| last.0.get_untracked())
}
