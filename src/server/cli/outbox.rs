//! `outbox [list | retry <id> | purge-sent --older-than DAYS]`.

use crate::server::config::Settings;
use crate::server::db::{from_millis, outbox};
use crate::server::startup::build_core;
use chrono::{Duration, Utc};
use clap::Subcommand;

#[derive(Subcommand, Clone)]
pub enum OutboxAction {
    /// List every message with its delivery state (the default).
    List {
        /// Only the messages given up (refused for good or out of attempts).
        #[arg(long)]
        failed: bool,
    },
    /// Make an unsent or failed message due now (a running server delivers it within seconds).
    Retry { id: i64 },
    /// Delete sent messages older than the given number of days.
    PurgeSent {
        #[arg(long, value_name = "DAYS")]
        older_than: u32,
    },
}

pub async fn run(settings: Settings, action: OutboxAction) -> Result<(), String> {
    let core = build_core(settings).await?;
    let pool = &core.db;
    match action {
        OutboxAction::List { failed } => {
            let rows = outbox::list(pool, failed).await.map_err(|e| e.to_string())?;
            let time = |at: i64| from_millis(at).format("%Y-%m-%d %H:%M:%S").to_string();
            for r in &rows {
                let state = match (r.sent_at, r.failed_at) {
                    (Some(at), _) => format!("sent {}", time(at)),
                    (None, Some(at)) => format!("failed {}", time(at)),
                    (None, None) => format!("pending, next attempt {}", time(r.next_attempt_at)),
                };
                let error =
                    r.last_error.as_deref().map(|e| format!(" (last error: {e})")).unwrap_or_default();
                println!(
                    "{:>6}  {:<32} attempts={} {state}{error}  {}",
                    r.id, r.recipient, r.attempts, r.subject
                );
            }
            println!("{} message(s).", rows.len());
            Ok(())
        }
        OutboxAction::Retry { id } => {
            if outbox::retry_now(pool, id, Utc::now()).await.map_err(|e| e.to_string())? {
                println!("message {id}: due now");
                Ok(())
            } else {
                Err(format!("message {id}: no such unsent message"))
            }
        }
        OutboxAction::PurgeSent { older_than } => {
            let cutoff = Utc::now() - Duration::days(i64::from(older_than));
            let purged = outbox::purge_sent(pool, cutoff).await.map_err(|e| e.to_string())?;
            println!("{purged} sent message(s) purged.");
            Ok(())
        }
    }
}
