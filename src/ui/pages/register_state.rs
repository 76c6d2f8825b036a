//! The registration form's live state in the browser: typed values, errors, the correction
//! on offer, and the checks run as fields are left and before a submit.

use super::register_fields::set_input_value;
use crate::api::types::RegisterSeed;
use crate::domain::password::Password;
use crate::domain::registration::{self as form, FormRules, RegistrationInput};
use crate::domain::{messages, typo, FieldErrors, Msg};
use crate::ui::i18n::Texts;
use leptos::prelude::*;

/// The form's live state: typed values and current errors.
#[derive(Clone, Copy)]
pub(super) struct FormState {
    pub(super) username: RwSignal<String>,
    pub(super) email: RwSignal<String>,
    pub(super) password1: RwSignal<String>,
    pub(super) password2: RwSignal<String>,
    pub(super) tos: RwSignal<bool>,
    pub(super) website: RwSignal<String>,
    /// The address a correction was offered for (see `RegistrationInput::email_checked`).
    pub(super) email_checked: RwSignal<String>,
    pub(super) errors: RwSignal<FieldErrors>,
    /// The form's words.
    pub(super) texts: StoredValue<Texts>,
}

impl FormState {
    pub(super) fn new(seed: &RegisterSeed, texts: Texts) -> Self {
        Self {
            username: RwSignal::new(seed.username.clone()),
            email: RwSignal::new(seed.email.clone()),
            password1: RwSignal::new(String::new()),
            password2: RwSignal::new(String::new()),
            tos: RwSignal::new(seed.tos),
            website: RwSignal::new(String::new()),
            email_checked: RwSignal::new(seed.email_checked.clone()),
            errors: RwSignal::new(seed.errors.clone()),
            texts: StoredValue::new(texts),
        }
    }

    pub(super) fn input(&self) -> RegistrationInput {
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

    pub(super) fn errors_of(&self, field: &'static str) -> Signal<Vec<String>> {
        let (errors, texts) = (self.errors, self.texts);
        Signal::derive(move || {
            errors.with(|e| texts.with_value(|t| e.get(field).iter().map(|m| t.say(m)).collect()))
        })
    }

    /// The form's message `id` in words.
    pub(super) fn text(&self, id: &str) -> String {
        self.texts.with_value(|t| t.get(id))
    }

    /// Whether `field` shows `message` (compared in words: the server's arrive as text).
    pub(super) fn shows(&self, field: &str, message: &Msg) -> bool {
        self.texts.with_value(|t| {
            let wanted = t.say(message);
            self.errors.with(|e| e.get(field).iter().any(|m| t.say(m) == wanted))
        })
    }

    /// Re-checks one field in the browser (the server stays the authority). Leaving the email
    /// field always shows an offered correction; once shown, submitting keeps the address.
    pub(super) fn revalidate(&self, field: &'static str, rules: FormRules) {
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
    pub(super) fn note_offer(&self, email: &str, messages: &[Msg]) {
        if typo::suggest(email).is_some_and(|better| messages.contains(&messages::did_you_mean(&better))) {
            self.email_checked.set(email.trim().to_owned());
        }
    }

    /// Takes the offered correction: the address becomes the suggested one, its message goes.
    pub(super) fn take_correction(&self, address: String) {
        set_input_value("id_email", &address);
        self.email.set(address);
        self.errors.update(|e| e.set_field(form::EMAIL, Vec::new()));
    }

    pub(super) fn check_all(&self, rules: FormRules) -> FieldErrors {
        let input = self.input();
        let mut errors = FieldErrors::new();
        for field in [form::USERNAME, form::EMAIL, form::PASSWORD1, form::PASSWORD2, form::TOS] {
            errors.extend_field(field, form::validate_field(field, &input, rules));
        }
        self.note_offer(&input.email, errors.get(form::EMAIL));
        errors
    }
}
