//! `login/` and `logout/`.

use crate::api::types::{FormSeed, UserSummary};
use crate::domain::account_forms::LoginField;
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
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
        <Title text="Log in"/>
        <h1>"Log in"</h1>
        <AccountForm kind=FormKind::Login action="/accounts/login/" submit="Log in" seed=seed
            hidden=vec![("next".to_owned(), next)]
            inputs=vec![
                Input::new("username", field.label(), kind, autocomplete),
                Input::new("password", "Password", "password", "current-password"),
                Input::checkbox("remember", "Remember me"),
            ]/>
        <p class="hint">
            <a href="/accounts/password/reset/">"Forgotten your password?"</a>" · "
            <a href="/accounts/register/">"Register"</a>
        </p>
    }
}

#[component]
pub fn LogoutPage() -> impl IntoView {
    let done = use_query_map().with_untracked(|q| q.get("done").is_some());
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Title text="Log out"/>
        {if done && user.is_none() {
            view! {
                <h1>"Logged out"</h1>
                <div class="card"><p>"You have been logged out. " <a href="/accounts/login/">"Log in again"</a></p></div>
            }.into_any()
        } else {
            view! { <h1>"Log out"</h1><LogoutButton/> }.into_any()
        }}
    }
}

/// The POST-only logout control (also in the header and on the profile page).
#[component]
pub fn LogoutButton() -> impl IntoView {
    view! {
        <AccountForm kind=FormKind::Logout action="/accounts/logout/" submit="Log out" seed=FormSeed::default() hidden=vec![] inputs=vec![]/>
    }
}
