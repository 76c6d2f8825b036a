//! The `registration` command: the web server and the maintenance subcommands.

mod admin;
mod outbox;
mod staff;

use super::config::Settings;
use super::services::cleanup;
use super::startup::build_core;
use chrono::Utc;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// The program's version, and that of the disposable-domain list it was built with.
const VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (disposable-domain list: ", env!("DISPOSABLE_LIST_VERSION"), ")");

#[derive(Parser)]
#[command(
    name = "registration",
    version = VERSION,
    about = "Two-step account registration: register, activate by email."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Delete expired, never-activated accounts.
    Cleanupregistration {
        /// List what would be deleted without deleting anything.
        #[arg(long)]
        dry_run: bool,
        /// Delete at most this many accounts per transaction (at least 1).
        #[arg(long, default_value_t = cleanup::DEFAULT_BATCH_SIZE, value_parser = batch_size)]
        batch_size: usize,
    },
    /// Apply database migrations.
    Migrate,
    /// List pending registrations (username, email, joined, expires, expired).
    Pending {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Activate accounts by username (expired ones only with --force).
    Activate {
        #[arg(required = true)]
        usernames: Vec<String>,
        /// Also activate registrations whose activation period has passed.
        #[arg(long)]
        force: bool,
    },
    /// Send a new activation email (new key) to pending registrations.
    Resend {
        #[arg(required = true, value_name = "USERNAME|EMAIL")]
        who: Vec<String>,
    },
    /// Deactivate accounts; their old activation links can never re-activate them.
    Deactivate {
        #[arg(required = true)]
        usernames: Vec<String>,
    },
    /// Grant or revoke staff rights (the web admin under /admin/).
    Staff {
        #[command(subcommand)]
        action: staff::StaffAction,
    },
    /// Create an active staff account (asks for what is missing; with --username and --email
    /// the password is read from standard input).
    Createsuperuser {
        #[arg(long)]
        username: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Print the audit trail, newest first.
    Audit {
        /// Only this account (its username, also after deletion).
        #[arg(long)]
        user: Option<String>,
        /// Only from this day on (YYYY-MM-DD, UTC).
        #[arg(long)]
        since: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// Inspect and manage the email outbox.
    Outbox {
        #[command(subcommand)]
        action: Option<outbox::OutboxAction>,
    },
}

pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("registration: {e}");
            return ExitCode::from(2);
        }
    };
    init_tracing(settings.log_json);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Cleanupregistration { dry_run, batch_size } => {
            cleanup_command(settings, dry_run, batch_size).await
        }
        Command::Pending { json } => admin::pending(settings, json).await,
        Command::Activate { usernames, force } => admin::activate(settings, &usernames, force).await,
        Command::Resend { who } => admin::resend(settings, &who).await,
        Command::Deactivate { usernames } => admin::deactivate(settings, &usernames).await,
        Command::Staff { action } => staff::staff(settings, action).await,
        Command::Createsuperuser { username, email } => {
            staff::create_superuser(settings, username, email).await
        }
        Command::Audit { user, since, json, limit } => staff::audit(settings, user, since, json, limit).await,
        Command::Outbox { action } => {
            outbox::run(settings, action.unwrap_or(outbox::OutboxAction::List { failed: false })).await
        }
        Command::Migrate => build_core(settings).await.map(|_| println!("Migrations applied.")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("registration: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,leptos=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}

async fn serve(settings: Settings) -> Result<(), String> {
    let conf = leptos::config::get_configuration(None).map_err(|e| format!("leptos configuration: {e}"))?;
    if settings.allowed_hosts.is_empty() && settings.site.domain.is_none() {
        tracing::warn!(
            "neither ALLOWED_HOSTS nor SITE_DOMAIN is set: only requests for localhost, 127.0.0.1 and [::1] are answered"
        );
    }
    crate::server::startup::serve(settings, conf.leptos_options).await
}

fn batch_size(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("expected a whole number of at least 1, got {text:?}")),
    }
}

async fn cleanup_command(settings: Settings, dry_run: bool, batch_size: usize) -> Result<(), String> {
    let core = build_core(settings).await?;
    let now = Utc::now();
    println!("Running cleanupregistration.");
    if dry_run {
        let expired = cleanup::list_expired_users(&core, now).await.map_err(|e| e.to_string())?;
        for r in &expired {
            println!(
                "would delete: {} <{}> joined {}",
                r.username,
                r.email,
                r.date_joined.format("%Y-%m-%d %H:%M:%S UTC")
            );
        }
        println!("cleanupregistration dry run: {} user(s) would be deleted.", expired.len());
        return Ok(());
    }
    match cleanup::delete_expired_users(&core, now, batch_size).await.map_err(|e| e.to_string())? {
        0 => println!("cleanupregistration completed. There is no user that has to be deleted."),
        n => println!("cleanupregistration completed. Deleted user count={n}"),
    }
    Ok(())
}
