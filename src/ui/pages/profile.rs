//! `profile/`: the account, a pending email change, the links to change it, the language of
//! its mail, and the list of its sessions with "sign out" for each and for every other one (plain forms: they need no
//! script).

use super::login::LogoutButton;
use crate::api::types::{ProfileData, SessionSummary, UserSummary};
use crate::domain::Arg;
use crate::paths;
use crate::ui::i18n::{rich, t, t_args, Part};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let user = use_context::<Option<UserSummary>>().flatten();
    let data = use_context::<ProfileData>().unwrap_or_default();
    let others = data.sessions.iter().filter(|s| !s.this_device).count();
    view! {
        <Title text=t("profile-title")/>
        <h1>{t("profile-title")}</h1>
        {user.map(|user| view! {
            <div class="card profile">
                <p>{rich("profile-username", vec![("username", Part::Strong(user.username, "username"))])}</p>
                <p>{rich("profile-email", vec![("email", Part::Strong(user.email, "address"))])}</p>
                {data.pending_email.map(|pending| view! {
                    // A <strong> without a class, as before (`rich` writes no empty class).
                    <p class="pending-email">{rich("profile-pending-email", vec![("address", Part::Strong(pending, ""))])}</p>
                })}
                <ul class="links">
                    <li><a href="/accounts/email/change/">{t("profile-change-email")}</a></li>
                    <li><a href="/accounts/password/change/">{t("profile-change-password")}</a></li>
                    <li><a href="/accounts/delete/">{t("profile-delete-account")}</a></li>
                </ul>
            </div>
        })}
        <LanguageForm language=data.language languages=data.languages errors=data.language_errors/>
        <section class="card sessions" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t("profile-sessions-title")}</h2>
            <ul class="session-list">
                {data.sessions.into_iter().map(|session| view! { <SessionItem session=session/> }).collect_view()}
            </ul>
            {(others > 0).then(|| view! {
                <form method="post" action=paths::SESSIONS_END_OTHERS>
                    <button type="submit" class="secondary">{t("profile-sessions-end-others")}</button>
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
                <label for="id_language">{t("profile-language-label")}</label>
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
            <button type="submit" class="secondary">{t("profile-language-submit")}</button>
        </form>
    }
}

/// One session: browser, address, times, and its "sign out" (not for this device, which has
/// "Log out").
#[component]
fn SessionItem(session: SessionSummary) -> impl IntoView {
    let label = t_args(
        "profile-session-end-label",
        &[("browser", Arg::from(session.browser.as_str())), ("ip", Arg::from(session.ip.as_str()))],
    );
    // "{ip} · last seen {time}": the <time> goes where the message puts `$time`.
    let seen =
        t_args("profile-session-seen", &[("ip", Arg::from(session.ip.as_str())), ("time", Arg::from(MARK))]);
    let (before, after) = match seen.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (seen.clone(), String::new()),
    };
    let id = session.id.clone();
    view! {
        <li class="session" data-session=id>
            <strong>{session.browser}</strong>
            {session.this_device.then(|| view! { " " <span class="this-device">{t("profile-session-this-device")}</span> })}
            <br/>
            <span class="hint">{before}
                <time datetime=session.last_seen.clone()>{readable(&session.last_seen)}</time>{after}</span>
            {(!session.this_device).then(|| view! {
                <form method="post" action=paths::SESSION_END class="inline">
                    <input type="hidden" name="session" value=session.id/>
                    <button type="submit" class="link" aria-label=label>{t("profile-session-end")}</button>
                </form>
            })}
        </li>
    }
}

/// Stands for the <time> in the session's "last seen" message while it is split around it.
const MARK: &str = "\u{E000}";

/// "2026-12-01T10:04:05Z" as "2026-12-01 10:04 UTC".
fn readable(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => rfc3339.to_owned(),
    }
}
