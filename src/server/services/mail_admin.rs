//! The web admin's mail page, the web twin of `registration outbox`: the outbox by delivery
//! state with each message's attempts and last error, "retry now", and purging sent messages
//! older than some days. Staff only.

use super::people::{readable, staff, PAGE_SIZE};
use super::RequestCtx;
use crate::api::admin_types::{MailPage, OutboxMessage};
use crate::server::db::{from_millis, mail_admin, outbox};
use crate::server::error::AppError;
use crate::server::state::Core;
use chrono::Utc;

const STATES: [&str; 4] = ["queued", "retrying", "failed", "sent"];

pub async fn list(core: &Core, ctx: &RequestCtx, status: &str, before: &str) -> Result<MailPage, AppError> {
    staff(ctx)?;
    let status = if STATES.contains(&status) { status } else { "" };
    let mut rows = mail_admin::page(&core.db, status, before.parse().ok(), PAGE_SIZE).await?;
    let next = (rows.len() as i64 > PAGE_SIZE).then(|| {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| r.id.to_string()).unwrap_or_default()
    });
    let messages = rows
        .into_iter()
        .map(|r| OutboxMessage {
            id: r.id,
            recipient: r.recipient,
            subject: r.subject,
            status: r.status,
            attempts: r.attempts,
            last_error: r.last_error,
            created: readable(from_millis(r.created_at)),
        })
        .collect();
    Ok(MailPage { status: status.to_owned(), messages, next, notice: None })
}

/// Makes an unsent message due now; `NotFound` when there is no such unsent message.
pub async fn retry(core: &Core, ctx: &RequestCtx, id: i64) -> Result<(), AppError> {
    staff(ctx)?;
    if !outbox::retry_now(&core.db, id, Utc::now()).await? {
        return Err(AppError::NotFound);
    }
    core.outbox_wakeup.notify_one();
    Ok(())
}

/// Deletes sent messages older than `days` days; returns how many.
pub async fn purge_sent(core: &Core, ctx: &RequestCtx, days: u32) -> Result<u64, AppError> {
    staff(ctx)?;
    let cutoff = Utc::now() - chrono::Duration::days(i64::from(days));
    Ok(outbox::purge_sent(&core.db, cutoff).await?)
}
