//! `/dev/mail/`: the development mailbox's pages (mounted only with `EMAIL_URL=memory://`;
//! otherwise these paths are 404 like any unknown page). The list of kept mails, each mail as
//! text with its links made clickable, and its HTML part as a document of its own (no scripts).

use crate::server::i18n::{escape, Catalogues};
use crate::server::mail::mailbox::{StoredMail, CAPACITY};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use fluent_bundle::FluentValue;
use minijinja::{context, Environment};
use std::sync::OnceLock;

const LAYOUT: &str = r#"<!DOCTYPE html>
<html lang="{{ w.lang }}" dir="{{ w.dir }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{% endblock %}</title><link rel="stylesheet" href="/pkg/registration.css"></head>
<body><header class="site-header"><a href="/" class="brand">{{ w.site_name }}</a>
<nav class="account-nav" aria-label="{{ w.nav_label }}"><a href="/dev/mail/">{{ w.nav_mailbox }}</a><a href="/accounts/register/">{{ w.nav_register }}</a></nav></header>
<main class="page">{% block main %}{% endblock %}</main></body></html>"#;

const LIST: &str = r#"{% extends "layout.html" %}{% block title %}{{ w.title }}{% endblock %}
{% block main %}<h1>{{ w.title }}</h1>
<p class="hint">{{ w.intro }}</p>
{% if mails %}<div class="card"><table class="mail-list"><thead><tr><th scope="col">{{ w.col_received }}</th><th scope="col">{{ w.col_to }}</th><th scope="col">{{ w.col_subject }}</th></tr></thead><tbody>
{% for mail in mails %}<tr><td>{{ mail.received }}</td><td>{{ mail.to }}</td><td><a href="/dev/mail/{{ mail.id }}/">{{ mail.subject }}</a></td></tr>
{% endfor %}</tbody></table></div>
{% else %}<div class="card"><p>{{ w.empty }}</p></div>{% endif %}
{% endblock %}"#;

const SHOW: &str = r#"{% extends "layout.html" %}{% block title %}{{ mail.subject }}{% endblock %}
{% block main %}<h1>{{ mail.subject }}</h1>
<div class="card"><dl class="mail-headers"><dt>{{ w.col_from }}</dt><dd>{{ mail.from }}</dd><dt>{{ w.col_to }}</dt><dd>{{ mail.to }}</dd><dt>{{ w.col_received }}</dt><dd>{{ received }}</dd></dl>
<pre class="mail-text">{% for line in lines %}{% for part in line %}{% if part.link %}<a href="{{ part.text }}">{{ part.text }}</a>{% else %}{{ part.text }}{% endif %}{% endfor %}
{% endfor %}</pre>
{% if mail.html %}<p><a href="/dev/mail/{{ mail.id }}/html">{{ w.view_html }}</a></p>{% endif %}</div>
<p class="hint"><a href="/dev/mail/">{{ w.back }}</a></p>{% endblock %}"#;

/// The HTML part may style itself inline but runs nothing and loads nothing.
const HTML_PART_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

fn pages() -> &'static Environment<'static> {
    static PAGES: OnceLock<Environment<'static>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [("layout.html", LAYOUT), ("list.html", LIST), ("show.html", SHOW)] {
            env.add_template(name, source).expect("the mailbox pages parse");
        }
        env
    })
}

/// The mailbox routes, for a router whose state has a mailbox.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/dev/mail", get(|| async { Redirect::permanent("/dev/mail/") }))
        .route("/dev/mail/", get(list))
        .route("/dev/mail/{id}/", get(show))
        .route("/dev/mail/{id}/html", get(html_part))
}

fn render(name: &str, context: minijinja::Value) -> Response {
    match pages().get_template(name).and_then(|t| t.render(context)) {
        Ok(page) => Html(page).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "mailbox page failed to render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn mail(state: &AppState, id: &str) -> Option<StoredMail> {
    let mailbox = state.core.dev_mailbox.as_ref()?;
    mailbox.get(id.parse().ok()?)
}

fn when(mail: &StoredMail) -> String {
    mail.received.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

/// The pages' words in the request's language (sentences with an element in them as HTML).
fn words(state: &AppState, headers: &HeaderMap) -> minijinja::Value {
    let catalogues = &state.core.catalogues;
    let lang = crate::server::i18n::for_request(catalogues, headers);
    let say = |id: &str| catalogues.message(lang, id, &[]);
    let capacity = FluentValue::from(CAPACITY);
    let marked = |id: &str, extra: &[(&str, FluentValue<'_>)], var: &str, element: String| {
        let mut args = vec![(var, FluentValue::from(MARK))];
        args.extend(extra.iter().cloned());
        let text = escape(&catalogues.message(lang, id, &args));
        minijinja::Value::from_safe_string(text.replace(MARK, &element))
    };
    let register =
        format!("<a href=\"/accounts/register/\">{}</a>", escape(&say("devmail-empty.register-link")));
    context! {
        lang, dir => Catalogues::direction(lang), site_name => say("site-name"), title => say("devmail-title"),
        nav_label => say("devmail-nav-label"), nav_mailbox => say("devmail-nav-mailbox"),
        nav_register => say("devmail-nav-register"), col_received => say("devmail-col-received"),
        col_to => say("devmail-col-to"), col_subject => say("devmail-col-subject"), col_from => say("devmail-col-from"),
        view_html => say("devmail-view-html"), back => say("devmail-back"),
        intro => marked("devmail-intro", &[("capacity", capacity)], "setting", "<code>EMAIL_URL=memory://</code>".into()),
        empty => marked("devmail-empty", &[], "register_link", register),
    }
}

/// Stands for an element while a sentence is escaped.
const MARK: &str = "\u{E000}";

async fn list(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let mails = state.core.dev_mailbox.as_ref().map(|m| m.newest_first()).unwrap_or_default();
    let rows: Vec<_> = mails
        .iter()
        .map(|m| context! { id => m.id, to => &m.to, subject => &m.subject, received => when(m) })
        .collect();
    render("list.html", context! { mails => rows, w => words(&state, &headers) })
}

async fn show(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let Some(mail) = mail(&state, &id) else {
        let lang = crate::server::i18n::for_request(&state.core.catalogues, &headers);
        let text =
            state.core.catalogues.message(lang, "devmail-no-such-mail", &[("capacity", CAPACITY.into())]);
        return (StatusCode::NOT_FOUND, text).into_response();
    };
    let lines: Vec<Vec<minijinja::Value>> = mail
        .text
        .lines()
        .map(|line| linkify(line).into_iter().map(|(text, link)| context! { text, link }).collect())
        .collect();
    render("show.html", context! { received => when(&mail), mail, lines, w => words(&state, &headers) })
}

async fn html_part(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    match mail(&state, &id).and_then(|m| m.html) {
        Some(html) => ([(header::CONTENT_SECURITY_POLICY, HTML_PART_POLICY)], Html(html)).into_response(),
        None => {
            let lang = crate::server::i18n::for_request(&state.core.catalogues, &headers);
            (StatusCode::NOT_FOUND, state.core.catalogues.message(lang, "devmail-no-html-part", &[]))
                .into_response()
        }
    }
}

/// Splits a line into plain text and `http(s)://` links (only those become links).
fn linkify(line: &str) -> Vec<(String, bool)> {
    let mut parts: Vec<(String, bool)> = Vec::new();
    for word in line.split_inclusive(' ') {
        let bare = word.trim_end();
        let is_link = bare.starts_with("http://") || bare.starts_with("https://");
        if is_link {
            parts.push((bare.to_owned(), true));
            parts.push((word[bare.len()..].to_owned(), false));
        } else if let Some((text, false)) = parts.last_mut() {
            text.push_str(word);
        } else {
            parts.push((word.to_owned(), false));
        }
    }
    parts.retain(|(text, _)| !text.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::linkify;

    #[test]
    fn only_http_links_become_links() {
        let parts = linkify("Open https://example.com/a/ now, not javascript:alert(1)");
        assert_eq!(
            parts,
            vec![
                ("Open ".to_owned(), false),
                ("https://example.com/a/".to_owned(), true),
                (" now, not javascript:alert(1)".to_owned(), false)
            ]
        );
    }
}
