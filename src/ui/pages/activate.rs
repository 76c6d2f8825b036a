//! `activate/complete/` and the activation-failure page, which says why and what next.

use crate::api::types::{ActivationSeed, FormSeed};
use crate::domain::activation::ActivationFailure;
use crate::ui::components::account_form::{AccountForm, FormKind};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ActivateCompletePage() -> impl IntoView {
    view! {
        <Title text="Account activated"/>
        <h1>"Your account is now activated."</h1>
        <div class="card"><p>"You can now " <a href="/accounts/login/">"log in"</a>"."</p></div>
    }
}

#[component]
pub fn ActivationFailedPage() -> impl IntoView {
    let seed = use_context::<ActivationSeed>();
    let (reason, key) = match seed {
        Some(ActivationSeed::Confirm { username, logs_in }) => {
            return view! { <ActivationConfirm username logs_in/> }.into_any()
        }
        Some(ActivationSeed::Failed { reason, key }) => (reason, key),
        None => (ActivationFailure::Invalid, String::new()),
    };
    view! {
        <Title text="Activation failure"/>
        <h1>"Account activation failed"</h1>
        <div class="card activation-failure" data-reason=reason_code(reason)>{explanation(reason, key)}</div>
    }
    .into_any()
}

/// Following the link only shows this: activating (and, in auto-login mode, logging in)
/// takes a deliberate POST, so mail scanners that follow links activate nothing.
#[component]
fn ActivationConfirm(username: String, logs_in: bool) -> impl IntoView {
    let key = use_params_map().with_untracked(|p| p.get("key").unwrap_or_default());
    let what = if logs_in { "activate it and log in" } else { "activate it" };
    view! {
        <Title text="Activate your account"/>
        <h1>"Activate your account"</h1>
        <p class="activation-account">"This link activates the account " <strong class="username">{username}</strong>"."</p>
        <p>"Press the button to " {what} "."</p>
        <AccountForm kind=FormKind::ActivationConfirm action=format!("/accounts/activate/{key}/")
            submit="Activate my account" seed=FormSeed::default() hidden=vec![("token".to_owned(), key)] inputs=vec![]/>
    }
}

fn reason_code(reason: ActivationFailure) -> &'static str {
    match reason {
        ActivationFailure::Invalid => "invalid",
        ActivationFailure::Expired => "expired",
        ActivationFailure::AlreadyActivated => "already-activated",
    }
}

fn explanation(reason: ActivationFailure, key: String) -> impl IntoView {
    match reason {
        ActivationFailure::AlreadyActivated => view! {
            <p>"This account has already been activated with this link."</p>
            <p>"You can " <a href="/accounts/login/">"log in"</a>" with your username and password."</p>
        }
        .into_any(),
        ActivationFailure::Expired => view! {
            <p>"This activation link has expired."</p>
            <form method="post" action=format!("/accounts/activate/{key}/renew/")>
                <button type="submit">"Send me a new link"</button>
            </form>
            <p>"The new link goes to the address you registered with. You can also "
               <a href="/accounts/register/">"register again"</a>"."</p>
        }
        .into_any(),
        ActivationFailure::Invalid => view! {
            <p>"This activation link is invalid. Check that you copied the whole link from the email."</p>
            <p>"You can " <a href="/accounts/activate/resend/">"ask for a new activation link"</a>
               " or " <a href="/accounts/register/">"register"</a>"."</p>
        }
        .into_any(),
    }
}

/// After "send me a new link": the same answer whatever the key was.
#[component]
pub fn ActivationRenewedPage() -> impl IntoView {
    view! {
        <Title text="New activation link sent"/>
        <h1>"New activation link sent"</h1>
        <div class="card activation-renewed">
            <p>"If this link belonged to a registration that is waiting for activation, a new link is on its way to the address it was registered with."</p>
            <p>"Please check your inbox (and your spam folder)."</p>
        </div>
    }
}
