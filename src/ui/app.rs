//! The HTML shell and the router: every page of the product and its path.
//!
//! Pages render on the server only. What runs in the browser are the islands (the forms, see
//! `components::account_form`, `pages::register` and `pages::resend`): the WebAssembly holds
//! them and nothing else, and a page without a form ships no behaviour at all.

use super::i18n::{self, t, Languages};
use super::pages::{
    activate, delete_account, email_change, home, login, not_found, password, profile, register, resend,
    terms,
};
use crate::api::types::UserSummary;
use crate::domain::registration::FormRules;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The document of a page the router picks from the request's path.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    document(options, view! { <App/> })
}

/// The document of a page its handler already chose: the same frame, without routing.
pub fn page_shell(options: LeptosOptions, page: Page) -> impl IntoView {
    document(options, view! { <Frame>{page()}</Frame> })
}

/// A page component, for `page_shell`.
pub type Page = fn() -> AnyView;

fn document(options: LeptosOptions, body: impl IntoView + 'static) -> impl IntoView {
    let (lang, dir) = i18n::lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang dir=dir>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>{body}</body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Frame>
                <Routes fallback=not_found::NotFound>
                    <Route path=path!("/") view=home::HomePage/>
                    <Route path=path!("/terms/") view=terms::TermsPage/>
                    <Route path=path!("/accounts/register/") view=register::RegisterPage/>
                    <Route path=path!("/accounts/register/complete/") view=register::RegisterCompletePage/>
                    <Route path=path!("/accounts/register/closed/") view=register::RegisterClosedPage/>
                    <Route path=path!("/accounts/activate/complete/") view=activate::ActivateCompletePage/>
                    <Route path=path!("/accounts/activate/resend/") view=resend::ResendPage/>
                    <Route path=path!("/accounts/activate/:key/") view=activate::ActivationFailedPage/>
                    <Route path=path!("/accounts/login/") view=login::LoginPage/>
                    <Route path=path!("/accounts/logout/") view=login::LogoutPage/>
                    <Route path=path!("/accounts/profile/") view=profile::ProfilePage/>
                    <Route path=path!("/accounts/password/change/") view=password::PasswordChangePage/>
                    <Route path=path!("/accounts/password/change/done/") view=password::PasswordChangeDonePage/>
                    <Route path=path!("/accounts/password/reset/") view=password::PasswordResetPage/>
                    <Route path=path!("/accounts/password/reset/done/") view=password::PasswordResetDonePage/>
                    <Route path=path!("/accounts/password/reset/confirm/:token/") view=password::PasswordResetConfirmPage/>
                    <Route path=path!("/accounts/password/reset/complete/") view=password::PasswordResetCompletePage/>
                    <Route path=path!("/accounts/delete/") view=delete_account::DeleteAccountPage/>
                    <Route path=path!("/accounts/delete/done/") view=delete_account::DeleteAccountDonePage/>
                    <Route path=path!("/accounts/email/change/") view=email_change::EmailChangePage/>
                    <Route path=path!("/accounts/email/change/done/") view=email_change::EmailChangeDonePage/>
                    <Route path=path!("/accounts/email/confirm/complete/") view=email_change::EmailChangeCompletePage/>
                    <Route path=path!("/accounts/email/confirm/:token/") view=email_change::EmailConfirmPage/>
                    <Route path=path!("/accounts/not-me/done/") view=email_change::NotMeDonePage/>
                    <Route path=path!("/accounts/not-me/:token/") view=email_change::NotMePage/>
                </Routes>
            </Frame>
        </Router>
    }
}

/// What every page shares: metadata, the stylesheet, the header and `<main>`.
#[component]
fn Frame(children: Children) -> impl IntoView {
    provide_meta_context();
    provide_context(use_context::<FormRules>().unwrap_or_default());
    let user = use_context::<Option<UserSummary>>().flatten();
    view! {
        <Stylesheet id="leptos" href="/pkg/registration.css"/>
        <Title text=t("site-name")/>
        <SiteHeader user=user/>
        <main class="page">{children()}</main>
        <LanguagePicker/>
    }
}

/// A form per offered language, each naming it in itself: works without JavaScript, and the
/// choice (a cookie) comes back to this page.
#[component]
fn LanguagePicker() -> impl IntoView {
    let Some(Languages { current, offered, here }) = use_context::<Languages>() else {
        return ().into_any();
    };
    (offered.len() > 1)
        .then(|| {
            let forms = offered.into_iter().map(|(tag, name)| {
                let active = (tag == current).then_some("true");
                view! {
                    <li><form method="post" action=paths::SET_LANGUAGE>
                        <input type="hidden" name="next" value=here.clone()/>
                        <button type="submit" name="language" value=tag.clone() lang=tag class="link" aria-current=active>{name}</button>
                    </form></li>
                }
            });
            view! {
                <nav class="language-picker" aria-label=t("language-picker-label")>
                    <ul>{forms.collect_view()}</ul>
                </nav>
            }
        })
        .into_any()
}

#[component]
fn SiteHeader(user: Option<UserSummary>) -> impl IntoView {
    view! {
        <header class="site-header">
            <a href="/" class="brand">{t("site-name")}</a>
            <nav class="account-nav">
                {match user {
                    Some(user) => view! {
                        <a href="/accounts/profile/" class="current-user">{user.username}</a>
                        <a href="/accounts/logout/">{t("nav-log-out")}</a>
                    }.into_any(),
                    None => view! {
                        <a href="/accounts/login/">{t("nav-log-in")}</a>
                        <a href="/accounts/register/">{t("nav-register")}</a>
                    }.into_any(),
                }}
            </nav>
        </header>
    }
}
