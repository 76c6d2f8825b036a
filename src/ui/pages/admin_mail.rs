//! `/admin/mail/`: the outbox by delivery state, each message's attempts and last error,
//! "retry now" for an unsent one, and purging sent messages older than some days.

use super::admin::url_query;
use crate::api::admin_types::{MailPage, OutboxMessage};
use crate::domain::Arg;
use crate::ui::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;

const STATES: [(&str, &str); 5] = [
    ("", "admin-state-all"),
    ("queued", "admin-mail-queued"),
    ("retrying", "admin-mail-retrying"),
    ("failed", "admin-mail-failed"),
    ("sent", "admin-mail-sent"),
];

fn label(status: &str) -> &'static str {
    STATES.iter().find(|(name, _)| *name == status).map_or("admin-state-all", |(_, id)| id)
}

#[component]
pub fn Mail() -> impl IntoView {
    let page = use_context::<MailPage>().unwrap_or_default();
    let notice = page.notice.as_deref().map(|notice| match notice.strip_prefix("purged:") {
        Some(count) => t_args("admin-mail-purged", &[("count", Arg::Num(count.parse().unwrap_or(0)))]),
        None => t("admin-mail-retried"),
    });
    let next = page.next.clone().map(|before| {
        let query = url_query(&[("status", &page.status), ("before", &before)]);
        view! { <p class="hint"><a href=format!("/admin/mail/?{query}") rel="next">{t("admin-next-page")}</a></p> }
    });
    let filters = STATES
        .iter()
        .map(|(name, id)| {
            let current = (*name == page.status).then_some("page");
            let href = if name.is_empty() {
                "/admin/mail/".to_owned()
            } else {
                format!("/admin/mail/?status={name}")
            };
            view! { <li><a href=href aria-current=current>{t(id)}</a></li> }
        })
        .collect_view();
    view! {
        <Title text=t("admin-mail-title")/>
        <p class="hint"><a href="/admin/">{t("admin-title")}</a></p>
        <h1>{t("admin-mail-title")}</h1>
        {notice.map(|text| view! { <p class="card notice" role="status">{text}</p> })}
        <nav aria-label=t("admin-mail-filter-label")><ul class="filters">{filters}</ul></nav>
        <MessageTable messages=page.messages/>
        {next}
        <form class="card admin-action" method="post" action="/admin/mail/purge/">
            <label for="id_days">{t("admin-mail-purge-label")}</label>
            <input type="number" id="id_days" name="days" min="0" value="30" required/>
            <button type="submit" class="secondary">{t("admin-mail-purge-submit")}</button>
        </form>
    }
}

#[component]
fn MessageTable(messages: Vec<OutboxMessage>) -> impl IntoView {
    let rows = messages
        .into_iter()
        .map(|m| {
            let retry = (m.status != "sent").then(|| view! {
                <form method="post" action=format!("/admin/mail/{}/retry/", m.id)>
                    <button type="submit" class="link">{t("admin-mail-retry")}</button>
                </form>
            });
            view! {
                <tr data-mail=m.id data-status=m.status.clone()>
                    <td>{m.created}</td><td class="address">{m.recipient}</td><td>{m.subject}</td>
                    <td>{t(label(&m.status))}</td><td>{m.attempts}</td><td>{m.last_error.unwrap_or_default()}</td>
                    <td>{retry}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="card"><table class="admin-table">
            <thead><tr>
                <th scope="col">{t("admin-col-when")}</th><th scope="col">{t("admin-col-to")}</th>
                <th scope="col">{t("admin-col-subject")}</th><th scope="col">{t("admin-col-delivery")}</th>
                <th scope="col">{t("admin-col-attempts")}</th><th scope="col">{t("admin-col-error")}</th>
                <th scope="col"><span class="hp">{t("admin-actions-title")}</span></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}
