//! A labelled input with its error list, linked for assistive technology.

use leptos::prelude::*;

/// The `<ul class="errorlist">` under a field; always present so hydration matches.
#[component]
pub fn ErrorList(#[prop(into)] id: String, #[prop(into)] errors: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="errorlist" id=id role="alert" hidden=move || errors.get().is_empty()>
            {move || errors.get().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
        </ul>
    }
}

/// A text-like input. `initial` is rendered into the HTML (never pass a password there);
/// `value` follows what the user types; `on_blur` lets the form validate the field.
#[component]
pub fn Field(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into)] kind: String,
    #[prop(into)] autocomplete: String,
    #[prop(optional, into)] initial: String,
    value: RwSignal<String>,
    #[prop(into)] errors: Signal<Vec<String>>,
    #[prop(into)] on_blur: Callback<()>,
) -> impl IntoView {
    let input_id = format!("id_{name}");
    let errors_id = format!("id_{name}_errors");
    let has_errors = move || !errors.get().is_empty();
    view! {
        <div class="field" class:has-errors=has_errors>
            <label for=input_id.clone()>{label}</label>
            <input
                type=kind
                id=input_id
                name=name
                value=initial
                autocomplete=autocomplete
                aria-describedby=errors_id.clone()
                aria-invalid=move || if has_errors() { "true" } else { "false" }
                on:input=move |ev| value.set(event_target_value(&ev))
                on:blur=move |_| on_blur.run(())
            />
            <ErrorList id=errors_id errors=errors/>
        </div>
    }
}
