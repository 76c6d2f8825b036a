//! A generic account form (login, password change and reset): a plain POST to its page
//! without JavaScript; hydrated, it submits through `api::account` without a reload.

use super::field::{ErrorList, Field};
use crate::api::account::{FormKind, SubmitAccountForm};
use crate::api::types::{FormReply, FormSeed, TRY_AGAIN};
use crate::domain::FieldErrors;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One visible input of an account form.
#[derive(Clone)]
pub struct Input {
    pub name: &'static str,
    pub label: &'static str,
    pub kind: &'static str,
    pub autocomplete: &'static str,
}

impl Input {
    pub const fn new(
        name: &'static str,
        label: &'static str,
        kind: &'static str,
        autocomplete: &'static str,
    ) -> Self {
        Self { name, label, kind, autocomplete }
    }
}

#[component]
pub fn AccountForm(
    kind: FormKind,
    #[prop(into)] action: String,
    inputs: Vec<Input>,
    /// Hidden fields (`next`, `token`), sent as they are.
    #[prop(optional)]
    hidden: Vec<(&'static str, String)>,
    #[prop(into)] submit: String,
    seed: FormSeed,
) -> impl IntoView {
    let errors = RwSignal::new(seed.errors.clone());
    let values: Vec<(&'static str, RwSignal<String>)> = inputs
        .iter()
        .map(|i| {
            (i.name, RwSignal::new(if i.kind == "password" { String::new() } else { seed.value(i.name) }))
        })
        .collect();
    let action_fn = ServerAction::<SubmitAccountForm>::new();
    Effect::new(move |_| match action_fn.value().get() {
        Some(Ok(FormReply::Redirect(to))) => {
            let _ = window().location().set_href(&to);
        }
        Some(Ok(FormReply::Invalid(e))) => {
            errors.set(e);
            super::field::focus_first_error();
        }
        Some(Err(_)) => errors.set(FieldErrors::single(FieldErrors::NON_FIELD, TRY_AGAIN)),
        None => {}
    });
    let submitted = values.clone();
    let hidden_values = hidden.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut fields: BTreeMap<String, String> =
            hidden_values.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        fields.extend(submitted.iter().map(|(k, v)| ((*k).to_owned(), v.get_untracked())));
        action_fn.dispatch(SubmitAccountForm { kind, fields });
    };
    let errors_of = move |field: &'static str| Signal::derive(move || errors.with(|e| e.get(field).to_vec()));
    let fields = inputs
        .into_iter()
        .zip(values)
        .map(|(input, (_, value))| {
            let initial = if input.kind == "password" { String::new() } else { seed.value(input.name) };
            view! {
                <Field name=input.name label=input.label kind=input.kind autocomplete=input.autocomplete
                    initial=initial value=value errors=errors_of(input.name) on_blur=Callback::new(|()| ())/>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=action novalidate on:submit=on_submit class="card">
            <ErrorList id="id_form_errors" errors=errors_of(FieldErrors::NON_FIELD)/>
            {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
            {fields}
            <button type="submit" disabled=move || action_fn.pending().get()>{submit}</button>
        </form>
    }
}
