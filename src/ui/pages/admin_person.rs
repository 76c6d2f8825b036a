//! `/admin/users/<id>/`: one account — its state, its registration, its mail from the outbox,
//! its audit trail — and the staff actions, each a small POST form (with the password field
//! when the staff member's login is older than 15 minutes).

use super::admin::state_label;
use crate::api::admin_types::{MailSummary, PersonPage, TrailEntry};
use crate::domain::FieldErrors;
use crate::ui::i18n::{say, t};
use leptos::prelude::*;
use leptos_meta::Title;

/// The actions, with their message ids, and the states each one applies to.
const ACTIONS: [(&str, &str, &[&str]); 8] = [
    ("activate", "admin-action-activate", &["pending", "expired"]),
    ("resend", "admin-action-resend", &["pending", "expired"]),
    ("extend", "admin-action-extend", &["pending", "expired"]),
    ("deactivate", "admin-action-deactivate", &["active"]),
    ("reactivate", "admin-action-reactivate", &["deactivated"]),
    ("force-reset", "admin-action-force-reset", &["active"]),
    ("end-sessions", "admin-action-end-sessions", &["active"]),
    ("delete", "admin-action-delete", &["pending", "expired", "active", "deactivated"]),
];

#[component]
pub fn Person() -> impl IntoView {
    let page = use_context::<PersonPage>().unwrap_or_default();
    let person = page.person.clone();
    let done = page.done.as_deref().and_then(|name| ACTIONS.iter().find(|(n, _, _)| *n == name));
    let errors = |field: &str| page.errors.get(field).iter().map(say).collect::<Vec<_>>();
    let (form_errors, password_errors) = (errors(FieldErrors::NON_FIELD), errors("password"));
    view! {
        <Title text=person.username.clone()/>
        <p class="hint"><a href="/admin/users/">{t("admin-people-title")}</a></p>
        <h1 class="username">{person.username.clone()}</h1>
        {done.map(|(_, id, _)| view! { <p class="card notice" role="status">{t("admin-done")}" "{t(id)}</p> })}
        <ErrorLines id="id_form_errors" lines=form_errors/>
        <div class="card">
            <dl class="admin-facts">
                <dt>{t("admin-col-email")}</dt><dd class="address">{person.email.clone()}</dd>
                <dt>{t("admin-col-state")}</dt><dd data-state=person.state.clone()>{t(state_label(&person.state))}</dd>
                <dt>{t("admin-col-joined")}</dt><dd>{person.joined.clone()}</dd>
                <dt>{t("admin-last-login")}</dt><dd>{page.last_login.clone().unwrap_or_else(|| "—".into())}</dd>
                {page.expires.clone().map(|expires| view! {
                    <dt>{t("admin-key-issued")}</dt><dd>{page.key_issued.clone()}</dd>
                    <dt>{t("admin-key-expires")}</dt><dd>{expires}</dd>
                })}
            </dl>
        </div>
        <Actions state=person.state.clone() id=person.id needs_password=page.needs_password password_errors/>
        <Mails mails=page.mails.clone()/>
        <Trail trail=page.trail.clone()/>
    }
}

#[component]
fn ErrorLines(id: &'static str, lines: Vec<String>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        view! { <ul class="errorlist" id=id>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
    })
}

/// A form per action that applies to the account's state.
#[component]
fn Actions(state: String, id: i64, needs_password: bool, password_errors: Vec<String>) -> impl IntoView {
    let action = format!("/admin/users/{id}/");
    let invalid = !password_errors.is_empty();
    let forms = ACTIONS
        .iter()
        .filter(|(_, _, states)| states.contains(&state.as_str()))
        .map(|(name, label, _)| {
            let password = needs_password.then(|| view! {
                <input type="password" name="password" autocomplete="current-password" aria-label=t("admin-password-label")
                    aria-invalid=invalid.then_some("true") aria-describedby=invalid.then_some("id_password_errors")/>
            });
            view! {
                <form method="post" action=action.clone() class="admin-action">
                    <input type="hidden" name="action" value=*name/>
                    {password}
                    <button type="submit" class=if *name == "delete" { "danger" } else { "secondary" }>{t(label)}</button>
                </form>
            }
        })
        .collect_view();
    view! {
        <section class="card admin-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{t("admin-actions-title")}</h2>
            {needs_password.then(|| view! { <p class="hint">{t("admin-password-hint")}</p> })}
            <ErrorLines id="id_password_errors" lines=password_errors/>
            {forms}
        </section>
    }
}

#[component]
fn Mails(mails: Vec<MailSummary>) -> impl IntoView {
    let rows = mails
        .into_iter()
        .map(|m| {
            view! {
                <tr data-status=m.status.clone()>
                    <td>{m.created}</td><td>{m.subject}</td><td>{t(delivery_label(&m.status))}</td>
                    <td>{m.attempts}</td><td>{m.last_error.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="mails-title">
            <h2 id="mails-title">{t("admin-mails-title")}</h2>
            <table class="admin-table mails"><thead><tr>
                <th scope="col">{t("admin-col-when")}</th><th scope="col">{t("admin-col-subject")}</th>
                <th scope="col">{t("admin-col-delivery")}</th><th scope="col">{t("admin-col-attempts")}</th>
                <th scope="col">{t("admin-col-error")}</th>
            </tr></thead><tbody>{rows}</tbody></table>
        </section>
    }
}

fn delivery_label(status: &str) -> &'static str {
    match status {
        "sent" => "admin-mail-sent",
        "failed" => "admin-mail-failed",
        "retrying" => "admin-mail-retrying",
        _ => "admin-mail-queued",
    }
}

#[component]
fn Trail(trail: Vec<TrailEntry>) -> impl IntoView {
    let rows = trail
        .into_iter()
        .map(|e| {
            let via = e.via.map(|v| format!(" ({v})")).unwrap_or_default();
            let what = format!("{}{via}", e.action);
            view! {
                <tr data-action=e.action>
                    <td>{e.at}</td><td>{what}</td><td>{e.actor}</td><td>{e.ip.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="trail-title">
            <h2 id="trail-title">{t("admin-trail-title")}</h2>
            <table class="admin-table trail"><thead><tr>
                <th scope="col">{t("admin-col-when")}</th><th scope="col">{t("admin-col-what")}</th>
                <th scope="col">{t("admin-col-who")}</th><th scope="col">{t("admin-col-from")}</th>
            </tr></thead><tbody>{rows}</tbody></table>
        </section>
    }
}
