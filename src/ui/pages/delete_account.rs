//! `delete/` and its done page: a user deletes their own account, confirming with the
//! current password.

use crate::api::types::{FormSeed, UserSummary};
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let seed = use_context::<FormSeed>().unwrap_or_default();
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Title text=t("delete-title")/>
        <h1>{t("delete-title")}</h1>
        <div class="card warning">
            {user.map(|user| view! {
                <p>{rich("delete-warning", vec![
                    ("username", Part::Strong(user.username, "username")),
                    ("address", Part::Strong(user.email, "address")),
                ])}</p>
            })}
            <p>{t("delete-confirm-hint")}</p>
        </div>
        <AccountForm kind=FormKind::DeleteAccount action="/accounts/delete/" submit=t("delete-submit")
            seed=seed hidden=vec![]
            inputs=vec![Input::new("password", &t("current-password-label"), "password", "current-password")]/>
        <p class="hint"><a href="/accounts/profile/">{t("delete-keep")}</a></p>
    }
}

#[component]
pub fn DeleteAccountDonePage() -> impl IntoView {
    view! {
        <Title text=t("delete-done-title")/>
        <h1>{t("delete-done-title")}</h1>
        <div class="card"><p>{rich("delete-done-text", vec![("home_link", Part::Link("/".into()))])}</p></div>
    }
}
