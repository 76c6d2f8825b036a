//! `password/change/…` and `password/reset/…`.

use crate::api::types::FormSeed;
use crate::ui::components::account_form::{AccountForm, FormKind, Input};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn seed() -> FormSeed {
    use_context::<FormSeed>().unwrap_or_default()
}

fn new_password_inputs() -> Vec<Input> {
    vec![
        Input::new("new_password1", "New password", "password", "new-password"),
        Input::new("new_password2", "New password confirmation", "password", "new-password"),
    ]
}

#[component]
pub fn PasswordChangePage() -> impl IntoView {
    let mut inputs = vec![Input::new("old_password", "Old password", "password", "current-password")];
    inputs.extend(new_password_inputs());
    view! {
        <Title text="Password change"/>
        <h1>"Password change"</h1>
        <AccountForm kind=FormKind::PasswordChange action="/accounts/password/change/" submit="Change my password"
            seed=seed() hidden=vec![] inputs=inputs/>
    }
}

#[component]
pub fn PasswordChangeDonePage() -> impl IntoView {
    view! {
        <Title text="Password change successful"/>
        <h1>"Password change successful"</h1>
        <div class="card"><p>"Your password was changed."</p></div>
    }
}

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    view! {
        <Title text="Password reset"/>
        <h1>"Password reset"</h1>
        <p>"Forgotten your password? Enter your email address below, and we’ll email instructions for setting a new one."</p>
        <AccountForm kind=FormKind::PasswordReset action="/accounts/password/reset/" submit="Reset my password"
            seed=seed() hidden=vec![] inputs=vec![Input::new("email", "Email address", "email", "email")]/>
    }
}

#[component]
pub fn PasswordResetDonePage() -> impl IntoView {
    view! {
        <Title text="Password reset sent"/>
        <h1>"Password reset sent"</h1>
        <div class="card">
            <p>"We’ve emailed you instructions for setting your password, if an account exists with the email you entered. You should receive them shortly."</p>
            <p>"If you don’t receive an email, please make sure you’ve entered the address you registered with, and check your spam folder."</p>
        </div>
    }
}

#[component]
pub fn PasswordResetConfirmPage() -> impl IntoView {
    let seed = seed();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    if seed.values.contains_key("invalid") {
        return view! {
            <Title text="Password reset unsuccessful"/>
            <h1>"Password reset unsuccessful"</h1>
            <div class="card reset-invalid">
                <p>"The password reset link was invalid, possibly because it has already been used. Please request a new password reset."</p>
                <p><a href="/accounts/password/reset/">"Request a new password reset"</a></p>
            </div>
        }
        .into_any();
    }
    let action = format!("/accounts/password/reset/confirm/{token}/");
    view! {
        <Title text="Enter new password"/>
        <h1>"Enter new password"</h1>
        <p>"Please enter your new password twice so we can verify you typed it in correctly."</p>
        <AccountForm kind=FormKind::PasswordResetConfirm action=action submit="Change my password" seed=seed
            hidden=vec![("token".to_owned(), token)] inputs=new_password_inputs()/>
    }
    .into_any()
}

#[component]
pub fn PasswordResetCompletePage() -> impl IntoView {
    view! {
        <Title text="Password reset complete"/>
        <h1>"Password reset complete"</h1>
        <div class="card"><p>"Your password has been set. You may go ahead and " <a href="/accounts/login/">"log in now"</a>"."</p></div>
    }
}
