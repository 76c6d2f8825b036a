//! `/admin/`: the sign-up funnel of the last 30 days, as SVG charts drawn on the server (no
//! chart script), each with its numbers in a table beside it, and links to the other pages.

use crate::api::admin_types::{FunnelDay, FunnelPage};
use crate::domain::Arg;
use crate::ui::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 160.0;

#[component]
pub fn AdminHome() -> impl IntoView {
    let page = use_context::<FunnelPage>().unwrap_or_default();
    let figure = |value: Option<String>| value.unwrap_or_else(|| "—".to_owned());
    let percent = |share: Option<f64>| share.map(|p| format!("{p:.1} %"));
    view! {
        <Title text=t("admin-title")/>
        <h1>{t("admin-title")}</h1>
        <nav class="card" aria-label=t("admin-title")><ul class="links">
            <li><a href="/admin/users/">{t("admin-people-title")}</a></li>
            <li><a href="/admin/mail/">{t("admin-mail-title")}</a></li>
        </ul></nav>
        <section class="card" aria-labelledby="funnel-title">
            <h2 id="funnel-title">{t("admin-funnel-title")}</h2>
            <dl class="admin-facts funnel-figures">
                <dt>{t("admin-funnel-median")}</dt><dd data-figure="median">{figure(page.median_seconds.map(duration))}</dd>
                <dt>{t("admin-funnel-p90")}</dt><dd data-figure="p90">{figure(page.p90_seconds.map(duration))}</dd>
                <dt>{t("admin-funnel-within-hour")}</dt><dd data-figure="hour">{figure(percent(page.within_hour_percent))}</dd>
                <dt>{t("admin-funnel-within-day")}</dt><dd data-figure="day">{figure(percent(page.within_day_percent))}</dd>
            </dl>
            <DailyChart days=page.days.clone()/>
            <DailyTable days=page.days/>
        </section>
        <Failures failures=page.failures_by_domain/>
    }
}

/// "3 min", "2 h 5 min", "3 d 4 h".
fn duration(seconds: i64) -> String {
    let (minutes, hours, days) = ((seconds / 60) % 60, (seconds / 3600) % 24, seconds / 86_400);
    let num = |n: i64| Arg::Num(n);
    match (days, hours) {
        (0, 0) => t_args("admin-duration-minutes", &[("minutes", num(minutes))]),
        (0, _) => t_args("admin-duration-hours", &[("hours", num(hours)), ("minutes", num(minutes))]),
        _ => t_args("admin-duration-days", &[("days", num(days)), ("hours", num(hours))]),
    }
}

/// Registrations and activations per day, side by side.
#[component]
fn DailyChart(days: Vec<FunnelDay>) -> impl IntoView {
    let top = days.iter().map(|d| d.registered.max(d.activated)).max().unwrap_or(0).max(1) as f64;
    let slot = WIDTH / days.len().max(1) as f64;
    let bar = |i: usize, offset: f64, value: u64, class: &'static str| {
        let height = value as f64 / top * (HEIGHT - 10.0);
        view! {
            <rect class=class x=format!("{:.1}", i as f64 * slot + offset) y=format!("{:.1}", HEIGHT - height)
                width=format!("{:.1}", slot * 0.4) height=format!("{height:.1}")/>
        }
    };
    let bars = days
        .iter()
        .enumerate()
        .map(|(i, d)| view! { {bar(i, slot * 0.1, d.registered, "bar-registered")}{bar(i, slot * 0.5, d.activated, "bar-activated")} })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="daily-caption" preserveAspectRatio="none">
                <line class="axis" x1="0" y1=HEIGHT x2=WIDTH y2=HEIGHT/>
                {bars}
            </svg>
            <figcaption id="daily-caption">
                <span class="key key-registered"></span>{t("admin-funnel-registered")}" "
                <span class="key key-activated"></span>{t("admin-funnel-activated")}" · "{t("admin-funnel-caption")}
            </figcaption>
        </figure>
    }
}

#[component]
fn DailyTable(days: Vec<FunnelDay>) -> impl IntoView {
    let rows = days
        .into_iter()
        .rev()
        .map(|d| {
            let day = d.day.clone();
            view! {
            <tr data-day=d.day>
                <th scope="row">{day}</th><td>{d.registered}</td><td>{d.delivered}</td>
                <td>{d.activated}</td><td>{d.expired}</td><td>{d.deleted}</td>
            </tr>
            }
        })
        .collect_view();
    view! {
        // Scrolls on its own: reachable by keyboard, named for assistive technology.
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("admin-funnel-caption")><table class="admin-table funnel">
            <caption>{t("admin-funnel-caption")}</caption>
            <thead><tr>
                <th scope="col">{t("admin-funnel-day")}</th><th scope="col">{t("admin-funnel-registered")}</th>
                <th scope="col">{t("admin-funnel-delivered")}</th><th scope="col">{t("admin-funnel-activated")}</th>
                <th scope="col">{t("admin-funnel-expired")}</th><th scope="col">{t("admin-funnel-deleted")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}

/// Failed deliveries by recipient domain: horizontal bars and their table.
#[component]
fn Failures(failures: Vec<(String, u64)>) -> impl IntoView {
    if failures.is_empty() {
        return view! {
            <section class="card" aria-labelledby="failures-title">
                <h2 id="failures-title">{t("admin-funnel-failures")}</h2>
                <p class="no-failures">{t("admin-funnel-no-failures")}</p>
            </section>
        }
        .into_any();
    }
    let top = failures.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let height = 20.0 * failures.len().max(1) as f64;
    let bars = failures
        .iter()
        .enumerate()
        .map(|(i, (_, n))| {
            let width = *n as f64 / top * WIDTH;
            view! { <rect class="bar-failed" x="0" y=format!("{}", i * 20 + 3) width=format!("{width:.1}") height="14"/> }
        })
        .collect_view();
    let rows = failures
        .into_iter()
        .map(|(domain, n)| {
            let name = domain.clone();
            view! { <tr data-domain=domain><th scope="row">{name}</th><td>{n}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="failures-title">
            <h2 id="failures-title">{t("admin-funnel-failures")}</h2>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="failures-title" class="chart">{bars}</svg>
            <table class="admin-table">
                <thead><tr><th scope="col">{t("admin-funnel-domain")}</th><th scope="col">{t("admin-funnel-failed")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}
