//! `/`: a small home page linking to the account pages.

use super::login::LogoutButton;
use crate::api::types::UserSummary;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let user = use_context::<Option<UserSummary>>().flatten();
    if let Some(user) = user {
        return view! {
            <Title text="Welcome"/>
            <h1>"Welcome, " {user.username}</h1>
            <div class="card">
                <ul class="links">
                    <li><a href="/accounts/profile/">"Your account"</a></li>
                    <li><a href="/accounts/password/change/">"Change your password"</a></li>
                </ul>
            </div>
            <LogoutButton/>
        }
        .into_any();
    }
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
    .into_any()
}
