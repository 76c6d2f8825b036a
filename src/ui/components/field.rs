//! A labelled input with its error list, linked for assistive technology.

use leptos::prelude::*;

/// The `<ul class="errorlist">` under a field; always present so hydration matches.
#[component]
pub fn ErrorList(#[prop(into)] id: String, #[prop(into)] errors: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div class="errors" aria-live="polite">
            <ul class="errorlist" id=id hidden=move || errors.get().is_empty()>
                {move || errors.get().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
            </ul>
        </div>
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
    /// The id of help shown with the field (read out with it, before its errors); empty: none.
    #[prop(optional, into)]
    help_id: String,
) -> impl IntoView {
    let input_id = format!("id_{name}");
    let errors_id = format!("id_{name}_errors");
    let described_by = if help_id.is_empty() { errors_id.clone() } else { format!("{help_id} {errors_id}") };
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
                aria-describedby=described_by
                aria-invalid=move || if has_errors() { "true" } else { "false" }
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    // Once a field shows an error, re-check it on every keystroke.
                    if !errors.get_untracked().is_empty() {
                        on_blur.run(());
                    }
                }
                on:blur=move |ev| {
                    // Leaving for the submit button: the submit checks everything, and an error
                    // appearing now would move the button away from under the pointer.
                    if !moves_to_submit(&ev) {
                        on_blur.run(());
                    }
                }
            />
            <ErrorList id=errors_id errors=errors/>
        </div>
    }
}

/// Moves focus to the first field marked invalid (after the errors have rendered).
pub fn focus_first_error() {
    // A task (not a microtask): the reactive updates of the error list have run by then.
    set_timeout(
        || {
            use leptos::wasm_bindgen::JsCast;
            let first = document().query_selector("[aria-invalid=\"true\"]").ok().flatten();
            if let Some(element) = first.and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        },
        std::time::Duration::from_millis(10),
    );
}

fn moves_to_submit(ev: &leptos::ev::FocusEvent) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.related_target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
        .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("button"))
}
