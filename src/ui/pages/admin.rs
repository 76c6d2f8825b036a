//! The web admin's pages (`/admin/`): its home, the people list (search, state, pages) and
//! one account (`admin_person`). Plain HTML and forms; the people search also filters as
//! you type (the `LiveSearch` island) when JavaScript runs.

pub use super::admin_funnel::AdminHome;
pub use super::admin_person::Person;
use crate::api::admin_types::{PeoplePage, PersonSummary};
use crate::domain::message::Arg;
use crate::ui::components::live_search::LiveSearch;
use crate::ui::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;

/// The states a list can be narrowed to, with their message ids.
const STATES: [(&str, &str); 6] = [
    ("", "admin-state-all"),
    ("pending", "admin-state-pending"),
    ("expired", "admin-state-expired"),
    ("active", "admin-state-active"),
    ("deactivated", "admin-state-deactivated"),
    ("staff", "admin-state-staff"),
];

/// The message id naming an account's state.
pub fn state_label(state: &str) -> &'static str {
    STATES.iter().find(|(name, _)| *name == state).map_or("admin-state-all", |(_, id)| id)
}

#[component]
pub fn People() -> impl IntoView {
    let page = use_context::<PeoplePage>().unwrap_or_default();
    let next = page.next.clone().map(|cursor| {
        let query: String = url_query(&[("q", &page.query), ("state", &page.state), ("after", &cursor)]);
        view! { <p class="hint"><a href=format!("/admin/users/?{query}") rel="next">{t("admin-next-page")}</a></p> }
    });
    let empty = page.rows.is_empty();
    // A status line (announced when a search as you type changes it): how many rows show.
    let status = if empty {
        t("admin-no-match")
    } else {
        t_args("admin-rows-shown", &[("count", Arg::from(page.rows.len()))])
    };
    view! {
        <Title text=t("admin-people-title")/>
        <h1>{t("admin-people-title")}</h1>
        <LiveSearch>
            <SearchForm query=page.query.clone() state=page.state.clone()/>
            <p id="people-status" class="hint" role="status">{status}</p>
            <div id="people-results">
                {(!empty).then(|| view! { <PeopleTable rows=page.rows/> })}
                {next}
            </div>
        </LiveSearch>
    }
}

/// The search: a prefix of the username or the address, and a state (a GET form).
#[component]
fn SearchForm(query: String, state: String) -> impl IntoView {
    let options = STATES
        .iter()
        .map(|(name, id)| view! { <option value=*name selected=*name == state>{t(id)}</option> })
        .collect_view();
    view! {
        <form class="card admin-search" method="get" action="/admin/users/" role="search">
            <div class="field">
                <label for="id_q">{t("admin-search-label")}</label>
                <input type="search" id="id_q" name="q" value=query autocomplete="off"/>
            </div>
            <div class="field">
                <label for="id_state">{t("admin-state-label")}</label>
                <select id="id_state" name="state">{options}</select>
            </div>
            <button type="submit">{t("admin-search-submit")}</button>
        </form>
    }
}

#[component]
fn PeopleTable(rows: Vec<PersonSummary>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let staff =
                row.is_staff.then(|| view! { " " <span class="badge">{t("admin-state-staff")}</span> });
            view! {
                <tr data-user=row.id>
                    <td><a href=format!("/admin/users/{}/", row.id)>{row.username}</a>{staff}</td>
                    <td class="address">{row.email}</td>
                    <td data-state=row.state.clone()>{t(state_label(&row.state))}</td>
                    <td>{row.joined}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="card"><table class="admin-table">
            <thead><tr>
                <th scope="col">{t("admin-col-username")}</th>
                <th scope="col">{t("admin-col-email")}</th>
                <th scope="col">{t("admin-col-state")}</th>
                <th scope="col">{t("admin-col-joined")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}

/// `name=value&…`, form-encoded.
pub fn url_query(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
