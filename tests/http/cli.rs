use std::path::Path;
use std::process::{Command, Output};

fn registration(dir: &Path, db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_registration"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", db_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn seed(db_url: &str) -> sqlx::SqlitePool {
    let pool = registration::server::db::connect(db_url).await.unwrap();
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
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
             VALUES ($1, $1, $2, $2, 'x', $3, $4) RETURNING id",
        )
        .bind(name)
        .bind(format!("{name}@example.com"))
        .bind(active)
        .bind(joined)
        .fetch_one(&pool)
        .await
        .unwrap();
        if let Some(activated) = profile {
            sqlx::query("INSERT INTO registration_profiles (user_id, activation_key, activated) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(format!("{i:040}"))
                .bind(activated)
                .execute(&pool)
                .await
                .unwrap();
        }
    }
    pool
}

async fn usernames(pool: &sqlx::SqlitePool) -> Vec<String> {
    sqlx::query_scalar("SELECT username FROM users ORDER BY username")
        .fetch_all(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn cleanup_deletes_only_expired_never_activated_inactive_users() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}/cli.db", dir.path().display());
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
    assert_eq!(
        usernames(&pool).await,
        ["active", "deactivated", "fresh", "noprofile"]
    );
    let profiles: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM registration_profiles")
        .fetch_one(&pool)
        .await
        .unwrap();
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
    let db_url = format!("sqlite://{}/new.db", dir.path().display());
    let output = registration(dir.path(), &db_url, &["migrate"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pool = registration::server::db::connect(&db_url).await.unwrap();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(&pool)
            .await
            .unwrap();
    for table in ["email_outbox", "registration_profiles", "users"] {
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
