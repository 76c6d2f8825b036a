//! `register/complete/` and `register/closed/`.

use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;

pub const COMPLETE: &str = "/accounts/register/complete/";
pub const CLOSED: &str = "/accounts/register/closed/";

#[component]
pub fn RegisterCompletePage() -> impl IntoView {
    let email = use_context::<crate::api::types::RegisteredEmail>().and_then(|e| e.0);
    view! {
        <Title text=t("register-complete-title")/>
        <h1>{t("register-complete-title")}</h1>
        <div class="card">
            {match email {
                Some(address) => view! {
                    <p>{rich("register-complete-check-address", vec![("address", Part::Strong(address, "address"))])}</p>
                }.into_any(),
                None => view! {
                    <p>{t("register-complete-check-inbox")}</p>
                }.into_any(),
            }}
            <p>{rich("register-complete-validity", vec![("resend_link", Part::Link("/accounts/activate/resend/".into()))])}</p>
        </div>
    }
}

#[component]
pub fn RegisterClosedPage() -> impl IntoView {
    view! {
        <Title text=t("register-closed-title")/>
        <h1>{t("register-closed-title")}</h1>
        <div class="card"><p>{t("register-closed-text")}</p></div>
    }
}
