//! `register/`: the registration form. Without JavaScript it is a plain POST; hydrated (it is
//! an island), it validates fields as they lose focus and submits through a server function,
//! then loads the completion page.

use super::register_fields::{Correction, Honeypot, PasswordRules, TermsField, RULES_ID};
use super::register_state::FormState;
use crate::api::forms::{Navigate, SubmitRegistration};
use crate::api::types::RegisterSeed;
use crate::domain::registration::{self as form, FormRules};
use crate::domain::FieldErrors;
use crate::ui::components::account_form::{go, show_error};
use crate::ui::components::field::{focus_first_error, ErrorList, Field};
use crate::ui::components::hydrated::mark_when_hydrated;
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use super::register_done::{RegisterClosedPage, RegisterCompletePage};

/// What the registration form starts with (see `ui::island_props`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct RegisterFormData {
    seed: RegisterSeed,
    rules: FormRules,
}

const FORM_ID: &str = "register-form";

#[component]
pub fn RegisterPage() -> impl IntoView {
    let seed = use_context::<RegisterSeed>().unwrap_or_default();
    let rules = use_context::<FormRules>().unwrap_or_default();
    provide_context(RegisterFormData { seed, rules });
    view! {
        <Title text="Register for an account"/>
        <h1>"Register for an account"</h1>
        <RegisterForm/>
        <p class="hint">"Didn't get the activation email? " <a href="/accounts/activate/resend/">"Send it again"</a></p>
    }
}

/// The form itself: the part of the page that runs in the browser.
#[island]
pub fn RegisterForm() -> impl IntoView {
    let (RegisterFormData { seed, rules }, props) = island_props::load::<RegisterFormData>(FORM_ID);
    mark_when_hydrated();
    let state = FormState::new(&seed);
    let action = ServerAction::<SubmitRegistration>::new();
    follow_reply(action, state);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let errors = state.check_all(rules);
        if errors.is_empty() {
            action.dispatch(SubmitRegistration { form: state.input() });
        } else {
            state.errors.set(errors);
            focus_first_error();
        }
    };
    let blur = move |field: &'static str| Callback::new(move |()| state.revalidate(field, rules));
    view! {
        <form id=FORM_ID data-props=props method="post" action="/accounts/register/" novalidate on:submit=on_submit class="card">
            <ErrorList id="id_form_errors" errors=state.errors_of(FieldErrors::NON_FIELD)/>
            <Field name="username" label="Username" kind="text" autocomplete="username"
                initial=seed.username.clone() value=state.username errors=state.errors_of(form::USERNAME) on_blur=blur(form::USERNAME)/>
            <Field name="email" label="Email" kind="email" autocomplete="email"
                initial=seed.email.clone() value=state.email errors=state.errors_of(form::EMAIL) on_blur=blur(form::EMAIL)/>
            <Correction state=state/>
            <input type="hidden" name="email_checked" value=seed.email_checked.clone()/>
            <Field name="password1" label="Password" kind="password" autocomplete="new-password"
                value=state.password1 errors=state.errors_of(form::PASSWORD1) on_blur=blur(form::PASSWORD1)
                help_id=if rules.password.rules().is_empty() { "" } else { RULES_ID }/>
            <PasswordRules state=state policy=rules.password/>
            <Field name="password2" label="Password confirmation" kind="password" autocomplete="new-password"
                value=state.password2 errors=state.errors_of(form::PASSWORD2) on_blur=blur(form::PASSWORD2)/>
            {rules.terms_of_service.then(|| view! { <TermsField state=state/> })}
            <Honeypot value=state.website/>
            <button type="submit" disabled=move || action.pending().get()>"Register"</button>
        </form>
    }
}

/// Turns the server's reply into navigation or errors. The completion page names the address
/// from the short-lived cookie the server function set.
fn follow_reply(action: ServerAction<SubmitRegistration>, state: FormState) {
    Effect::new(move |_| match action.value().get() {
        Some(Ok(Navigate(to))) => go(&to),
        Some(Err(error)) => show_error(error, state.errors),
        None => {}
    });
}
