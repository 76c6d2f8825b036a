//! The 404 page (the fallback handler sets the 404 status).

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text="Page not found"/>
        <h1>"Page not found"</h1>
        <div class="card"><p>"There is nothing at this address. " <a href="/">"Go to the home page"</a>"."</p></div>
    }
}
