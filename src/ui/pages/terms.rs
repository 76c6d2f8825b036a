//! `/terms/`: the target of the Terms of Service checkbox (sites replace its text).

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn TermsPage() -> impl IntoView {
    view! {
        <Title text="Terms of Service"/>
        <h1>"Terms of Service"</h1>
        <div class="card terms">
            <p>"By registering you agree to use this site lawfully and to keep your password to yourself."</p>
            <p>"Accounts that are not activated within the activation period are deleted."</p>
        </div>
    }
}
