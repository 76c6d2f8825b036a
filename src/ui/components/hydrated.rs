//! The `data-hydrated="true"` flag on `<main>`: set once the page's form is live in the
//! browser, so tests (and styles) can tell a hydrated page from its server render.

use leptos::prelude::*;

/// Called in each island: flags the page once the island has hydrated.
pub fn mark_when_hydrated() {
    // Effects run only in the browser, after hydration.
    Effect::new(|_| mark());
}

pub fn mark() {
    if let Some(main) = document().query_selector("main").ok().flatten() {
        let _ = main.set_attribute("data-hydrated", "true");
    }
}

pub fn page_has_islands() -> bool {
    document().query_selector("leptos-island").ok().flatten().is_some()
}
