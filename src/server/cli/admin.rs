//! `pending`, `activate`, `resend`, `deactivate`: the admin actions, per user, with a clear
//! line for each and a non-zero exit when anything was refused or unknown.

use crate::server::config::Settings;
use crate::server::services::admin::{self, AdminOutcome};
use crate::server::services::audit::By;
use crate::server::services::resend::{resend_activation, Resent};
use crate::server::startup::build_core;
use crate::server::state::Core;
use chrono::Utc;

type CliResult = Result<(), String>;

pub async fn pending(settings: Settings, json: bool) -> CliResult {
    let core = build_core(settings).await?;
    let rows = admin::pending(&core, Utc::now()).await.map_err(|e| e.to_string())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?);
        return Ok(());
    }
    println!("{:<24} {:<32} {:<20} {:<20} expired", "username", "email", "joined", "expires");
    for r in &rows {
        let fmt = |t: chrono::DateTime<Utc>| t.format("%Y-%m-%d %H:%M:%S").to_string();
        let expired = if r.expired { "yes" } else { "no" };
        println!("{:<24} {:<32} {:<20} {:<20} {expired}", r.username, r.email, fmt(r.joined), fmt(r.expires));
    }
    println!("{} pending registration(s).", rows.len());
    Ok(())
}

/// Refuses the whole command when a username does not exist (nothing is half-done).
async fn check_known(core: &Core, names: &[String]) -> CliResult {
    let unknown = admin::unknown_usernames(core, names).await.map_err(|e| e.to_string())?;
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(format!("no such user: {}; nothing was changed", unknown.join(", ")))
    }
}

pub async fn activate(settings: Settings, names: &[String], force: bool) -> CliResult {
    let core = build_core(settings).await?;
    check_known(&core, names).await?;
    let mut refused = 0;
    for name in names {
        let line = match admin::activate(&core, &By::cli(), name, force, Utc::now())
            .await
            .map_err(|e| e.to_string())?
        {
            AdminOutcome::Done => "activated".to_owned(),
            AdminOutcome::AlreadyActive => "already activated".to_owned(),
            AdminOutcome::Expired => {
                refused += 1;
                "refused: the activation period has passed (use --force)".to_owned()
            }
            AdminOutcome::NoRegistration => {
                refused += 1;
                "refused: no registration profile".to_owned()
            }
        };
        println!("{name}: {line}");
    }
    outcome(refused)
}

pub async fn resend(settings: Settings, who: &[String]) -> CliResult {
    let core = build_core(settings).await?;
    let site = core.settings.site.without_request();
    let mut refused = 0;
    for target in who {
        let Some(address) = admin::resend_target(&core, target).await.map_err(|e| e.to_string())? else {
            println!("{target}: refused: no such user or address");
            refused += 1;
            continue;
        };
        match resend_activation(&core, &address, &site, &By::cli()).await.map_err(|e| e.to_string())? {
            Resent { queued: 0, over_budget: 0 } => {
                println!("{target}: refused: no registration waiting for activation");
                refused += 1;
            }
            Resent { queued: 0, .. } => {
                println!("{target}: refused: the address has had its mail budget (MAIL_BUDGET_PER_ADDRESS) for 24 hours");
                refused += 1;
            }
            Resent { queued, .. } => println!("{target}: {queued} activation email(s) queued"),
        }
    }
    outcome(refused)
}

pub async fn deactivate(settings: Settings, names: &[String]) -> CliResult {
    let core = build_core(settings).await?;
    check_known(&core, names).await?;
    for name in names {
        match admin::deactivate(&core, &By::cli(), name).await.map_err(|e| e.to_string())? {
            AdminOutcome::Done => println!("{name}: deactivated"),
            _ => println!("{name}: already inactive"),
        }
    }
    Ok(())
}

fn outcome(refused: usize) -> CliResult {
    if refused == 0 {
        Ok(())
    } else {
        Err(format!("{refused} refused"))
    }
}
