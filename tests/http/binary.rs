//! The real `registration serve` process: JSON logs, graceful shutdown, and no secret in
//! anything it prints during a whole journey.

use crate::harness::{activation_path, link_token, reset_path, wait_for_files, ServerProcess};
use std::process::{Command, Stdio};
use std::time::Duration;

const FIRST: &str = "Zebra-Lamp-8812";
const SECOND: &str = "Quartz-Kite-5531";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_journey_leaves_no_secret_in_the_output_and_sigterm_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    let mut command = Command::new(env!("CARGO_BIN_EXE_registration"));
    command
        .arg("serve")
        .current_dir(dir.path())
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", crate::testdb::fresh_url(dir.path(), "bin").await)
        .env("EMAIL_URL", format!("file://{}", mail.display()))
        .env("LEPTOS_OUTPUT_NAME", "registration")
        .env("LOG_FORMAT", "json")
        .stdout(Stdio::piped());
    let server = ServerProcess::start(command, "debug");
    let base = server.base.clone();
    crate::harness::wait_until_ready(&base).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let post = |path: &str, form: Vec<(&str, &str)>| client.post(format!("{base}{path}")).form(&form).send();
    let register = vec![
        ("username", "walter"),
        ("email", "walter@example.com"),
        ("password1", FIRST),
        ("password2", FIRST),
    ];
    assert_eq!(post("/accounts/register/", register).await.unwrap().status(), 302);
    let mails = wait_for_files(&mail, 1, Duration::from_secs(5)).await;
    let link = activation_path(&mails[0]);
    let key = link.trim_start_matches("/accounts/activate/").trim_end_matches('/').to_owned();
    assert_eq!(client.post(format!("{base}{link}")).send().await.unwrap().status(), 302);
    assert_eq!(
        post("/accounts/login/", vec![("username", "walter"), ("password", FIRST)]).await.unwrap().status(),
        302
    );
    let change = vec![("email", "walter@example.org"), ("password", FIRST)];
    assert_eq!(post("/accounts/email/change/", change).await.unwrap().status(), 302);
    let mails = wait_for_files(&mail, 3, Duration::from_secs(5)).await;
    let confirm = mails.iter().find(|m| m.contains("To: walter@example.org")).unwrap();
    let confirm_token = link_token(confirm, "/accounts/email/confirm/");
    let notice = mails.iter().find(|m| m.contains("/accounts/not-me/")).unwrap();
    let not_me_token = link_token(notice, "/accounts/not-me/");
    let confirm_path = format!("/accounts/email/confirm/{confirm_token}/");
    client.get(format!("{base}{confirm_path}")).send().await.unwrap();
    assert_eq!(post(&confirm_path, vec![]).await.unwrap().status(), 302);
    client.get(format!("{base}/accounts/not-me/{not_me_token}/")).send().await.unwrap();
    post("/accounts/password/reset/", vec![("email", "walter@example.org")]).await.unwrap();
    let mails = wait_for_files(&mail, 5, Duration::from_secs(5)).await;
    let reset = reset_path(mails.iter().find(|m| m.contains("password/reset/confirm")).unwrap());
    let token =
        reset.trim_start_matches("/accounts/password/reset/confirm/").trim_end_matches('/').to_owned();
    client.get(format!("{base}{reset}")).send().await.unwrap();
    let done = post(&reset, vec![("new_password1", SECOND), ("new_password2", SECOND)]).await.unwrap();
    assert_eq!(done.status(), 302);

    let status = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let ServerProcess { child, log, reader, .. } = server;
    let output = tokio::task::spawn_blocking(move || {
        let output = child.wait_with_output().unwrap();
        reader.join().unwrap(); // Every line of standard error has been read once this returns.
        output
    })
    .await
    .unwrap();
    assert!(output.status.success(), "SIGTERM ends the server cleanly: {:?}", output.status);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = crate::harness::joined(&log);
    assert!(stderr.contains("shutting down"), "the shutdown is logged");
    for secret in [FIRST, SECOND, &key, &token, &confirm_token, &not_me_token] {
        assert!(!stdout.contains(secret) && !stderr.contains(secret), "a secret reached the output");
    }
    let requests: Vec<serde_json::Value> = stderr
        .lines()
        .filter(|line| !line.contains("/readyz"))
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap_or_else(|_| panic!("not JSON: {line}"))
        })
        .filter(|v| v["fields"]["message"] == "request")
        .collect();
    assert_eq!(requests.len(), 10, "one line per request (readiness probes aside): {stderr}");
    assert!(requests
        .iter()
        .all(|r| r["fields"]["request.id"].is_string() && r["fields"]["http.status"].is_number()));
}
