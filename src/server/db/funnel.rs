//! The history behind the admin's sign-up funnel (`domain::funnel`): audit rows and delivered
//! or failed mail since a moment.

use super::Pool;
use crate::domain::funnel::History;
use crate::on_pool;

/// Everything from `since` (milliseconds) on.
pub async fn history(pool: &Pool, since: i64) -> Result<History, sqlx::Error> {
    let events = |action: &'static str| {
        format!("SELECT user_id, at FROM audit_log WHERE action = '{action}' AND at >= $1 AND user_id IS NOT NULL")
    };
    // Registrations through the form only (not accounts made on the command line).
    let registered_sql = format!("{} AND actor_kind = 'user'", events("registered"));
    let registered: Vec<(i64, i64)> =
        on_pool!(pool, c => sqlx::query_as(&registered_sql).bind(since).fetch_all(c).await)?;
    let activated: Vec<(i64, i64)> =
        on_pool!(pool, c => sqlx::query_as(&events("activated")).bind(since).fetch_all(c).await)?;
    let deleted: Vec<(i64, i64)> =
        on_pool!(pool, c => sqlx::query_as(&events("deleted")).bind(since).fetch_all(c).await)?;
    let delivered_sql = "SELECT sent_at FROM email_outbox WHERE kind = 'activation' AND sent_at >= $1";
    let delivered: Vec<i64> =
        on_pool!(pool, c => sqlx::query_scalar(delivered_sql).bind(since).fetch_all(c).await)?;
    let failed_sql = "SELECT recipient FROM email_outbox WHERE failed_at >= $1";
    let failed_recipients: Vec<String> =
        on_pool!(pool, c => sqlx::query_scalar(failed_sql).bind(since).fetch_all(c).await)?;
    Ok(History {
        registered,
        activated,
        delivered,
        deleted: deleted.into_iter().map(|(_, at)| at).collect(),
        failed_recipients,
    })
}
