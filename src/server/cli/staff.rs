//! `staff grant|revoke USERNAME`, `createsuperuser` and `audit`: staff accounts and the audit
//! trail from the command line.

use crate::domain::password::Password;
use crate::server::config::Settings;
use crate::server::db;
use crate::server::error::AppError;
use crate::server::services::admin::AdminOutcome;
use crate::server::services::audit::Actor;
use crate::server::services::staff;
use crate::server::startup::build_core;
use chrono::{NaiveDate, TimeZone, Utc};
use clap::Subcommand;
use std::io::{BufRead, IsTerminal, Write};

type CliResult = Result<(), String>;

#[derive(Subcommand)]
pub enum StaffAction {
    /// Let an account use the web admin (/admin/).
    Grant { username: String },
    /// Take the web admin away from an account.
    Revoke { username: String },
}

pub async fn staff(settings: Settings, action: StaffAction) -> CliResult {
    let core = build_core(settings).await?;
    let (name, grant) = match &action {
        StaffAction::Grant { username } => (username, true),
        StaffAction::Revoke { username } => (username, false),
    };
    match staff::set_staff(&core, &Actor::Cli, name, grant).await.map_err(|e| e.to_string())? {
        AdminOutcome::Done if grant => println!("{name}: is staff now"),
        AdminOutcome::Done => println!("{name}: is no longer staff"),
        AdminOutcome::NoRegistration => return Err(format!("no such user: {name}")),
        _ if grant => println!("{name}: already staff"),
        _ => println!("{name}: was not staff"),
    }
    Ok(())
}

/// Creates an active staff account. With `--username` and `--email`, the password is the first
/// line of standard input; otherwise each is asked for (the password twice, without echo).
pub async fn create_superuser(
    settings: Settings,
    username: Option<String>,
    email: Option<String>,
) -> CliResult {
    let core = build_core(settings).await?;
    let (username, email, password) = match (username, email) {
        (Some(username), Some(email)) => (username, email, read_stdin_line()?),
        (username, email) => ask(username, email)?,
    };
    match staff::create_superuser(&core, &username, &email, &Password::new(password)).await {
        Ok(()) => {
            println!("Superuser {username} created.");
            Ok(())
        }
        Err(AppError::Invalid(errors)) => {
            let say = |m: &crate::domain::Msg| core.catalogues.say(core.catalogues.default_language(), m);
            let lines: Vec<String> = errors
                .fields()
                .flat_map(|field| errors.get(field).iter().map(move |m| format!("{field}: {}", say(m))))
                .collect();
            Err(format!("nothing was created:\n  {}", lines.join("\n  ")))
        }
        Err(e) => Err(e.to_string()),
    }
}

fn read_stdin_line() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| format!("reading the password: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn ask(username: Option<String>, email: Option<String>) -> Result<(String, String, String), String> {
    if !std::io::stdin().is_terminal() {
        return Err("give --username and --email, and the password on standard input".into());
    }
    let prompt = |label: &str| -> Result<String, String> {
        print!("{label}: ");
        std::io::stdout().flush().map_err(|e| e.to_string())?;
        read_stdin_line()
    };
    let username = username.map_or_else(|| prompt("Username"), Ok)?;
    let email = email.map_or_else(|| prompt("Email address"), Ok)?;
    let password = rpassword::prompt_password("Password: ").map_err(|e| e.to_string())?;
    let again = rpassword::prompt_password("Password (again): ").map_err(|e| e.to_string())?;
    if password != again {
        return Err("the two passwords didn't match; nothing was created".into());
    }
    Ok((username, email, password))
}

/// Prints the audit trail, newest first: of one account (`--user`), from a day on (`--since
/// YYYY-MM-DD`), as a table or as JSON lines.
pub async fn audit(
    settings: Settings,
    user: Option<String>,
    since: Option<String>,
    json: bool,
    limit: i64,
) -> CliResult {
    let core = build_core(settings).await?;
    let since = since.map(|day| parse_day(&day)).transpose()?;
    let user_id = match user {
        Some(name) => {
            let normalized = crate::domain::username::normalize(&name);
            let found = db::users::by_username(&core.db, &normalized).await.map_err(|e| e.to_string())?;
            match found {
                Some(user) => Some(user.id),
                None => db::audit::id_of_username(&core.db, &name)
                    .await
                    .map_err(|e| e.to_string())?
                    .ok_or_else(|| format!("no such user in the audit trail: {name}"))
                    .map(Some)?,
            }
        }
        None => None,
    };
    let rows = db::audit::list(&core.db, user_id, since, limit).await.map_err(|e| e.to_string())?;
    for row in &rows {
        if json {
            println!("{}", serde_json::to_string(row).map_err(|e| e.to_string())?);
        } else {
            let at = db::from_millis(row.at).format("%Y-%m-%d %H:%M:%S");
            let actor =
                row.actor.as_deref().map_or(row.actor_kind.clone(), |a| format!("{}:{a}", row.actor_kind));
            let via = row.via.as_deref().map(|v| format!(" ({v})")).unwrap_or_default();
            let from = row.ip.as_deref().unwrap_or("-");
            println!("{at}  {:<20} {:<18} {actor:<14} {from}", row.username, format!("{}{via}", row.action));
        }
    }
    if !json {
        println!("{} row(s).", rows.len());
    }
    Ok(())
}

fn parse_day(day: &str) -> Result<chrono::DateTime<Utc>, String> {
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_err(|_| format!("--since: expected YYYY-MM-DD, got {day:?}"))?;
    Ok(Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default()))
}
