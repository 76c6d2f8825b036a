//! `ALLOWED_HOSTS`: links in mail never come from a `Host` the site does not own.

use crate::harness::{base_vars, location, reset_path, TestApp};
use reqwest::header::{HeaderMap, HeaderValue, HOST};
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";

/// A client that names `host` in every request's `Host` header.
fn client_for(host: &str) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(HOST, HeaderValue::from_str(host).unwrap());
    crate::harness::client_with(headers)
}

async fn app_with(set: &[(&str, &str)], unset: &[&str]) -> TestApp {
    let db_dir = tempfile::tempdir().unwrap();
    let mail_dir = tempfile::tempdir().unwrap();
    let mut vars = base_vars(db_dir.path(), mail_dir.path()).await;
    for name in unset {
        vars.remove(*name);
    }
    for (name, value) in set {
        vars.insert((*name).to_owned(), (*value).to_owned());
    }
    TestApp::spawn_with(vars).await.keeping(vec![db_dir, mail_dir])
}

/// Registers and activates `username`, sending every request as `host`.
async fn active_user(app: &TestApp, host: &str, username: &str) {
    let client = client_for(host);
    let email = format!("{username}@example.com");
    let form = [("username", username), ("email", &email), ("password1", PASSWORD), ("password2", PASSWORD)];
    let registered = client.post(app.url("/accounts/register/")).form(&form).send().await.unwrap();
    assert_eq!(registered.status(), 302);
    let mail = app.wait_for_mails(1, Duration::from_secs(10)).await.pop().expect("the activation mail");
    let path = crate::harness::activation_path(&mail);
    assert_eq!(client.post(app.url(&path)).send().await.unwrap().status(), 302);
}

#[tokio::test]
async fn a_reset_request_for_a_foreign_host_answers_400_and_mails_nothing() {
    let app = app_with(&[], &["SITE_DOMAIN", "ALLOWED_HOSTS"]).await;
    active_user(&app, "localhost", "victim").await;
    let outbox_before = app.count("SELECT COUNT(*) FROM email_outbox").await;
    let evil = client_for("evil.example");
    let response = evil
        .post(app.url("/accounts/password/reset/"))
        .form(&[("email", "victim@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let json = evil
        .post(app.url("/api/v1/password/reset"))
        .json(&serde_json::json!({"email": "victim@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), 400);
    crate::harness::count_stays(
        &app,
        "SELECT COUNT(*) FROM email_outbox",
        outbox_before,
        Duration::from_millis(1500),
    )
    .await;
    let local = client_for("localhost");
    let accepted = local
        .post(app.url("/accounts/password/reset/"))
        .form(&[("email", "victim@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&accepted), "/accounts/password/reset/done/", "the site's own host still works");
    assert_eq!(app.get("/healthz").await.status(), 200, "health checks answer any host");
}

#[tokio::test]
async fn with_two_allowed_hosts_the_mail_links_to_the_host_the_request_named() {
    let app = app_with(&[("ALLOWED_HOSTS", "a.example, b.example")], &["SITE_DOMAIN"]).await;
    let port = app.base.rsplit(':').next().unwrap().to_owned();
    let b_host = format!("b.example:{port}");
    active_user(&app, &b_host, "bob").await;
    let client = client_for(&b_host);
    let response = client
        .post(app.url("/accounts/password/reset/"))
        .form(&[("email", "bob@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/accounts/password/reset/done/");
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    let reset = mails.iter().find(|m| m.contains("password/reset/confirm")).expect("a reset mail");
    let text = reset.replace("=\r\n", "").replace("=\n", "");
    assert!(text.contains(&format!("http://b.example:{port}{}", reset_path(reset))), "{text}");
    assert!(!text.contains("127.0.0.1"), "no other host appears");
    let refused = client_for("c.example").get(app.url("/accounts/login/")).send().await.unwrap();
    assert_eq!(refused.status(), 400, "a third name is refused");
}
