//! `delete/` and its done page: a user deletes their own account, confirming with the
//! current password.

use crate::api::types::{FormSeed, UserSummary};
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let seed = use_context::<FormSeed>().unwrap_or_default();
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Title text="Delete your account"/>
        <h1>"Delete your account"</h1>
        <div class="card warning">
            {user.map(|user| view! {
                <p>"This deletes the account " <strong class="username">{user.username}</strong>
                    " at once and for good: it cannot be undone. Its username and its address ("
                    <strong class="address">{user.email}</strong>") become free, and a last email confirms the deletion."</p>
            })}
            <p>"Enter your password to confirm."</p>
        </div>
        <AccountForm kind=FormKind::DeleteAccount action="/accounts/delete/" submit="Delete my account"
            seed=seed hidden=vec![] inputs=vec![Input::new("password", "Password", "password", "current-password")]/>
        <p class="hint"><a href="/accounts/profile/">"Keep my account"</a></p>
    }
}

#[component]
pub fn DeleteAccountDonePage() -> impl IntoView {
    view! {
        <Title text="Account deleted"/>
        <h1>"Account deleted"</h1>
        <div class="card"><p>"Your account has been deleted. " <a href="/">"Back to the home page"</a></p></div>
    }
}
