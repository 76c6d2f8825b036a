//! `/terms/`: the target of the Terms of Service checkbox (sites replace its text).

use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn TermsPage() -> impl IntoView {
    view! {
        <Title text=t("terms-title")/>
        <h1>{t("terms-title")}</h1>
        <div class="card terms">
            <p>{t("terms-agreement")}</p>
            <p>{t("terms-deletion")}</p>
        </div>
    }
}
