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
use crate::ui::i18n::{say, t, Texts};
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[component]
pub fn ResendPage() -> impl IntoView {
    let mut seed = use_context::<ResendSeed>().unwrap_or_default();
    seed.errors = seed.errors.localized(say);
    provide_context(ResendFormData { seed, texts: Texts::of(&TEXTS, &[]) });
    view! {
        <Title text=t("resend-title")/>
        <h1>{t("resend-title")}</h1>
        <ResendForm/>
    }
}

const FORM_ID: &str = "resend-form";

/// What the form starts with (see `ui::island_props`): the page's seed and the form's words.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct ResendFormData {
    seed: ResendSeed,
    texts: Texts,
}

/// The form's labels, the browser's checks, and the answer.
const TEXTS: [&str; 10] = [
    "resend-email-label",
    "resend-submit",
    "resend-sent",
    "common-check-inbox",
    "error-required",
    "error-invalid-email",
    "error-too-long",
    "error-null-characters",
    "error-try-again",
    "error-rate-limited",
];

/// The form; it starts from the page's `ResendSeed` (see `ui::island_props`).
#[island]
pub fn ResendForm() -> impl IntoView {
    let (ResendFormData { seed, texts }, props) = island_props::load::<ResendFormData>(FORM_ID);
    mark_when_hydrated();
    let texts = StoredValue::new(texts);
    let words = move |id: &str| texts.with_value(|t| t.get(id));
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
    let said = move |field: &'static str| {
        Signal::derive(move || {
            errors.with(|e| texts.with_value(|t| e.get(field).iter().map(|m| t.say(m)).collect()))
        })
    };
    let (email_errors, form_errors) = (said("email"), said(FieldErrors::NON_FIELD));
    // The seed stays on an element that is there whether or not the form is.
    view! {
        <div id=FORM_ID data-props=props>
        <Show when=move || sent_to.get().is_none() fallback=move || view! { <ResendSent email=sent_to.get().unwrap_or_default() texts=texts/> }>
            <form method="post" action="/accounts/activate/resend/" novalidate on:submit=on_submit class="card">
                <ErrorList id="id_form_errors" errors=form_errors/>
                <Field name="email" label=words("resend-email-label") kind="email" autocomplete="email" initial=seed.email.clone()
                    value=email errors=email_errors on_blur=Callback::new(move |()| errors.update(|e| e.set_field("email", check())))/>
                <button type="submit" disabled=move || action.pending().get()>{words("resend-submit")}</button>
            </form>
        </Show>
        </div>
    }
}

#[component]
fn ResendSent(email: String, texts: StoredValue<Texts>) -> impl IntoView {
    let sentence = texts.with_value(|t| t.get("resend-sent"));
    let (before, after) = sentence.split_once("{$email}").unwrap_or((sentence.as_str(), ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    view! {
        <div class="card resend-sent">
            <p>{before}<strong class="address">{email}</strong>{after}</p>
            <p>{texts.with_value(|t| t.get("common-check-inbox"))}</p>
        </div>
    }
}
