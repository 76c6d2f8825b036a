//! The web admin's plain-form door (`/admin/`): staff only — anonymous visitors are sent to
//! log in, everyone else gets 404, on every route, GET and POST.

use super::html::{error_page, found, read_form};
use super::pages::render_page;
use crate::api::admin_types::{FunnelPage, MailPage, PeoplePage, PersonPage};
use crate::domain::password::Password;
use crate::server::error::AppError;
use crate::server::services::staff_actions::{act, StaffAction};
use crate::server::services::RequestCtx;
use crate::server::services::{funnel, mail_admin, people};
use crate::server::state::AppState;
use crate::ui::pages::admin::{AdminHome, People, Person};
use crate::ui::pages::admin_mail::Mail;
use axum::extract::{Path, Query, Request, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::IntoAny;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/", get(home))
        .route("/admin/users/", get(list))
        .route("/admin/users/{id}/", get(show).post(submit))
        .route("/admin/mail/", get(mail))
        .route("/admin/mail/{id}/retry/", post(retry))
        .route("/admin/mail/purge/", post(purge))
}

#[derive(Deserialize, Default)]
struct MailQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    before: String,
    #[serde(default)]
    done: Option<String>,
}

async fn mail(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Query::<MailQuery>::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    match mail_admin::list(&state.core, &ctx, &query.status, &query.before).await {
        Ok(page) => {
            let notice = query.done.filter(|d| {
                d == "retried" || d.strip_prefix("purged:").is_some_and(|n| n.parse::<u64>().is_ok())
            });
            render_page::<MailPage>(&state, &parts, Some(MailPage { notice, ..page }), || Mail().into_any())
                .await
        }
        Err(e) => error_page(&state, &parts, e, "admin_mail").await,
    }
}

async fn retry(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let result = match id.parse::<i64>() {
        Ok(id) => mail_admin::retry(&state.core, &ctx, id).await,
        Err(_) => people::staff(&ctx).and(Err(AppError::NotFound)),
    };
    match result {
        Ok(()) => found("/admin/mail/?done=retried"),
        Err(e) => error_page(&state, &parts, e, "admin_mail_retry").await,
    }
}

#[derive(Deserialize)]
struct PurgeForm {
    #[serde(default)]
    days: String,
}

async fn purge(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, form) = match read_form::<PurgeForm>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let days = form.days.trim().parse::<u32>().ok().filter(|d| *d <= 36_500);
    let result = match days {
        Some(days) => mail_admin::purge_sent(&state.core, &ctx, days).await,
        None => people::staff(&ctx).and(Err(AppError::Invalid(Default::default()))),
    };
    match result {
        Ok(purged) => found(&format!("/admin/mail/?done=purged:{purged}")),
        Err(e) => error_page(&state, &parts, e, "admin_mail_purge").await,
    }
}

async fn home(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match funnel::funnel_page(&state.core, &ctx).await {
        Ok(page) => render_page::<FunnelPage>(&state, &parts, Some(page), || AdminHome().into_any()).await,
        Err(e) => error_page(&state, &parts, e, "admin").await,
    }
}

#[derive(Deserialize, Default)]
struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    after: String,
}

async fn list(State(state): State<AppState>, ctx: RequestCtx, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Query::<ListQuery>::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    match people::list(&state.core, &ctx, &query.q, &query.state, &query.after).await {
        Ok(page) => render_page::<PeoplePage>(&state, &parts, Some(page), || People().into_any()).await,
        Err(e) => error_page(&state, &parts, e, "admin_people").await,
    }
}

#[derive(Deserialize, Default)]
struct Done {
    #[serde(default)]
    done: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let done = Query::<Done>::try_from_uri(&parts.uri).map(|q| q.0.done).unwrap_or_default();
    let done = done.filter(|name| StaffAction::parse(name).is_some());
    let page = match id.parse::<i64>() {
        Ok(id) => people::person(&state.core, &ctx, id).await,
        Err(_) => Err(AppError::NotFound),
    };
    match page {
        Ok(page) => render_person(&state, &parts, PersonPage { done, ..page }).await,
        Err(e) => error_page(&state, &parts, e, "admin_person").await,
    }
}

async fn render_person(state: &AppState, parts: &axum::http::request::Parts, page: PersonPage) -> Response {
    render_page::<PersonPage>(state, parts, Some(page), || Person().into_any()).await
}

#[derive(Deserialize)]
struct ActionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    password: Password,
}

async fn submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (parts, form) = match read_form::<ActionForm>(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (Ok(id), Some(action)) = (id.parse::<i64>(), StaffAction::parse(&form.action)) else {
        return error_page(
            &state,
            &parts,
            people::staff(&ctx).err().unwrap_or(AppError::NotFound),
            "admin_action",
        )
        .await;
    };
    match act(&state.core, &ctx, id, action, &form.password).await {
        Ok(()) if action == StaffAction::Delete => found("/admin/users/"),
        Ok(()) => found(&format!("/admin/users/{id}/?done={}", action.name())),
        Err(AppError::Invalid(errors)) => match people::person(&state.core, &ctx, id).await {
            Ok(page) => render_person(&state, &parts, PersonPage { errors, ..page }).await,
            Err(e) => error_page(&state, &parts, e, "admin_action").await,
        },
        Err(e) => error_page(&state, &parts, e, "admin_action").await,
    }
}
