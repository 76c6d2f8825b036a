//! Metrics, events, request ids, scheduled cleanup, and the real binary's logs.

use crate::harness::{activation_path, location, TestApp};
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";

fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(name) && l[name.len()..].starts_with(' '))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no {name} in metrics"))
}

#[tokio::test]
async fn metrics_count_registrations_activations_failures_and_mail() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.register("mo", "mo@example.com", PASSWORD).await.status(), 302);
    let link = activation_path(&app.wait_for_mails(1, Duration::from_secs(5)).await[0]);
    assert_eq!(app.post(&link).await.status(), 302);
    app.post(&link).await;
    app.post(&format!("/accounts/activate/{}/", "0".repeat(40))).await;
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert_eq!(metric(&text, "registration_registrations_total"), 1.0);
    assert_eq!(metric(&text, "registration_activations_total"), 1.0);
    assert_eq!(metric(&text, "registration_activation_failures_total{reason=\"already_activated\"}"), 1.0);
    assert_eq!(metric(&text, "registration_activation_failures_total{reason=\"invalid\"}"), 1.0);
    assert_eq!(metric(&text, "registration_mails_queued_total"), 1.0);
    assert_eq!(metric(&text, "registration_mails_sent_total"), 1.0);
    assert_eq!(metric(&text, "registration_outbox_depth"), 0.0);
    assert!(text.contains("registration_http_request_duration_seconds_bucket{method=\"POST\",route=\"/accounts/activate/{key}/\""));
    assert!(!text.contains(&link), "no key in labels");
}

#[tokio::test]
async fn metrics_can_be_turned_off() {
    let app = TestApp::spawn(&[("METRICS_ENABLED", "false")]).await;
    assert_eq!(app.get("/metrics").await.status(), 404);
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn(&[]).await;
    let response = app.get("/").await;
    let id = response.headers().get("x-request-id").unwrap().to_str().unwrap().to_owned();
    assert_eq!(id.len(), 16);
    let echoed = TestApp::client().get(app.url("/")).header("x-request-id", "abc-123").send().await.unwrap();
    assert_eq!(echoed.headers().get("x-request-id").unwrap(), "abc-123");
}

#[tokio::test]
async fn login_and_password_events_fire_once_per_change() {
    let app = TestApp::spawn(&[]).await;
    let mut events = app.core.events.subscribe();
    assert_eq!(app.register("ned", "ned@example.com", PASSWORD).await.status(), 302);
    let link = activation_path(&app.wait_for_mails(1, Duration::from_secs(5)).await[0]);
    assert_eq!(app.post(&link).await.status(), 302);
    let client = TestApp::client();
    let form = [("username", "ned"), ("password", PASSWORD)];
    assert_eq!(
        location(&client.post(app.url("/accounts/login/")).form(&form).send().await.unwrap()),
        "/accounts/profile/"
    );
    let change =
        [("old_password", PASSWORD), ("new_password1", "N3w-secret-pw"), ("new_password2", "N3w-secret-pw")];
    client.post(app.url("/accounts/password/change/")).form(&change).send().await.unwrap();
    let mut names = Vec::new();
    while let Ok(notice) = events.try_recv() {
        let request = notice.request.expect("events carry their request");
        assert_eq!(request.ip, Some("127.0.0.1".parse().unwrap()));
        assert!(request.request_id.is_some());
        names.push(format!("{:?}", notice.event).split([' ', '{']).next().unwrap().to_owned());
    }
    assert_eq!(names, ["UserRegistered", "UserActivated", "UserLoggedIn", "PasswordChanged"]);
}

#[tokio::test]
async fn scheduled_cleanup_runs_inside_the_server() {
    let app = TestApp::spawn(&[("CLEANUP_INTERVAL_SECONDS", "1")]).await;
    assert_eq!(app.register("old", "old@example.com", PASSWORD).await.status(), 302);
    assert_eq!(app.register("new", "new@example.com", PASSWORD).await.status(), 302);
    let long_ago = chrono::Utc::now().timestamp_millis() - 30 * 86_400_000;
    app.exec("UPDATE users SET date_joined = $1 WHERE username = 'old'", long_ago).await;
    for _ in 0..50 {
        if app.count("SELECT COUNT(*) FROM users").await == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let left = app.strings("SELECT username FROM users").await;
    assert_eq!(left, ["new"]);
}

#[tokio::test]
async fn a_message_held_by_a_dead_worker_is_sent_once_its_lease_ends() {
    let app = TestApp::spawn(&[]).await;
    let now = chrono::Utc::now().timestamp_millis();
    // Claimed by a worker that died before sending: its lease runs for two more seconds.
    let claimed = "INSERT INTO email_outbox (sender, recipient, subject, body_text, created_at, next_attempt_at, locked_until)
         VALUES ('site@example.com', 'orphan@example.com', 'Hello', 'Body', $1, $1, $2)";
    registration::on_pool!(&app.core.db, c => sqlx::query(claimed)
        .bind(now)
        .bind(now + 2000)
        .execute(c)
        .await
        .map(drop))
    .unwrap();
    app.core.outbox_wakeup.notify_one();
    // Not while the lease holds (it ends two seconds after `now`).
    let held = Duration::from_millis(1500)
        .saturating_sub(Duration::from_millis((chrono::Utc::now().timestamp_millis() - now).max(0) as u64));
    crate::harness::mails_stay(&app.mail_dir, 0, held).await;
    let mails = app.wait_for_mails(1, Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("orphan@example.com"));
    let sent_once = "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL AND attempts = 1";
    assert_eq!(app.count_eventually(sent_once, 1, Duration::from_secs(5)).await, 1);
}
