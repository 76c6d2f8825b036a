//! `profile/`: the account, a pending email change, the links to change it, the language of
//! its mail, and the list of its sessions with "sign out" for each and for every other one (plain forms: they need no
//! script).

use super::login::LogoutButton;
use crate::api::types::{ProfileData, SessionSummary, UserSummary};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let user = use_context::<Option<UserSummary>>().flatten();
    let data = use_context::<ProfileData>().unwrap_or_default();
    let others = data.sessions.iter().filter(|s| !s.this_device).count();
    view! {
        <Title text="Your account"/>
        <h1>"Your account"</h1>
        {user.map(|user| view! {
            <div class="card profile">
                <p>"Username: " <strong class="username">{user.username}</strong></p>
                <p>"Email: " <strong class="address">{user.email}</strong></p>
                {data.pending_email.map(|pending| view! {
                    <p class="pending-email">"Waiting for confirmation: " <strong>{pending}</strong>
                        " (follow the link we sent there)"</p>
                })}
                <ul class="links">
                    <li><a href="/accounts/email/change/">"Change your email address"</a></li>
                    <li><a href="/accounts/password/change/">"Change your password"</a></li>
                    <li><a href="/accounts/delete/">"Delete your account"</a></li>
                </ul>
            </div>
        })}
        <LanguageForm language=data.language languages=data.languages errors=data.language_errors/>
        <section class="card sessions" aria-labelledby="sessions-title">
            <h2 id="sessions-title">"Where you're logged in"</h2>
            <ul class="session-list">
                {data.sessions.into_iter().map(|session| view! { <SessionItem session=session/> }).collect_view()}
            </ul>
            {(others > 0).then(|| view! {
                <form method="post" action=paths::SESSIONS_END_OTHERS>
                    <button type="submit" class="secondary">"Sign out everywhere else"</button>
                </form>
            })}
        </section>
        <LogoutButton/>
    }
}

/// "Language of your emails": a plain form with the offered languages, each named in itself.
#[component]
fn LanguageForm(language: String, languages: Vec<(String, String)>, errors: Vec<String>) -> impl IntoView {
    let invalid = !errors.is_empty();
    view! {
        <form class="card language" method="post" action=paths::LANGUAGE>
            <div class="field">
                <label for="id_language">"Language of your emails"</label>
                <select id="id_language" name="language" aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("id_language_errors")>
                    {languages.into_iter().map(|(tag, name)| {
                        let selected = tag == language;
                        view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
                {invalid.then(|| view! {
                    <ul id="id_language_errors" class="errorlist">
                        {errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                    </ul>
                })}
            </div>
            <button type="submit" class="secondary">"Save"</button>
        </form>
    }
}

/// One session: browser, address, times, and its "sign out" (not for this device, which has
/// "Log out").
#[component]
fn SessionItem(session: SessionSummary) -> impl IntoView {
    let label = format!("Sign out {} ({})", session.browser, session.ip);
    let id = session.id.clone();
    view! {
        <li class="session" data-session=id>
            <strong>{session.browser}</strong>
            {session.this_device.then(|| view! { " " <span class="this-device">"(this device)"</span> })}
            <br/>
            <span class="hint">{session.ip}" · last seen "
                <time datetime=session.last_seen.clone()>{readable(&session.last_seen)}</time></span>
            {(!session.this_device).then(|| view! {
                <form method="post" action=paths::SESSION_END class="inline">
                    <input type="hidden" name="session" value=session.id/>
                    <button type="submit" class="link" aria-label=label>"Sign out"</button>
                </form>
            })}
        </li>
    }
}

/// "2026-12-01T10:04:05Z" as "2026-12-01 10:04 UTC".
fn readable(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => rfc3339.to_owned(),
    }
}
