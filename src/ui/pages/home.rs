//! `/`: a small home page linking to the account pages.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="Welcome"/>
        <h1>"Welcome"</h1>
        <div class="card">
            <ul class="links">
                <li><a href="/accounts/register/">"Register"</a></li>
                <li><a href="/accounts/activate/resend/">"Resend the activation email"</a></li>
                <li><a href="/accounts/login/">"Log in"</a></li>
            </ul>
        </div>
    }
}
