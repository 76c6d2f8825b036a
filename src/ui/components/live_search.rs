//! Search as you type on the people list (an island). The GET form underneath works on its
//! own; with JavaScript, each change to it asks the server for the same page after a short
//! pause and swaps in that page's results, so a search reads the same rows either way.

use leptos::prelude::*;
use std::time::Duration;

/// Typing pause before a search goes out.
const PAUSE: Duration = Duration::from_millis(250);

/// Wraps the search form and its results (`#people-results`); listens to every change inside.
#[island]
pub fn LiveSearch(children: Children) -> impl IntoView {
    super::hydrated::mark_when_hydrated();
    // Each change gets a number; only the latest one's answer is shown.
    let latest = StoredValue::new(0u64);
    let changed = move |ev: leptos::ev::Event| {
        use leptos::wasm_bindgen::JsCast;
        let target = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok());
        let Some(form) = target.and_then(|t| t.closest("form").ok().flatten()) else { return };
        latest.update_value(|n| *n += 1);
        let mine = latest.get_value();
        set_timeout(
            move || {
                if latest.get_value() == mine {
                    leptos::task::spawn_local(browser::refresh(form, move || latest.get_value() == mine));
                }
            },
            PAUSE,
        );
    };
    view! { <div class="live-search" on:input=changed>{children()}</div> }
}

#[cfg(feature = "hydrate")]
#[path = "live_search_browser.rs"]
mod browser;

#[cfg(not(feature = "hydrate"))]
mod browser {
    //! On the server the island only renders: nothing changes there.

    pub async fn refresh(_form: leptos::web_sys::Element, _still_latest: impl Fn() -> bool) {}
}
