//! `register/`: the registration form. Without JavaScript it is a plain POST; hydrated (it is
//! an island), it validates fields as they lose focus and submits through a server function,
//! then loads the completion page.

use super::register_fields::{Correction, Honeypot, PasswordRules, TermsField, RULES_ID};
use super::register_state::FormState;
use crate::api::forms::{Navigate, SubmitRegistration};
use crate::api::types::RegisterSeed;
use crate::domain::registration::{self as form, FormRules};
use crate::domain::Arg;
use crate::domain::FieldErrors;
use crate::paths;
use crate::ui::components::account_form::{go, show_error};
use crate::ui::components::field::{focus_first_error, ErrorList, Field};
use crate::ui::components::hydrated::mark_when_hydrated;
use crate::ui::i18n::{rich, say, t, Part, Texts};
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use super::register_done::{RegisterClosedPage, RegisterCompletePage};

/// What the registration form starts with (see `ui::island_props`): its seed, its rules and
/// its words.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct RegisterFormData {
    seed: RegisterSeed,
    rules: FormRules,
    texts: Texts,
}

/// The messages the form shows: its labels and what the browser's checks can say (the
/// server's own refusals arrive in words).
const TEXTS: [&str; 30] = [
    "register-username-label",
    "register-email-label",
    "register-password1-label",
    "register-password2-label",
    "register-tos-label",
    "register-tos-label.terms-link",
    "register-use-suggestion",
    "register-honeypot-label",
    "register-submit",
    "error-required",
    "error-invalid-username",
    "error-invalid-email",
    "error-free-email",
    "error-tos-required",
    "error-null-characters",
    "error-too-long",
    "error-did-you-mean",
    "error-try-again",
    "error-rate-limited",
    "password-mismatch",
    "password-too-short",
    "password-too-common",
    "password-entirely-numeric",
    "password-similar-username",
    "password-similar-email",
    "password-help-similarity",
    "password-help-min-length",
    "password-help-common",
    "password-help-numeric",
    "error-duplicate-email",
];

const FORM_ID: &str = "register-form";

#[component]
pub fn RegisterPage() -> impl IntoView {
    let mut seed = use_context::<RegisterSeed>().unwrap_or_default();
    seed.errors = seed.errors.localized(say);
    let rules = use_context::<FormRules>().unwrap_or_default();
    let min = rules.password.min_length.unwrap_or_default();
    let texts = Texts::of(&TEXTS, &[("min", Arg::from(min))]);
    provide_context(RegisterFormData { seed, rules, texts });
    view! {
        <Title text=t("register-title")/>
        <h1>{t("register-title")}</h1>
        <RegisterForm/>
        <p class="hint">{rich("register-resend-hint", vec![("resend_link", Part::Link(paths::RESEND.into()))])}</p>
    }
}

/// The form itself: the part of the page that runs in the browser.
#[island]
pub fn RegisterForm() -> impl IntoView {
    let (RegisterFormData { seed, rules, texts }, props) = island_props::load::<RegisterFormData>(FORM_ID);
    mark_when_hydrated();
    let state = FormState::new(&seed, texts.clone());
    let label = move |id: &str| texts.get(id);
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
            <Field name="username" label=label("register-username-label") kind="text" autocomplete="username"
                initial=seed.username.clone() value=state.username errors=state.errors_of(form::USERNAME) on_blur=blur(form::USERNAME)/>
            <Field name="email" label=label("register-email-label") kind="email" autocomplete="email"
                initial=seed.email.clone() value=state.email errors=state.errors_of(form::EMAIL) on_blur=blur(form::EMAIL)/>
            <Correction state=state/>
            <input type="hidden" name="email_checked" value=seed.email_checked.clone()/>
            <Field name="password1" label=label("register-password1-label") kind="password" autocomplete="new-password"
                value=state.password1 errors=state.errors_of(form::PASSWORD1) on_blur=blur(form::PASSWORD1)
                help_id=if rules.password.rules().is_empty() { "" } else { RULES_ID }/>
            <PasswordRules state=state policy=rules.password/>
            <Field name="password2" label=label("register-password2-label") kind="password" autocomplete="new-password"
                value=state.password2 errors=state.errors_of(form::PASSWORD2) on_blur=blur(form::PASSWORD2)/>
            {rules.terms_of_service.then(|| view! { <TermsField state=state/> })}
            <Honeypot value=state.website label=label("register-honeypot-label")/>
            <button type="submit" disabled=move || action.pending().get()>{label("register-submit")}</button>
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
