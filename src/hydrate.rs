//! Browser entry point: starts the reactive runtime; the page's script then hydrates each form
//! island in it (pages themselves are server-rendered only).

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // A page without islands has nothing more to bring to life.
    if !crate::ui::components::hydrated::page_has_islands() {
        crate::ui::components::hydrated::mark();
    }
}
