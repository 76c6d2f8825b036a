//! `activate/resend/`: ask for a new activation email. The answer is the same whether or not
//! the address belongs to a pending registration. The form is an island: hydrated, it sends
//! through a server function and shows the answer in place.

use crate::api::forms::{ResendSent, SubmitResend};
use crate::api::types::ResendSeed;
use crate::domain::account_forms::EmailInput;
use crate::domain::email::EmailAddress;
use crate::domain::FieldErrors;
use crate::ui::components::account_form::show_error;
use crate::ui::components::field::{ErrorList, Field};
use crate::ui::components::hydrated::mark_when_hydrated;
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ResendPage() -> impl IntoView {
    view! {
        <Title text="Resend the activation email"/>
        <h1>"Resend the activation email"</h1>
        <ResendForm/>
    }
}

const FORM_ID: &str = "resend-form";

/// The form; it starts from the page's `ResendSeed` (see `ui::island_props`).
#[island]
pub fn ResendForm() -> impl IntoView {
    let (seed, props) = island_props::load::<ResendSeed>(FORM_ID);
    mark_when_hydrated();
    let email = RwSignal::new(seed.email.clone());
    let errors = RwSignal::new(seed.errors.clone());
    let sent_to = RwSignal::new(seed.sent.then(|| seed.email.clone()));
    let action = ServerAction::<SubmitResend>::new();
    Effect::new(move |_| match action.value().get() {
        Some(Ok(ResendSent { email })) => sent_to.set(Some(email)),
        Some(Err(error)) => show_error(error, errors),
        None => {}
    });
    let check = move || EmailAddress::parse(&email.get_untracked()).err().unwrap_or_default();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let problems = check();
        if problems.is_empty() {
            action.dispatch(SubmitResend { form: EmailInput { email: email.get_untracked() } });
        } else {
            errors.update(|e| e.set_field("email", problems));
        }
    };
    let email_errors = Signal::derive(move || errors.with(|e| e.get("email").to_vec()));
    let form_errors = Signal::derive(move || errors.with(|e| e.get(FieldErrors::NON_FIELD).to_vec()));
    // The seed stays on an element that is there whether or not the form is.
    view! {
        <div id=FORM_ID data-props=props>
        <Show when=move || sent_to.get().is_none() fallback=move || view! { <ResendSent email=sent_to.get().unwrap_or_default()/> }>
            <form method="post" action="/accounts/activate/resend/" novalidate on:submit=on_submit class="card">
                <ErrorList id="id_form_errors" errors=form_errors/>
                <Field name="email" label="Email" kind="email" autocomplete="email" initial=seed.email.clone()
                    value=email errors=email_errors on_blur=Callback::new(move |()| errors.update(|e| e.set_field("email", check())))/>
                <button type="submit" disabled=move || action.pending().get()>"Send"</button>
            </form>
        </Show>
        </div>
    }
}

#[component]
fn ResendSent(email: String) -> impl IntoView {
    view! {
        <div class="card resend-sent">
            <p>"If " <strong class="address">{email}</strong>
               " belongs to an account that is waiting for activation, we have sent a new activation link to it."</p>
            <p>"Please check your inbox (and your spam folder)."</p>
        </div>
    }
}
