//! `email/change/` (the form), its done page, the confirmation link's page and its
//! completion page.

use crate::api::types::{FormSeed, UserSummary};
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
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
        <Title text="Change your email address"/>
        <h1>"Change your email address"</h1>
        {user.map(|user| view! {
            <p>"Your account uses " <strong class="address">{user.email}</strong>". We'll send a link to the new
                address; your account keeps this one until you follow it."</p>
        })}
        <AccountForm kind=FormKind::EmailChange action="/accounts/email/change/" submit="Send the link" seed=seed()
            hidden=vec![] inputs=vec![
                Input::new("email", "New email address", "email", "email"),
                Input::new("password", "Password", "password", "current-password"),
            ]/>
        <p class="hint"><a href="/accounts/profile/">"Back to your account"</a></p>
    }
}

#[component]
pub fn EmailChangeDonePage() -> impl IntoView {
    view! {
        <Title text="Check your new address"/>
        <h1>"Check your new address"</h1>
        <div class="card">
            <p>"We've emailed a confirmation link to your new address. Your account keeps its current address until you follow it."</p>
            <p>"If it does not arrive, check your spam folder, or ask again: only the latest link works."</p>
            <p><a href="/accounts/profile/">"Back to your account"</a></p>
        </div>
    }
}

/// The page a dead link shows (unknown, used, replaced by a newer one, or expired).
#[component]
fn DeadLink(title: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        <div class="card link-invalid" data-reason="invalid">
            <p>{what}" The link was invalid, possibly because it has already been used, a newer one replaced it, or it has expired."</p>
        </div>
    }
}

#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let seed = seed();
    if seed.values.contains_key("invalid") {
        return view! { <DeadLink title="Email change unsuccessful" what="Your email address was not changed."/> }
            .into_any();
    }
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let address = seed.value("new_email");
    view! {
        <Title text="Confirm your new email address"/>
        <h1>"Confirm your new email address"</h1>
        <p>"Your account will use " <strong class="address">{address}</strong>" from now on."</p>
        <AccountForm kind=FormKind::EmailConfirm action=format!("/accounts/email/confirm/{token}/")
            submit="Use this address" seed=seed hidden=vec![("token".to_owned(), token)] inputs=vec![]/>
    }
    .into_any()
}

#[component]
pub fn EmailChangeCompletePage() -> impl IntoView {
    view! {
        <Title text="Email address changed"/>
        <h1>"Email address changed"</h1>
        <div class="card"><p>"Your account now uses its new address. " <a href="/accounts/profile/">"Your account"</a></p></div>
    }
}

/// `not-me/<token>/`: a security notice's "this wasn't me", confirmed by a POST.
#[component]
pub fn NotMePage() -> impl IntoView {
    let seed = seed();
    if seed.values.contains_key("invalid") {
        return view! { <DeadLink title="Link unsuccessful" what="Nothing was changed."/> }.into_any();
    }
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let username = seed.value("username");
    view! {
        <Title text="Secure your account"/>
        <h1>"Secure your account"</h1>
        <div class="card warning">
            <p>"If you did not make the change we told you about, secure the account "
                <strong class="username">{username}</strong>":"</p>
            <ul>
                <li>"every session of the account ends, wherever it is;"</li>
                <li>"its password stops working;"</li>
                <li>"the account returns to the address our notice went to, and a link to choose a new password is sent there."</li>
            </ul>
        </div>
        <AccountForm kind=FormKind::NotMe action=format!("/accounts/not-me/{token}/") submit="Secure my account"
            seed=seed hidden=vec![("token".to_owned(), token)] inputs=vec![]/>
    }
    .into_any()
}

#[component]
pub fn NotMeDonePage() -> impl IntoView {
    view! {
        <Title text="Account secured"/>
        <h1>"Account secured"</h1>
        <div class="card">
            <p>"Every session of the account has ended and its password no longer works. We've emailed a link to choose a new password to the address of our notice."</p>
        </div>
    }
}
