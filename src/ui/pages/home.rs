//! `/`: a small home page linking to the account pages.

use super::login::LogoutButton;
use crate::api::types::UserSummary;
use crate::domain::Arg;
use crate::ui::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let user = use_context::<Option<UserSummary>>().flatten();
    if let Some(user) = user {
        return view! {
            <Title text=t("home-title")/>
            <h1>{t_args("home-heading-user", &[("username", Arg::from(user.username))])}</h1>
            <div class="card">
                <ul class="links">
                    <li><a href="/accounts/profile/">{t("home-link-account")}</a></li>
                    <li><a href="/accounts/password/change/">{t("home-link-change-password")}</a></li>
                </ul>
            </div>
            <LogoutButton/>
        }
        .into_any();
    }
    view! {
        <Title text=t("home-title")/>
        <h1>{t("home-title")}</h1>
        <div class="card">
            <ul class="links">
                <li><a href="/accounts/register/">{t("home-link-register")}</a></li>
                <li><a href="/accounts/activate/resend/">{t("home-link-resend")}</a></li>
                <li><a href="/accounts/login/">{t("home-link-log-in")}</a></li>
            </ul>
        </div>
    }
    .into_any()
}
