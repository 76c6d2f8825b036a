//! `login/` and `logout/`.

use crate::api::types::{FormSeed, UserSummary};
use crate::domain::account_forms::LoginField;
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn seed() -> FormSeed {
    use_context::<FormSeed>().unwrap_or_default()
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let seed = seed();
    let next = seed.value("next");
    let field = use_context::<LoginField>().unwrap_or_default();
    let (kind, autocomplete) = field.input();
    view! {
        <Title text=t("login-title")/>
        <h1>{t("login-title")}</h1>
        <AccountForm kind=FormKind::Login action="/accounts/login/" submit=t("login-submit") seed=seed
            hidden=vec![("next".to_owned(), next)]
            inputs=vec![
                Input::new("username", &t(field.label()), kind, autocomplete),
                Input::new("password", &t("login-password-label"), "password", "current-password"),
                Input::checkbox("remember", &t("login-remember-me")),
            ]/>
        <p class="hint">
            <a href="/accounts/password/reset/">{t("login-forgot-password")}</a>" · "
            <a href="/accounts/register/">{t("login-register-link")}</a>
        </p>
    }
}

#[component]
pub fn LogoutPage() -> impl IntoView {
    let done = use_query_map().with_untracked(|q| q.get("done").is_some());
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Title text=t("logout-title")/>
        {if done && user.is_none() {
            view! {
                <h1>{t("logout-done-heading")}</h1>
                <div class="card"><p>{rich(
                    "logout-done-text",
                    vec![("login_link", Part::Link("/accounts/login/".into()))],
                )}</p></div>
            }.into_any()
        } else {
            view! { <h1>{t("logout-title")}</h1><LogoutButton/> }.into_any()
        }}
    }
}

/// The POST-only logout control (also in the header and on the profile page).
#[component]
pub fn LogoutButton() -> impl IntoView {
    view! {
        <AccountForm kind=FormKind::Logout action="/accounts/logout/" submit=t("logout-submit") seed=FormSeed::default() hidden=vec![] inputs=vec![]/>
    }
}
