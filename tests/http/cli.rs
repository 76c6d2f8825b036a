use crate::testdb::fresh_url;
use registration::on_pool;
use registration::server::db::{DatabaseSettings, Engine, Pool};
use std::path::Path;
use std::process::{Command, Output};

fn registration(dir: &Path, db_url: &str, args: &[&str]) -> Output {
    crate::harness::run_cli(dir, db_url, args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn open(db_url: &str) -> Pool {
    registration::server::db::connect(&DatabaseSettings::for_url(db_url)).await.unwrap()
}

async fn seed(db_url: &str) -> Pool {
    let pool = open(db_url).await;
    registration::server::db::migrate(&pool).await.unwrap();
    let day = 86_400_000_i64;
    let now = chrono::Utc::now().timestamp_millis();
    // (username, is_active, date_joined, profile: None | Some(activated))
    let rows: [(&str, bool, i64, Option<bool>); 6] = [
        ("expired1", false, now - 8 * day, Some(false)),
        ("expired2", false, now - 30 * day, Some(false)),
        ("fresh", false, now - day, Some(false)),
        ("active", true, now - 30 * day, Some(true)),
        ("deactivated", false, now - 30 * day, Some(true)),
        ("noprofile", false, now - 30 * day, None),
    ];
    for (i, (name, active, joined, profile)) in rows.into_iter().enumerate() {
        let user = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
             VALUES ($1, $1, $2, $2, 'x', $3, $4) RETURNING id";
        let email = format!("{name}@example.com");
        let id: i64 = on_pool!(&pool, c => sqlx::query_scalar(user)
            .bind(name)
            .bind(&email)
            .bind(active)
            .bind(joined)
            .fetch_one(c)
            .await)
        .unwrap();
        if let Some(activated) = profile {
            let sql =
                "INSERT INTO registration_profiles (user_id, activation_key, activated) VALUES ($1, $2, $3)";
            let key = format!("{i:040}");
            on_pool!(&pool, c => sqlx::query(sql)
                .bind(id)
                .bind(&key)
                .bind(activated)
                .execute(c)
                .await
                .map(drop))
            .unwrap();
        }
    }
    pool
}

async fn usernames(pool: &Pool) -> Vec<String> {
    on_pool!(pool, c => sqlx::query_scalar("SELECT username FROM users ORDER BY username").fetch_all(c).await)
        .unwrap()
}

async fn count(pool: &Pool, sql: &str) -> i64 {
    on_pool!(pool, c => sqlx::query_scalar(sql).fetch_one(c).await).unwrap()
}

#[tokio::test]
async fn cleanup_deletes_only_expired_never_activated_inactive_users() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "cli").await;
    let pool = seed(&db_url).await;

    let dry = registration(dir.path(), &db_url, &["cleanupregistration", "--dry-run"]);
    assert!(dry.status.success());
    let text = stdout(&dry);
    assert!(text.starts_with("Running cleanupregistration.\n"));
    assert!(text.contains("expired1") && text.contains("expired2") && !text.contains("fresh"));
    assert_eq!(usernames(&pool).await.len(), 6, "a dry run deletes nothing");

    let run = registration(dir.path(), &db_url, &["cleanupregistration"]);
    assert!(run.status.success());
    assert_eq!(
        stdout(&run),
        "Running cleanupregistration.\ncleanupregistration completed. Deleted user count=2\n"
    );
    assert_eq!(usernames(&pool).await, ["active", "deactivated", "fresh", "noprofile"]);
    let profiles = count(&pool, "SELECT COUNT(*) FROM registration_profiles").await;
    assert_eq!(profiles, 3, "the deleted users' profiles went with them");

    let again = registration(dir.path(), &db_url, &["cleanupregistration"]);
    assert_eq!(
        stdout(&again),
        "Running cleanupregistration.\ncleanupregistration completed. There is no user that has to be deleted.\n"
    );
}

#[tokio::test]
async fn migrate_creates_the_database_and_its_tables() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "new").await;
    let output = registration(dir.path(), &db_url, &["migrate"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let pool = open(&db_url).await;
    let sql = match pool.engine() {
        Engine::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        Engine::Postgres => {
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
        }
    };
    let tables: Vec<String> = on_pool!(&pool, c => sqlx::query_scalar(sql).fetch_all(c).await).unwrap();
    for table in ["email_outbox", "registration_profiles", "users", "password_reset_tokens"] {
        assert!(tables.iter().any(|t| t == table), "{table} in {tables:?}");
    }
}

#[test]
fn a_missing_or_bad_activation_days_stops_startup_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for value in [None, Some("seven")] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_registration"));
        command.arg("serve").current_dir(dir.path()).env_clear();
        if let Some(value) = value {
            command.env("ACCOUNT_ACTIVATION_DAYS", value);
        }
        let output = command.output().unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("ACCOUNT_ACTIVATION_DAYS"), "{stderr}");
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn active_flags(pool: &Pool) -> Vec<(String, bool)> {
    let sql = "SELECT username, is_active FROM users ORDER BY username";
    on_pool!(pool, c => sqlx::query_as(sql).fetch_all(c).await).unwrap()
}

#[tokio::test]
async fn pending_lists_waiting_registrations_as_a_table_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "cli").await;
    seed(&db_url).await;
    let table = registration(dir.path(), &db_url, &["pending"]);
    assert!(table.status.success());
    let text = stdout(&table);
    assert!(text.contains("expired1") && text.contains("fresh") && !text.contains("active@"), "{text}");
    assert!(text.contains("3 pending registration(s)."));
    let json = registration(dir.path(), &db_url, &["pending", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let fresh = rows.as_array().unwrap().iter().find(|r| r["username"] == "fresh").unwrap();
    assert_eq!(fresh["expired"], false);
    let old = rows.as_array().unwrap().iter().find(|r| r["username"] == "expired1").unwrap();
    assert_eq!(old["expired"], true);
}

#[tokio::test]
async fn activate_refuses_unknown_users_and_expired_registrations_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "cli").await;
    let pool = seed(&db_url).await;
    let before = active_flags(&pool).await;

    let unknown = registration(dir.path(), &db_url, &["activate", "fresh", "nobody"]);
    assert!(!unknown.status.success());
    assert!(stderr(&unknown).contains("no such user: nobody"), "{}", stderr(&unknown));
    assert_eq!(active_flags(&pool).await, before, "nothing half-done");

    let refused = registration(dir.path(), &db_url, &["activate", "expired1", "fresh"]);
    assert!(!refused.status.success());
    let text = stdout(&refused);
    assert!(text.contains("expired1: refused: the activation period has passed (use --force)"), "{text}");
    assert!(text.contains("fresh: activated"), "{text}");

    let forced = registration(dir.path(), &db_url, &["activate", "--force", "expired1", "active"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        stdout(&forced).contains("expired1: activated")
            && stdout(&forced).contains("active: already activated")
    );
    let now_active: Vec<String> =
        active_flags(&pool).await.into_iter().filter(|(_, active)| *active).map(|(name, _)| name).collect();
    let was_active: Vec<String> =
        before.into_iter().filter(|(_, active)| *active).map(|(name, _)| name).collect();
    assert_eq!(now_active.len(), was_active.len() + 2, "{now_active:?}");
    assert!(now_active.contains(&"fresh".to_owned()) && now_active.contains(&"expired1".to_owned()));
}

#[tokio::test]
async fn deactivate_resend_and_outbox_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "cli").await;
    let pool = seed(&db_url).await;

    let off = registration(dir.path(), &db_url, &["deactivate", "active"]);
    assert!(off.status.success());
    assert_eq!(stdout(&off), "active: deactivated\n");
    assert!(!registration(dir.path(), &db_url, &["deactivate", "ghost"]).status.success());

    let resent = registration(dir.path(), &db_url, &["resend", "fresh", "expired1@example.com", "active"]);
    assert!(!resent.status.success(), "the active one is refused");
    let text = stdout(&resent);
    assert!(
        text.contains("fresh: 1 activation email(s) queued")
            && text.contains("expired1@example.com: 1 activation email(s) queued")
            && text.contains("active: refused"),
        "{text}"
    );
    let queued = count(&pool, "SELECT COUNT(*) FROM email_outbox").await;
    assert_eq!(queued, 2, "the expired registration got a new key and a fresh window");
    let renewed = "SELECT COUNT(*) FROM registration_profiles WHERE key_renewed_at IS NOT NULL";
    assert_eq!(count(&pool, renewed).await, 2);
    for _ in 0..4 {
        assert!(registration(dir.path(), &db_url, &["resend", "fresh"]).status.success());
    }
    let over = registration(dir.path(), &db_url, &["resend", "fresh"]);
    assert!(!over.status.success(), "a sixth mail in a day is over the budget of five");
    assert!(
        stdout(&over).contains("fresh: refused: the address has had its mail budget"),
        "{}",
        stdout(&over)
    );
    let to_fresh = "SELECT COUNT(*) FROM email_outbox WHERE recipient = 'fresh@example.com'";
    assert_eq!(count(&pool, to_fresh).await, 5);

    let list = registration(dir.path(), &db_url, &["outbox", "list"]);
    assert!(stdout(&list).contains("fresh@example.com") && stdout(&list).contains("6 message(s)."));
    assert!(registration(dir.path(), &db_url, &["outbox", "retry", "1"]).status.success());
    assert!(!registration(dir.path(), &db_url, &["outbox", "retry", "99"]).status.success());
    let purge = registration(dir.path(), &db_url, &["outbox", "purge-sent", "--older-than", "30"]);
    assert_eq!(stdout(&purge), "0 sent message(s) purged.\n");
    assert!(!registration(dir.path(), &db_url, &["outbox", "purge-sent"]).status.success(), "bad arguments");
}

/// Adds `n` never-activated, inactive registrations named `{prefix}{i}` that joined `days_ago`.
async fn add_pending(pool: &Pool, prefix: &str, n: usize, days_ago: i64) {
    let joined = chrono::Utc::now().timestamp_millis() - days_ago * 86_400_000;
    for i in 0..n {
        let name = format!("{prefix}{i}");
        let user = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
             VALUES ($1, $1, $2, $2, 'x', FALSE, $3) RETURNING id";
        let email = format!("{name}@example.com");
        let id: i64 = on_pool!(pool, c => sqlx::query_scalar(user).bind(&name).bind(&email).bind(joined).fetch_one(c).await)
            .unwrap();
        let profile =
            "INSERT INTO registration_profiles (user_id, activation_key, activated) VALUES ($1, $2, FALSE)";
        let key = format!("{:040x}", id);
        on_pool!(pool, c => sqlx::query(profile).bind(id).bind(&key).execute(c).await.map(drop)).unwrap();
    }
}

/// `cleanupregistration` with extra settings and the info log on standard error.
fn cleanup_with(dir: &Path, db_url: &str, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_registration"));
    command.arg("cleanupregistration").args(args).current_dir(dir).env_clear();
    command.env("ACCOUNT_ACTIVATION_DAYS", "7").env("DATABASE_URL", db_url).env("RUST_LOG", "info,sqlx=warn");
    command.env("LOG_FORMAT", "json");
    command.envs(vars.iter().copied()).output().expect("the binary runs")
}

#[tokio::test]
async fn cleanup_keeps_the_grace_period_deletes_in_batches_and_logs_each_account_without_its_address() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = fresh_url(dir.path(), "batches").await;
    let pool = open(&db_url).await;
    registration::server::db::migrate(&pool).await.unwrap();
    add_pending(&pool, "old", 25, 30).await;
    add_pending(&pool, "recent", 2, 9).await;

    let grace = [("CLEANUP_GRACE_DAYS", "5")];
    let run = cleanup_with(dir.path(), &db_url, &grace, &["--batch-size", "10"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(
        stdout(&run),
        "Running cleanupregistration.\ncleanupregistration completed. Deleted user count=25\n"
    );
    let log = String::from_utf8_lossy(&run.stderr);
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|_| panic!("not JSON: {l}")))
        .filter(|l| l["fields"]["message"] == "expired registration deleted")
        .collect();
    assert_eq!(lines.len(), 25, "one line per deleted account: {log}");
    for line in &lines {
        let fields = &line["fields"];
        assert!(fields["user.username"].as_str().unwrap().starts_with("old"), "{line}");
        assert!(
            fields["user.id"].is_number() && fields["joined"].is_string() && fields["expired_at"].is_string()
        );
    }
    assert!(!log.contains("@example.com"), "no address in the log: {log}");
    assert_eq!(usernames(&pool).await, ["recent0", "recent1"], "expired two days ago: within the grace");

    let bad = cleanup_with(dir.path(), &db_url, &[], &["--batch-size", "0"]);
    assert!(!bad.status.success(), "a batch of nothing is refused");
    let done = cleanup_with(dir.path(), &db_url, &[], &[]);
    assert_eq!(
        stdout(&done),
        "Running cleanupregistration.\ncleanupregistration completed. Deleted user count=2\n"
    );
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM registration_profiles").await, 0);
}

#[tokio::test]
async fn commands_fail_at_once_when_the_database_is_unreachable() {
    let dir = tempfile::tempdir().unwrap();
    // Port 1 (tcpmux) is privileged and unused here: connections are refused.
    let url = "postgres://postgres@127.0.0.1:1/none";
    let started = std::time::Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_registration"))
        .arg("migrate")
        .current_dir(dir.path())
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", url)
        .env("DATABASE_ACQUIRE_TIMEOUT_SECONDS", "1")
        .env("DATABASE_STARTUP_TIMEOUT_SECONDS", "60")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot open database"));
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "no waiting: that is for `serve`");
}
