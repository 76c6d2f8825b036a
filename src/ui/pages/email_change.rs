//! `email/change/` (the form), its done page, the confirmation link's page and its
//! completion page.

use crate::api::types::{FormSeed, UserSummary};
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn seed() -> FormSeed {
    use_context::<FormSeed>().unwrap_or_default()
}

#[component]
pub fn EmailChangePage() -> impl IntoView {
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Title text=t("email-change-title")/>
        <h1>{t("email-change-title")}</h1>
        {user.map(|user| view! {
            <p>{rich("email-change-intro", vec![("address", Part::Strong(user.email, "address"))])}</p>
        })}
        <AccountForm kind=FormKind::EmailChange action="/accounts/email/change/" submit=t("email-change-submit")
            seed=seed() hidden=vec![] inputs=vec![
                Input::new("email", &t("email-change-email-label"), "email", "email"),
                Input::new("password", &t("current-password-label"), "password", "current-password"),
            ]/>
        <p class="hint"><a href="/accounts/profile/">{t("email-change-back")}</a></p>
    }
}

#[component]
pub fn EmailChangeDonePage() -> impl IntoView {
    view! {
        <Title text=t("email-change-done-title")/>
        <h1>{t("email-change-done-title")}</h1>
        <div class="card">
            <p>{t("email-change-done-text")}</p>
            <p>{t("email-change-done-hint")}</p>
            <p><a href="/accounts/profile/">{t("email-change-back")}</a></p>
        </div>
    }
}

/// The page a dead link shows (unknown, used, replaced by a newer one, or expired): `title`
/// and `what` are message ids, `what` saying what did not happen and why.
#[component]
fn DeadLink(title: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <Title text=t(title)/>
        <h1>{t(title)}</h1>
        <div class="card link-invalid" data-reason="invalid">
            <p>{t(what)}</p>
        </div>
    }
}

#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let seed = seed();
    if seed.values.contains_key("invalid") {
        return view! { <DeadLink title="email-confirm-invalid-title" what="email-confirm-invalid-text"/> }
            .into_any();
    }
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let address = seed.value("new_email");
    view! {
        <Title text=t("email-confirm-title")/>
        <h1>{t("email-confirm-title")}</h1>
        <p>{rich("email-confirm-text", vec![("address", Part::Strong(address, "address"))])}</p>
        <AccountForm kind=FormKind::EmailConfirm action=format!("/accounts/email/confirm/{token}/")
            submit=t("email-confirm-submit") seed=seed hidden=vec![("token".to_owned(), token)] inputs=vec![]/>
    }
    .into_any()
}

#[component]
pub fn EmailChangeCompletePage() -> impl IntoView {
    view! {
        <Title text=t("email-change-complete-title")/>
        <h1>{t("email-change-complete-title")}</h1>
        <div class="card"><p>{rich(
            "email-change-complete-text",
            vec![("profile_link", Part::Link("/accounts/profile/".into()))],
        )}</p></div>
    }
}

/// `not-me/<token>/`: a security notice's "this wasn't me", confirmed by a POST.
#[component]
pub fn NotMePage() -> impl IntoView {
    let seed = seed();
    if seed.values.contains_key("invalid") {
        return view! { <DeadLink title="not-me-invalid-title" what="not-me-invalid-text"/> }.into_any();
    }
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let username = seed.value("username");
    view! {
        <Title text=t("not-me-title")/>
        <h1>{t("not-me-title")}</h1>
        <div class="card warning">
            <p>{rich("not-me-intro", vec![("username", Part::Strong(username, "username"))])}</p>
            <ul>
                <li>{t("not-me-sessions")}</li>
                <li>{t("not-me-password")}</li>
                <li>{t("not-me-address")}</li>
            </ul>
        </div>
        <AccountForm kind=FormKind::NotMe action=format!("/accounts/not-me/{token}/") submit=t("not-me-submit")
            seed=seed hidden=vec![("token".to_owned(), token)] inputs=vec![]/>
    }
    .into_any()
}

#[component]
pub fn NotMeDonePage() -> impl IntoView {
    view! {
        <Title text=t("not-me-done-title")/>
        <h1>{t("not-me-done-title")}</h1>
        <div class="card">
            <p>{t("not-me-done-text")}</p>
        </div>
    }
}
