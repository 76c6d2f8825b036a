//! `register/`: the registration form. Without JavaScript it is a plain POST; hydrated (it is
//! an island), it validates fields as they lose focus and submits through a server function,
//! then loads the completion page.

use crate::api::forms::{Navigate, SubmitRegistration};
use crate::api::types::RegisterSeed;
use crate::domain::password::{Password, PasswordPolicy, UserAttributes};
use crate::domain::registration::{self as form, FormRules, RegistrationInput};
use crate::domain::{messages, typo, FieldErrors};
use crate::ui::components::account_form::{go, show_error};
use crate::ui::components::field::{focus_first_error, ErrorList, Field};
use crate::ui::components::hydrated::mark_when_hydrated;
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use super::register_done::{RegisterClosedPage, RegisterCompletePage};

/// The form's live state: typed values and current errors.
#[derive(Clone, Copy)]
struct FormState {
    username: RwSignal<String>,
    email: RwSignal<String>,
    password1: RwSignal<String>,
    password2: RwSignal<String>,
    tos: RwSignal<bool>,
    website: RwSignal<String>,
    /// The address a correction was offered for (see `RegistrationInput::email_checked`).
    email_checked: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
}

impl FormState {
    fn new(seed: &RegisterSeed) -> Self {
        Self {
            username: RwSignal::new(seed.username.clone()),
            email: RwSignal::new(seed.email.clone()),
            password1: RwSignal::new(String::new()),
            password2: RwSignal::new(String::new()),
            tos: RwSignal::new(seed.tos),
            website: RwSignal::new(String::new()),
            email_checked: RwSignal::new(seed.email_checked.clone()),
            errors: RwSignal::new(seed.errors.clone()),
        }
    }

    fn input(&self) -> RegistrationInput {
        RegistrationInput {
            username: self.username.get_untracked(),
            email: self.email.get_untracked(),
            password1: Password::new(self.password1.get_untracked()),
            password2: Password::new(self.password2.get_untracked()),
            tos: self.tos.get_untracked().then(|| "on".to_owned()),
            website: self.website.get_untracked(),
            email_checked: self.email_checked.get_untracked(),
        }
    }

    fn errors_of(&self, field: &'static str) -> Signal<Vec<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.get(field).to_vec()))
    }

    /// Re-checks one field in the browser (the server stays the authority). Leaving the email
    /// field always shows an offered correction; once shown, submitting keeps the address.
    fn revalidate(&self, field: &'static str, rules: FormRules) {
        let mut input = self.input();
        if field == form::EMAIL {
            input.email_checked.clear();
        }
        let messages = form::validate_field(field, &input, rules);
        if field == form::EMAIL {
            self.note_offer(&input.email, &messages);
        }
        self.errors.update(|e| e.set_field(field, messages));
    }

    /// Remembers that a correction is being shown for `email`, so the next submit keeps it.
    fn note_offer(&self, email: &str, messages: &[String]) {
        if typo::suggest(email).is_some_and(|better| messages.contains(&messages::did_you_mean(&better))) {
            self.email_checked.set(email.trim().to_owned());
        }
    }

    /// Takes the offered correction: the address becomes the suggested one, its message goes.
    fn take_correction(&self, address: String) {
        set_input_value("id_email", &address);
        self.email.set(address);
        self.errors.update(|e| e.set_field(form::EMAIL, Vec::new()));
    }

    fn check_all(&self, rules: FormRules) -> FieldErrors {
        let input = self.input();
        let mut errors = FieldErrors::new();
        for field in [form::USERNAME, form::EMAIL, form::PASSWORD1, form::PASSWORD2, form::TOS] {
            errors.extend_field(field, form::validate_field(field, &input, rules));
        }
        self.note_offer(&input.email, errors.get(form::EMAIL));
        errors
    }
}

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

#[component]
fn TermsField(state: FormState) -> impl IntoView {
    let checked = state.tos.get_untracked();
    view! {
        <div class="field checkbox">
            <input type="checkbox" id="id_tos" name="tos" checked=checked aria-describedby="id_tos_errors"
                on:change=move |ev| state.tos.set(event_target_checked(&ev))/>
            <label for="id_tos">"I have read and agree to the " <a href="/terms/">"Terms of Service"</a></label>
            <ErrorList id="id_tos_errors" errors=state.errors_of(form::TOS)/>
        </div>
    }
}

/// The one-click fix under "Did you mean …?": a checkbox carrying the suggested address. In
/// the browser ticking it fills the field at once; without JavaScript the server swaps the
/// address in when the form is sent. (A checkbox, not a submit button: a second submit button
/// placed before "Register" would become the form's default, pressed by the Enter key.)
#[component]
fn Correction(state: FormState) -> impl IntoView {
    let offered = move || {
        let suggestion = typo::suggest(&state.email.get())?;
        let shown = state.errors.with(|e| e.get(form::EMAIL).contains(&messages::did_you_mean(&suggestion)));
        shown.then_some(suggestion)
    };
    move || {
        offered().map(|address| {
            let label = format!("Use {address}");
            let fix = address.clone();
            view! {
                <p class="field checkbox correction">
                    <input type="checkbox" id="id_email_fix" name="email_fix" value=address
                        on:change=move |_| state.take_correction(fix.clone())/>
                    <label for="id_email_fix">{label}</label>
                </p>
            }
        })
    }
}

/// Sets what an input shows (its `value` attribute is only the server-rendered start).
fn set_input_value(id: &str, value: &str) {
    use leptos::wasm_bindgen::JsCast;
    let input =
        document().get_element_by_id(id).and_then(|e| e.dyn_into::<leptos::web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.set_value(value);
    }
}

const RULES_ID: &str = "id_password1_helptext";

/// The password rules, listed before anything is typed (Django's help texts); as the user
/// types, each rule the browser can check is marked met or not (`data-met`); the
/// common-password list stays on the server, so that rule stays unmarked.
#[component]
fn PasswordRules(state: FormState, policy: PasswordPolicy) -> impl IntoView {
    let rules = policy.rules();
    (!rules.is_empty()).then(|| {
        let items = rules
            .into_iter()
            .map(|rule| {
                let met = move || {
                    let (password, username, email) =
                        (state.password1.get(), state.username.get(), state.email.get());
                    match rule.met(&password, UserAttributes { username: &username, email: &email }) {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "unknown",
                    }
                };
                view! { <li data-rule=rule.name() data-met=met>{rule.help()}</li> }
            })
            .collect_view();
        view! { <ul class="password-rules" id=RULES_ID>{items}</ul> }
    })
}

/// The trap field: off-screen, out of the tab order and hidden from assistive technology, so
/// only programs that fill every input find it.
#[component]
fn Honeypot(value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="hp" aria-hidden="true">
            <label for="id_website">"Leave this field empty"</label>
            <input type="text" id="id_website" name="website" tabindex="-1" autocomplete="off"
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
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
