//! A generic account form (login, logout, password change and reset, activation confirm): a
//! plain POST to its page without JavaScript; hydrated (it is an island), it submits through
//! its own server function in `api::forms` without a reload and shows the errors in place, or
//! loads the page the server names.

use super::field::{ErrorList, Field};
use super::hydrated::mark_when_hydrated;
use crate::api::error::ServerError;
use crate::api::forms::{self, Navigate};
use crate::api::self_service;
use crate::api::types::FormSeed;
use crate::domain::account_forms::{
    DeleteAccountInput, EmailChangeInput, EmailInput, LoginInput, PasswordChangeInput, SetPasswordInput,
    CHECKED,
};
use crate::domain::password::Password;
use crate::domain::{messages, FieldErrors};
use crate::ui::i18n::{say, Texts};
use crate::ui::island_props;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which account form this is (each has its own server function).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    Login,
    Logout,
    PasswordChange,
    PasswordReset,
    PasswordResetConfirm,
    ActivationConfirm,
    DeleteAccount,
    EmailChange,
    EmailConfirm,
    NotMe,
}

/// Sends the form's fields through its kind's server function.
async fn send(kind: FormKind, fields: BTreeMap<String, String>) -> Result<Navigate, ServerError> {
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let password = |name: &str| Password::new(field(name));
    match kind {
        FormKind::Login => {
            forms::log_in(LoginInput {
                username: field("username"),
                password: password("password"),
                next: field("next"),
                remember: field("remember") == CHECKED,
            })
            .await
        }
        FormKind::Logout => forms::log_out().await,
        FormKind::PasswordChange => {
            let form = PasswordChangeInput {
                old_password: password("old_password"),
                new_password1: password("new_password1"),
                new_password2: password("new_password2"),
            };
            forms::change_password(form).await
        }
        FormKind::PasswordReset => forms::request_password_reset(EmailInput { email: field("email") }).await,
        FormKind::PasswordResetConfirm => {
            let form = SetPasswordInput {
                new_password1: password("new_password1"),
                new_password2: password("new_password2"),
            };
            forms::reset_password(field("token"), form).await
        }
        FormKind::ActivationConfirm => forms::confirm_activation(field("token")).await,
        FormKind::DeleteAccount => {
            forms::delete_account(DeleteAccountInput { password: password("password") }).await
        }
        FormKind::EmailChange => {
            let form = EmailChangeInput { email: field("email"), password: password("password") };
            self_service::request_email_change(form).await
        }
        FormKind::EmailConfirm => self_service::confirm_email_change(field("token")).await,
        FormKind::NotMe => self_service::not_me(field("token")).await,
    }
}

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

    /// A checkbox: its value is `CHECKED` when ticked, empty otherwise.
    pub fn checkbox(name: &str, label: &str) -> Self {
        Self::new(name, label, "checkbox", "off")
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
    /// What the browser may have to say itself (try again, wait).
    texts: Texts,
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
            texts: Texts::default(),
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
    mut seed: FormSeed,
) -> impl IntoView {
    seed.errors = seed.errors.localized(say);
    let texts = Texts::of(&["error-try-again", "error-rate-limited"], &[]);
    provide_context(AccountFormData { kind, action, inputs, hidden, submit, seed, texts });
    view! { <AccountFormIsland/> }
}

/// The form itself: the part of the page that runs in the browser.
#[island]
pub fn AccountFormIsland() -> impl IntoView {
    let (AccountFormData { kind, action, inputs, hidden, submit, seed, texts }, props) =
        island_props::load::<AccountFormData>(FORM_ID);
    let texts = StoredValue::new(texts);
    mark_when_hydrated();
    let errors = RwSignal::new(seed.errors.clone());
    let initial =
        move |input: &Input| if input.is_password() { String::new() } else { seed.value(&input.name) };
    let values: Vec<(String, RwSignal<String>)> =
        inputs.iter().map(|i| (i.name.clone(), RwSignal::new(initial(i)))).collect();
    let action_fn = Action::new_unsync(move |fields: &BTreeMap<String, String>| send(kind, fields.clone()));
    Effect::new(move |_| match action_fn.value().get() {
        Some(Ok(Navigate(to))) => go(&to),
        Some(Err(error)) => show_error(error, errors),
        None => {}
    });
    let submitted = values.clone();
    let hidden_values = hidden.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut fields: BTreeMap<String, String> = hidden_values.iter().cloned().collect();
        fields.extend(submitted.iter().map(|(k, v)| (k.clone(), v.get_untracked())));
        action_fn.dispatch(fields);
    };
    let errors_of = move |field: String| {
        Signal::derive(move || {
            errors.with(|e| texts.with_value(|t| e.get(&field).iter().map(|m| t.say(m)).collect()))
        })
    };
    let fields = inputs
        .into_iter()
        .zip(values)
        .map(|(input, (_, value))| {
            let typed = initial(&input);
            if input.kind == "checkbox" {
                return view! { <Checkbox name=input.name label=input.label value=value/> }.into_any();
            }
            view! {
                <Field name=input.name.clone() label=input.label kind=input.kind autocomplete=input.autocomplete
                    initial=typed value=value errors=errors_of(input.name) on_blur=Callback::new(|()| ())/>
            }
            .into_any()
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

/// A checkbox of an account form; `value` holds `CHECKED` or nothing.
#[component]
fn Checkbox(name: String, label: String, value: RwSignal<String>) -> impl IntoView {
    let id = format!("id_{name}");
    let checked = value.get_untracked() == CHECKED;
    view! {
        <div class="field checkbox">
            <input type="checkbox" id=id.clone() name=name value=CHECKED checked=checked
                on:change=move |ev| value.set(if event_target_checked(&ev) { CHECKED.to_owned() } else { String::new() })/>
            <label for=id>{label}</label>
        </div>
    }
}

/// Loads `to`; an empty path reloads this page (which then explains what happened).
pub fn go(to: &str) {
    let location = window().location();
    let _ = if to.is_empty() { location.reload() } else { location.set_href(to) };
}

/// Shows a server function's refusal: errors in place, or the page that explains it.
pub fn show_error(error: ServerError, errors: RwSignal<FieldErrors>) {
    match error {
        ServerError::Invalid(e) => {
            errors.set(e);
            super::field::focus_first_error();
        }
        ServerError::Redirect(to) => go(&to),
        // A page that is gone, or one that needs a login: loading it again shows which.
        ServerError::NotFound | ServerError::LoginRequired => go(""),
        ServerError::RateLimited { retry_after } => {
            errors.set(FieldErrors::single(FieldErrors::NON_FIELD, messages::rate_limited(retry_after)))
        }
        ServerError::Unavailable | ServerError::BadRequest => {
            errors.set(FieldErrors::single(FieldErrors::NON_FIELD, messages::TRY_AGAIN))
        }
    }
}
