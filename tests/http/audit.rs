//! The audit trail: one row per change, written with the change, through every door and from
//! the command line; staff accounts from the command line; rows that outlive their account
//! without its address; retention.

use crate::actions::{active_user, delete_account, logged_in, login, register, MAIL_WAIT, PASSWORD};
use crate::doors::{client, Door, Outcome, ALL};
use crate::harness::{activation_path, base_vars, run_cli, TestApp};

/// `(action, via, actor_kind)` of an account's rows, oldest first.
async fn trail(app: &TestApp, username: &str) -> Vec<String> {
    let sql = format!(
        "SELECT action || '/' || COALESCE(via, '-') || '/' || actor_kind FROM audit_log
         WHERE username = '{username}' ORDER BY id"
    );
    app.strings(&sql).await
}

async fn app_with_dirs() -> (TestApp, String) {
    let db_dir = tempfile::tempdir().unwrap();
    let mail_dir = tempfile::tempdir().unwrap();
    let vars = base_vars(db_dir.path(), mail_dir.path()).await;
    let db_url = vars["DATABASE_URL"].clone();
    (TestApp::spawn_with(vars).await.keeping(vec![db_dir, mail_dir]), db_url)
}

#[tokio::test]
async fn each_change_writes_one_row_through_every_door() {
    let app = TestApp::spawn(&[]).await;
    for (i, door) in ALL.into_iter().enumerate() {
        let name = format!("audited{i}");
        let visitor = client();
        let outcome = register(&name, &format!("{name}@example.com")).send(&app, &visitor, door).await;
        assert_eq!(outcome, Outcome::Done, "{door:?}");
        assert_eq!(trail(&app, &name).await, ["registered/-/user"], "{door:?}");
        let mails = app.wait_for_mails(i + 1, MAIL_WAIT).await;
        let mail = mails.iter().find(|m| m.contains(&format!("To: {name}@example.com"))).unwrap();
        assert_eq!(app.post(&activation_path(mail)).await.status(), 302);
        assert_eq!(
            login(&name, "wrong-password-1").send(&app, &client(), door).await,
            Outcome::Invalid(vec!["__all__".into()])
        );
        assert_eq!(login(&name, PASSWORD).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        let expected =
            ["registered/-/user", "activated/link/user", "login_failed/-/user", "login_succeeded/-/user"];
        assert_eq!(trail(&app, &name).await, expected, "{door:?}");
    }
    let ips = app.strings("SELECT DISTINCT COALESCE(ip, '-') FROM audit_log").await;
    assert_eq!(ips, ["127.0.0.1"], "each row names the client");
    let agents = app.count("SELECT COUNT(*) FROM audit_log WHERE request_id IS NULL").await;
    assert_eq!(agents, 0, "each row names its request");
    let pending =
        app.count("SELECT COUNT(*) FROM registration_profiles WHERE pending_audit IS NOT NULL").await;
    assert_eq!(pending, 0, "an activation's audit row leaves nothing behind on its profile");
}

#[tokio::test]
async fn a_deleted_accounts_rows_keep_its_name_and_a_digest_of_its_address_only() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "leaving").await;
    let session = logged_in(&app, "leaving").await;
    assert_eq!(delete_account(PASSWORD).send(&app, &session, Door::Form).await, Outcome::Done);
    let rows = trail(&app, "leaving").await;
    assert_eq!(rows.last().map(String::as_str), Some("deleted/-/user"), "{rows:?}");
    let digests = app
        .strings("SELECT DISTINCT COALESCE(email_sha256, '-') FROM audit_log WHERE username = 'leaving'")
        .await;
    // SHA-256 of "leaving@example.com" (sha256sum).
    assert_eq!(digests, ["fa0907ec7154c46f4dffe4997b30a02c6aeda2b285124a5a4b57bf89b18516b5"]);
    let text = app
        .strings("SELECT username || COALESCE(ip, '') || COALESCE(user_agent, '') FROM audit_log")
        .await
        .join(" ");
    assert!(!text.contains("leaving@example.com"), "no address anywhere in the trail");
}

#[tokio::test]
async fn the_command_line_makes_staff_and_reads_the_trail() {
    let (app, db_url) = app_with_dirs().await;
    let dir = tempfile::tempdir().unwrap();
    let cli = |args: &[&str]| run_cli(dir.path(), &db_url, args);
    let mut create = std::process::Command::new(env!("CARGO_BIN_EXE_registration"));
    create
        .args(["createsuperuser", "--username", "boss", "--email", "boss@example.com"])
        .current_dir(dir.path())
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", &db_url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = create.spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
    let created = child.wait_with_output().unwrap();
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE username = 'boss' AND is_active AND is_staff").await,
        1
    );
    assert_eq!(
        login("boss", PASSWORD).send(&app, &client(), Door::Json).await,
        Outcome::Done,
        "it can log in"
    );

    let weak =
        run_cli(dir.path(), &db_url, &["createsuperuser", "--username", "weak", "--email", "not-an-address"]);
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("email: Enter a valid email address."));
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'weak'").await, 0);

    active_user(&app, "helper").await;
    assert!(cli(&["staff", "grant", "helper"]).status.success());
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'helper' AND is_staff").await, 1);
    assert!(cli(&["staff", "revoke", "helper"]).status.success());
    assert!(!cli(&["staff", "grant", "nobody"]).status.success(), "an unknown user is an error");
    let rows = trail(&app, "helper").await;
    assert_eq!(rows[2..], ["staff_granted/-/cli", "staff_revoked/-/cli"]);

    let json = cli(&["audit", "--user", "helper", "--json"]);
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&json.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let actions: Vec<&str> = lines.iter().map(|l| l["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["staff_revoked", "staff_granted", "activated", "registered"], "newest first");
}

#[tokio::test]
async fn cleanup_records_what_it_deletes_and_forgets_rows_past_retention() {
    let (app, db_url) = app_with_dirs().await;
    active_user(&app, "keeper").await;
    register("stale", "stale@example.com").send(&app, &client(), Door::Form).await;
    let day = 86_400_000_i64;
    let now = chrono::Utc::now().timestamp_millis();
    app.exec("UPDATE users SET date_joined = $1 WHERE username = 'stale'", now - 30 * day).await;
    app.exec(
        "UPDATE audit_log SET at = $1 WHERE username = 'keeper' AND action = 'registered'",
        now - 400 * day,
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let output = run_cli(dir.path(), &db_url, &["cleanupregistration"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(trail(&app, "stale").await, ["registered/-/user", "deleted/-/system"]);
    let digests = app
        .strings("SELECT DISTINCT COALESCE(email_sha256, '-') FROM audit_log WHERE username = 'stale'")
        .await;
    // SHA-256 of "stale@example.com" (sha256sum).
    assert_eq!(
        digests,
        ["31e2824dfec4173feb3ae7155ada39c15da9fd37635192521aa686a3a78dc4cf"],
        "both rows of the deleted account carry its address's digest"
    );
    let kept =
        app.count("SELECT COUNT(*) FROM audit_log WHERE username = 'keeper' AND email_sha256 IS NULL").await;
    assert_eq!(kept, 1, "an account kept keeps no digest");
    assert_eq!(
        trail(&app, "keeper").await,
        ["activated/link/user"],
        "the 400-day-old row is gone (AUDIT_RETENTION_DAYS=365)"
    );
}
