//! The 404 page (the fallback handler sets the 404 status).

use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=t("not-found-title")/>
        <h1>{t("not-found-title")}</h1>
        <div class="card"><p>{rich("not-found-text", vec![("home_link", Part::Link("/".into()))])}</p></div>
    }
}
