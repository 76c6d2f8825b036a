//! `register/complete/` and `register/closed/`.

use leptos::prelude::*;
use leptos_meta::Title;

pub const COMPLETE: &str = "/accounts/register/complete/";
pub const CLOSED: &str = "/accounts/register/closed/";

#[component]
pub fn RegisterCompletePage() -> impl IntoView {
    let email = use_context::<crate::api::types::RegisteredEmail>().and_then(|e| e.0);
    view! {
        <Title text="Activation email sent"/>
        <h1>"Activation email sent"</h1>
        <div class="card">
            {match email {
                Some(address) => view! {
                    <p>"Please check " <strong class="address">{address}</strong>
                       " for an email with a link to activate your account."</p>
                }.into_any(),
                None => view! {
                    <p>"Please check the email address you registered with for a link to activate your account."</p>
                }.into_any(),
            }}
            <p>"The link is valid for a limited time. Nothing arrived? "
               <a href="/accounts/activate/resend/">"Send it again"</a>"."</p>
        </div>
    }
}

#[component]
pub fn RegisterClosedPage() -> impl IntoView {
    view! {
        <Title text="Registration is closed"/>
        <h1>"Registration is closed"</h1>
        <div class="card"><p>"Sorry, but registration is closed at this moment. Come back later."</p></div>
    }
}
