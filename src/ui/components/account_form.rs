//! A generic account form (login, password change and reset): a plain POST to its page
//! without JavaScript; hydrated (it is an island), it submits through `api::account` without
//! a reload and shows the errors in place, or loads the page the server names.

use super::field::{ErrorList, Field};
use super::hydrated::mark_when_hydrated;
use crate::api::account::{FormKind, SubmitAccountForm};
use crate::api::types::{FormReply, FormSeed, TRY_AGAIN};
use crate::domain::FieldErrors;
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One visible input of an account form.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Input {
    pub name: String,
    pub label: String,
    pub kind: String,
    pub autocomplete: String,
}

impl Input {
    pub fn new(name: &str, label: &str, kind: &str, autocomplete: &str) -> Self {
        Self { name: name.into(), label: label.into(), kind: kind.into(), autocomplete: autocomplete.into() }
    }

    fn is_password(&self) -> bool {
        self.kind == "password"
    }
}

/// What an account form is made of (see `ui::island_props`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccountFormData {
    kind: FormKind,
    action: String,
    inputs: Vec<Input>,
    hidden: Vec<(String, String)>,
    submit: String,
    seed: FormSeed,
}

impl Default for AccountFormData {
    /// Only for a page that forgot its props: a form that logs out.
    fn default() -> Self {
        Self {
            kind: FormKind::Logout,
            action: String::new(),
            inputs: Vec::new(),
            hidden: Vec::new(),
            submit: String::new(),
            seed: FormSeed::default(),
        }
    }
}

const FORM_ID: &str = "account-form";

/// Places an account form on a page.
#[component]
pub fn AccountForm(
    kind: FormKind,
    #[prop(into)] action: String,
    inputs: Vec<Input>,
    /// Hidden fields (`next`, `token`), sent as they are.
    hidden: Vec<(String, String)>,
    #[prop(into)] submit: String,
    seed: FormSeed,
) -> impl IntoView {
    provide_context(AccountFormData { kind, action, inputs, hidden, submit, seed });
    view! { <AccountFormIsland/> }
}

/// The form itself: the part of the page that runs in the browser.
#[island]
pub fn AccountFormIsland() -> impl IntoView {
    let (AccountFormData { kind, action, inputs, hidden, submit, seed }, props) =
        island_props::load::<AccountFormData>(FORM_ID);
    mark_when_hydrated();
    let errors = RwSignal::new(seed.errors.clone());
    let initial =
        move |input: &Input| if input.is_password() { String::new() } else { seed.value(&input.name) };
    let values: Vec<(String, RwSignal<String>)> =
        inputs.iter().map(|i| (i.name.clone(), RwSignal::new(initial(i)))).collect();
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
        let mut fields: BTreeMap<String, String> = hidden_values.iter().cloned().collect();
        fields.extend(submitted.iter().map(|(k, v)| (k.clone(), v.get_untracked())));
        action_fn.dispatch(SubmitAccountForm { kind, fields });
    };
    let errors_of = move |field: String| Signal::derive(move || errors.with(|e| e.get(&field).to_vec()));
    let fields = inputs
        .into_iter()
        .zip(values)
        .map(|(input, (_, value))| {
            let typed = initial(&input);
            view! {
                <Field name=input.name.clone() label=input.label kind=input.kind autocomplete=input.autocomplete
                    initial=typed value=value errors=errors_of(input.name) on_blur=Callback::new(|()| ())/>
            }
        })
        .collect_view();
    view! {
        <form id=FORM_ID data-props=props method="post" action=action novalidate on:submit=on_submit class="card">
            <ErrorList id="id_form_errors" errors=errors_of(FieldErrors::NON_FIELD.to_owned())/>
            {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
            {fields}
            <button type="submit" disabled=move || action_fn.pending().get()>{submit}</button>
        </form>
    }
}
