//! `password/change/…` and `password/reset/…`.

use crate::api::types::FormSeed;
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use crate::ui::i18n::{rich, t, Part};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn seed() -> FormSeed {
    use_context::<FormSeed>().unwrap_or_default()
}

fn new_password_inputs() -> Vec<Input> {
    vec![
        Input::new("new_password1", &t("password-new-label"), "password", "new-password"),
        Input::new("new_password2", &t("password-new-confirm-label"), "password", "new-password"),
    ]
}

#[component]
pub fn PasswordChangePage() -> impl IntoView {
    let mut inputs =
        vec![Input::new("old_password", &t("password-old-label"), "password", "current-password")];
    inputs.extend(new_password_inputs());
    view! {
        <Title text=t("password-change-title")/>
        <h1>{t("password-change-title")}</h1>
        <AccountForm kind=FormKind::PasswordChange action="/accounts/password/change/" submit=t("password-change-submit")
            seed=seed() hidden=vec![] inputs=inputs/>
    }
}

#[component]
pub fn PasswordChangeDonePage() -> impl IntoView {
    view! {
        <Title text=t("password-change-done-title")/>
        <h1>{t("password-change-done-title")}</h1>
        <div class="card"><p>{t("password-change-done-text")}</p></div>
    }
}

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    view! {
        <Title text=t("password-reset-title")/>
        <h1>{t("password-reset-title")}</h1>
        <p>{t("password-reset-intro")}</p>
        <AccountForm kind=FormKind::PasswordReset action="/accounts/password/reset/" submit=t("password-reset-submit")
            seed=seed() hidden=vec![] inputs=vec![Input::new("email", &t("password-reset-email-label"), "email", "email")]/>
    }
}

#[component]
pub fn PasswordResetDonePage() -> impl IntoView {
    view! {
        <Title text=t("password-reset-done-title")/>
        <h1>{t("password-reset-done-title")}</h1>
        <div class="card">
            <p>{t("password-reset-done-text")}</p>
            <p>{t("password-reset-done-hint")}</p>
        </div>
    }
}

#[component]
pub fn PasswordResetConfirmPage() -> impl IntoView {
    let seed = seed();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    if seed.values.contains_key("invalid") {
        return view! {
            <Title text=t("password-reset-invalid-title")/>
            <h1>{t("password-reset-invalid-title")}</h1>
            <div class="card reset-invalid">
                <p>{t("password-reset-invalid-text")}</p>
                <p><a href="/accounts/password/reset/">{t("password-reset-invalid-link")}</a></p>
            </div>
        }
        .into_any();
    }
    let action = format!("/accounts/password/reset/confirm/{token}/");
    view! {
        <Title text=t("password-reset-confirm-title")/>
        <h1>{t("password-reset-confirm-title")}</h1>
        <p>{t("password-reset-confirm-intro")}</p>
        <AccountForm kind=FormKind::PasswordResetConfirm action=action submit=t("password-reset-confirm-submit") seed=seed
            hidden=vec![("token".to_owned(), token)] inputs=new_password_inputs()/>
    }
    .into_any()
}

#[component]
pub fn PasswordResetCompletePage() -> impl IntoView {
    view! {
        <Title text=t("password-reset-complete-title")/>
        <h1>{t("password-reset-complete-title")}</h1>
        <div class="card"><p>{rich("password-reset-complete-text", vec![("login_link", Part::Link("/accounts/login/".into()))])}</p></div>
    }
}
