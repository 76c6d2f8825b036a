//! `activate/complete/` and the activation-failure page, which says why and what next.

use crate::api::types::{ActivationSeed, FormSeed};
use crate::domain::activation::ActivationFailure;
use crate::ui::components::account_form::{AccountForm, FormKind};
use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ActivateCompletePage() -> impl IntoView {
    view! {
        <Title text=t("activate-complete-title")/>
        <h1>{t("activate-complete-heading")}</h1>
        <div class="card"><p>{rich("activate-complete-text", vec![("login_link", Part::Link("/accounts/login/".into()))])}</p></div>
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
        <Title text=t("activate-failed-title")/>
        <h1>{t("activate-failed-heading")}</h1>
        <div class="card activation-failure" data-reason=reason_code(reason)>{explanation(reason, key)}</div>
    }
    .into_any()
}

/// Following the link only shows this: activating (and, in auto-login mode, logging in)
/// takes a deliberate POST, so mail scanners that follow links activate nothing.
#[component]
fn ActivationConfirm(username: String, logs_in: bool) -> impl IntoView {
    let key = use_params_map().with_untracked(|p| p.get("key").unwrap_or_default());
    let press = t(if logs_in { "activate-confirm-press-log-in" } else { "activate-confirm-press" });
    view! {
        <Title text=t("activate-confirm-title")/>
        <h1>{t("activate-confirm-title")}</h1>
        <p class="activation-account">{rich("activate-confirm-account", vec![("username", Part::Strong(username, "username"))])}</p>
        <p>{press}</p>
        <AccountForm kind=FormKind::ActivationConfirm action=format!("/accounts/activate/{key}/")
            submit=t("activate-confirm-submit") seed=FormSeed::default() hidden=vec![("token".to_owned(), key)] inputs=vec![]/>
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
            <p>{t("activate-already-activated")}</p>
            <p>{rich("activate-already-log-in", vec![("login_link", Part::Link("/accounts/login/".into()))])}</p>
        }
        .into_any(),
        ActivationFailure::Expired => view! {
            <p>{t("activate-expired")}</p>
            <form method="post" action=format!("/accounts/activate/{key}/renew/")>
                <button type="submit">{t("activate-expired-renew")}</button>
            </form>
            <p>{rich("activate-expired-hint", vec![("register_link", Part::Link("/accounts/register/".into()))])}</p>
        }
        .into_any(),
        ActivationFailure::Invalid => view! {
            <p>{t("activate-invalid")}</p>
            <p>{rich(
                "activate-invalid-hint",
                vec![
                    ("resend_link", Part::Link("/accounts/activate/resend/".into())),
                    ("register_link", Part::Link("/accounts/register/".into())),
                ],
            )}</p>
        }
        .into_any(),
    }
}

/// After "send me a new link": the same answer whatever the key was.
#[component]
pub fn ActivationRenewedPage() -> impl IntoView {
    view! {
        <Title text=t("activate-renewed-title")/>
        <h1>{t("activate-renewed-title")}</h1>
        <div class="card activation-renewed">
            <p>{t("activate-renewed-text")}</p>
            <p>{t("common-check-inbox")}</p>
        </div>
    }
}
