use crate::harness::{activation_path, TestApp};
use futures::future::join_all;
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_parallel_registrations_make_twenty_users_and_twenty_mails() {
    let app = TestApp::spawn(&[]).await;
    let requests =
        (0..20).map(|i| {
            let app = &app;
            async move {
                app.register(&format!("user{i}"), &format!("user{i}@example.com"), PASSWORD).await.status()
            }
        });
    let statuses = join_all(requests).await;
    assert!(statuses.iter().all(|s| s.as_u16() == 302), "{statuses:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 20);
    assert_eq!(app.wait_for_mails(20, Duration::from_secs(20)).await.len(), 20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_parallel_registrations_of_one_username_make_one_user() {
    // Ten requests about one username are exactly the per-target limit; the clocks of parallel
    // requests differ by a few milliseconds, which can refuse the tenth (429). The limit is
    // not what this test is about.
    let app = TestApp::spawn(&[("RATE_LIMIT_PER_TARGET", "100")]).await;
    let requests = (0..10).map(|i| {
        let app = &app;
        async move {
            let response = app
                .register(if i % 2 == 0 { "Racer" } else { "racer" }, &format!("r{i}@example.com"), PASSWORD)
                .await;
            (response.status().as_u16(), response.text().await.unwrap())
        }
    });
    let results = join_all(requests).await;
    let created = results.iter().filter(|(s, _)| *s == 302).count();
    assert_eq!(created, 1, "{:?}", results.iter().map(|r| r.0).collect::<Vec<_>>());
    for (status, body) in results.iter().filter(|(s, _)| *s != 302) {
        assert_eq!(*status, 200);
        assert!(body.contains("A user with that username already exists."));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(app.wait_for_mails(1, Duration::from_secs(5)).await.len(), 1);
    crate::harness::mails_stay(&app.mail_dir, 1, Duration::from_secs(1)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_parallel_activations_of_one_key_activate_once() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.register("paula", "paula@example.com", PASSWORD).await.status(), 302);
    let link = activation_path(&app.wait_for_mails(1, Duration::from_secs(5)).await[0]);
    let requests = (0..10).map(|_| {
        let app = &app;
        let link = link.clone();
        async move { app.post(&link).await.status().as_u16() }
    });
    let statuses = join_all(requests).await;
    assert_eq!(statuses.iter().filter(|s| **s == 302).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 9, "{statuses:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles WHERE activated = TRUE").await, 1);
}

/// A request whose client hangs up still runs to the end: a registration abandoned while its
/// password is being hashed is stored and mailed, and nothing is left half done (a request
/// dropped inside a transaction could leave a pooled connection in it, failing every later
/// write on that connection).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_finish_when_their_client_hangs_up() {
    let app = TestApp::spawn(&[("RATE_LIMITS_ENABLED", "false")]).await;
    // The connection is open before the impatient request, so its bytes reach the server even
    // on a loaded machine; only the wait for the answer is cut short.
    let impatient = reqwest::Client::new();
    assert_eq!(impatient.get(app.url("/healthz")).send().await.unwrap().status(), 200);
    let form = [
        ("username", "gone"),
        ("email", "gone@example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let request = impatient.post(app.url("/accounts/register/")).form(&form);
    let sent = request.timeout(Duration::from_millis(5)).send().await;
    assert!(sent.is_err(), "the client gave up before the answer");
    let stored = "SELECT COUNT(*) FROM users WHERE username = 'gone'";
    assert_eq!(
        app.count_eventually(stored, 1, Duration::from_secs(10)).await,
        1,
        "the registration was stored"
    );
    assert_eq!(app.wait_for_mails(1, Duration::from_secs(10)).await.len(), 1, "and its email sent");
    let audited = "SELECT COUNT(*) FROM audit_log WHERE username = 'gone' AND request_id IS NOT NULL AND ip IS NOT NULL";
    assert_eq!(
        app.count(audited).await,
        1,
        "its audit row names the request, though it ran on a task of its own"
    );
    let metrics = app.get("/metrics").await.text().await.unwrap();
    let gone = r#"method="POST",route="/accounts/register/",status="499""#;
    assert!(metrics.contains(gone), "the request log counts it as a client gone away");
    assert_eq!(
        app.register("after", "after@example.com", PASSWORD).await.status(),
        302,
        "and the next one works"
    );
}
