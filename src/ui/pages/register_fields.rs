//! The registration form's parts beyond the plain fields: the terms checkbox, the offered
//! address correction, the password rules and the trap field.

use super::register_state::FormState;
use crate::domain::password::{PasswordPolicy, UserAttributes};
use crate::domain::registration as form;
use crate::domain::{messages, typo};
use crate::ui::components::field::ErrorList;
use leptos::prelude::*;

#[component]
pub(super) fn TermsField(state: FormState) -> impl IntoView {
    let checked = state.tos.get_untracked();
    view! {
        <div class="field checkbox">
            <input type="checkbox" id="id_tos" name="tos" checked=checked aria-describedby="id_tos_errors"
                on:change=move |ev| state.tos.set(event_target_checked(&ev))/>
            <label for="id_tos">{terms_label(state)}</label>
            <ErrorList id="id_tos_errors" errors=state.errors_of(form::TOS)/>
        </div>
    }
}

/// "I have read and agree to the Terms of Service", the link where the translation puts it.
fn terms_label(state: FormState) -> impl IntoView {
    let sentence = state.text("register-tos-label");
    let (before, after) = sentence.split_once("{$terms_link}").unwrap_or((sentence.as_str(), ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! { {before}<a href="/terms/">{state.text("register-tos-label.terms-link")}</a>{after} }
}

/// The one-click fix under "Did you mean …?": a checkbox carrying the suggested address. In
/// the browser ticking it fills the field at once; without JavaScript the server swaps the
/// address in when the form is sent. (A checkbox, not a submit button: a second submit button
/// placed before "Register" would become the form's default, pressed by the Enter key.)
#[component]
pub(super) fn Correction(state: FormState) -> impl IntoView {
    let offered = move || {
        let suggestion = typo::suggest(&state.email.get())?;
        state.shows(form::EMAIL, &messages::did_you_mean(&suggestion)).then_some(suggestion)
    };
    move || {
        offered().map(|address| {
            let label = state.text("register-use-suggestion").replace("{$address}", &address);
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
pub(super) fn set_input_value(id: &str, value: &str) {
    use leptos::wasm_bindgen::JsCast;
    let input =
        document().get_element_by_id(id).and_then(|e| e.dyn_into::<leptos::web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.set_value(value);
    }
}

pub(super) const RULES_ID: &str = "id_password1_helptext";

/// The password rules, listed before anything is typed (Django's help texts); as the user
/// types, each rule the browser can check is marked met or not (`data-met`); the
/// common-password list stays on the server, so that rule stays unmarked.
#[component]
pub(super) fn PasswordRules(state: FormState, policy: PasswordPolicy) -> impl IntoView {
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
                view! { <li data-rule=rule.name() data-met=met>{state.texts.with_value(|t| t.say(&rule.help()))}</li> }
            })
            .collect_view();
        view! { <ul class="password-rules" id=RULES_ID>{items}</ul> }
    })
}

/// The trap field: off-screen, out of the tab order and hidden from assistive technology, so
/// only programs that fill every input find it.
#[component]
pub(super) fn Honeypot(value: RwSignal<String>, label: String) -> impl IntoView {
    view! {
        <div class="hp" aria-hidden="true">
            <label for="id_website">{label}</label>
            <input type="text" id="id_website" name="website" tabindex="-1" autocomplete="off"
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
