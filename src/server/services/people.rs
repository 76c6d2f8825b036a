//! The web admin's people pages: who may see them (staff), the list (search, state,
//! keyset pages) and one account with its registration, mail and audit trail.

use super::RequestCtx;
use crate::api::admin_types::{MailSummary, PeoplePage, PersonPage, PersonSummary, TrailEntry};
use crate::domain::activation;
use crate::server::db::people::{self, PersonRow, Search, StateFilter};
use crate::server::db::users::UserRow;
use crate::server::db::{self, from_millis};
use crate::server::error::AppError;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

/// Rows per page of the list.
pub const PAGE_SIZE: i64 = 50;
/// How recent a staff member's login must be for an action without the password again.
pub const REAUTH_AFTER: chrono::Duration = chrono::Duration::minutes(15);

/// The staff member behind the request: anonymous visitors must log in (`LoginRequired`);
/// everyone else finds nothing here (`NotFound`).
pub fn staff(ctx: &RequestCtx) -> Result<&UserRow, AppError> {
    let user = ctx.user()?;
    if user.is_staff && user.is_active {
        Ok(user)
    } else {
        Err(AppError::NotFound)
    }
}

/// Whether the staff member logged in within `REAUTH_AFTER`.
pub fn recently_logged_in(user: &UserRow, now: DateTime<Utc>) -> bool {
    user.last_login.is_some_and(|at| now - from_millis(at) <= REAUTH_AFTER)
}

pub fn readable(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn parse_state(state: &str) -> StateFilter {
    match state {
        "pending" => StateFilter::Pending,
        "expired" => StateFilter::Expired,
        "active" => StateFilter::Active,
        "deactivated" => StateFilter::Deactivated,
        "staff" => StateFilter::Staff,
        _ => StateFilter::All,
    }
}

/// A cursor (`joined-id`) as the list writes it.
fn parse_cursor(cursor: &str) -> Option<(i64, i64)> {
    let (joined, id) = cursor.split_once('-')?;
    Some((joined.parse().ok()?, id.parse().ok()?))
}

/// The list: `query` is a prefix of the username or the address, any case.
pub async fn list(
    core: &Core,
    ctx: &RequestCtx,
    query: &str,
    state: &str,
    after: &str,
) -> Result<PeoplePage, AppError> {
    staff(ctx)?;
    let now = Utc::now();
    let prefix = query.trim().to_lowercase();
    let search = Search {
        prefix: &prefix,
        state: parse_state(state),
        after: parse_cursor(after),
        limit: PAGE_SIZE,
        expired_before: activation::expiry_cutoff(core.settings.account_activation_days, now),
    };
    let mut rows = people::search(&core.db, &search).await?;
    let next = (rows.len() as i64 > PAGE_SIZE).then(|| {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| format!("{}-{}", r.date_joined, r.id)).unwrap_or_default()
    });
    let rows = rows.iter().map(|row| summary(core, row, now)).collect();
    let state = if search.state == StateFilter::All { String::new() } else { state.to_owned() };
    Ok(PeoplePage { query: query.trim().to_owned(), state, rows, next })
}

fn summary(core: &Core, row: &PersonRow, now: DateTime<Utc>) -> PersonSummary {
    PersonSummary {
        id: row.id,
        username: row.username.clone(),
        email: row.email.clone(),
        state: state_of(core, row, now).to_owned(),
        is_staff: row.is_staff,
        joined: readable(from_millis(row.date_joined)),
    }
}

fn state_of(core: &Core, row: &PersonRow, now: DateTime<Utc>) -> &'static str {
    let cutoff = activation::expiry_cutoff(core.settings.account_activation_days, now);
    match (row.is_active, row.activated) {
        (true, _) => "active",
        (false, Some(false)) if from_millis(row.key_issued_at) > cutoff => "pending",
        (false, Some(false)) => "expired",
        (false, _) => "deactivated",
    }
}

/// One account's page.
pub async fn person(core: &Core, ctx: &RequestCtx, user_id: i64) -> Result<PersonPage, AppError> {
    let me = staff(ctx)?;
    let now = Utc::now();
    let row = people::person(&core.db, user_id).await?.ok_or(AppError::NotFound)?;
    let summary = summary(core, &row, now);
    let waiting = matches!(summary.state.as_str(), "pending" | "expired");
    let issued = from_millis(row.key_issued_at);
    let mails = people::mails_to(&core.db, &row.email, 20).await?;
    let trail = db::audit::list(&core.db, Some(row.id), None, 50).await?;
    Ok(PersonPage {
        last_login: row.last_login.map(|at| readable(from_millis(at))),
        key_issued: waiting.then(|| readable(issued)),
        expires: waiting
            .then(|| readable(activation::expires_at(issued, core.settings.account_activation_days))),
        mails: mails
            .into_iter()
            .map(|m| MailSummary {
                subject: m.subject,
                status: m.status,
                attempts: m.attempts,
                last_error: m.last_error,
                created: readable(from_millis(m.created_at)),
            })
            .collect(),
        trail: trail
            .into_iter()
            .map(|e| TrailEntry {
                at: readable(from_millis(e.at)),
                actor: e.actor.map_or(e.actor_kind.clone(), |name| format!("{}:{name}", e.actor_kind)),
                action: e.action,
                via: e.via,
                ip: e.ip,
            })
            .collect(),
        needs_password: !recently_logged_in(me, now),
        person: summary,
        done: None,
        errors: Default::default(),
    })
}
