//! The database goes away behind a proxy and comes back: requests in between get 503 with a
//! short retry message, requests after it succeed, and no mail is lost.

use crate::harness::{activation_path, TestApp};
use crate::proxy::Proxy;
use std::collections::HashMap;
use std::time::{Duration, Instant};

const PASSWORD: &str = "Lantern-Orchid-2290";

fn through_proxy(db_url: &str, port: u16) -> String {
    let (_, rest) = db_url.split_once('@').expect("a postgres://user@host:port/db URL");
    let (_, db) = rest.split_once('/').unwrap();
    let (scheme_user, _) = db_url.split_once('@').unwrap();
    format!("{scheme_user}@127.0.0.1:{port}/{db}")
}

fn upstream(db_url: &str) -> String {
    let (_, rest) = db_url.split_once('@').unwrap();
    rest.split_once('/').unwrap().0.to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_during_an_outage_get_503_and_everything_works_again_after_it() {
    let db_url = crate::testdb::fresh_postgres_database().await;
    let proxy = Proxy::start(upstream(&db_url)).await;
    let mail = tempfile::tempdir().unwrap();
    let vars = HashMap::from([
        ("ACCOUNT_ACTIVATION_DAYS".to_owned(), "7".to_owned()),
        ("DATABASE_URL".to_owned(), through_proxy(&db_url, proxy.port)),
        ("DATABASE_ACQUIRE_TIMEOUT_SECONDS".to_owned(), "2".to_owned()),
        ("EMAIL_URL".to_owned(), format!("file://{}", mail.path().display())),
        ("SITE_DOMAIN".to_owned(), "testserver.example".to_owned()),
        ("ALLOWED_HOSTS".to_owned(), "127.0.0.1".to_owned()),
        // Limits in memory, so that the reset below is accepted during the outage (with the
        // database store it answers 503, like everything that needs the database).
        ("RATE_LIMIT_STORE".to_owned(), "memory".to_owned()),
    ]);
    let app = TestApp::spawn_with(vars).await;
    assert_eq!(app.register("before", "before@example.com", PASSWORD).await.status(), 302);
    assert_eq!(app.register("member", "member@example.com", PASSWORD).await.status(), 302);
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    let link_of = |who: &str| {
        activation_path(mails.iter().find(|m| m.contains(&format!("To: {who}@example.com"))).unwrap())
    };
    let link = link_of("before");
    assert_eq!(app.post(&link_of("member")).await.status(), 302);
    let member = TestApp::client();
    let login = [("username", "member"), ("password", PASSWORD)];
    assert_eq!(member.post(app.url("/accounts/login/")).form(&login).send().await.unwrap().status(), 302);

    proxy.cut();
    let started = Instant::now();
    let during = app.register("during", "during@example.com", PASSWORD).await;
    assert_eq!(during.status(), 503, "registration while the database is away");
    assert!(during.headers().contains_key("retry-after"));
    assert!(during.text().await.unwrap().to_lowercase().contains("try again"));
    assert_eq!(app.get(&link).await.status(), 503, "the activation page while the database is away");
    assert_eq!(app.post(&link).await.status(), 503, "activation while the database is away");
    let reset_link = format!("/accounts/password/reset/confirm/{}/", "a".repeat(64));
    assert_eq!(app.get(&reset_link).await.status(), 503, "a reset link is not called invalid then");
    let form = [
        ("username", "json"),
        ("email", "json@example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let json: serde_json::Value = form.iter().map(|(k, v)| ((*k).to_owned(), serde_json::json!(v))).collect();
    let api = TestApp::client().post(app.url("/api/v1/register")).json(&json).send().await.unwrap();
    assert_eq!(api.status(), 503, "the JSON API too");
    assert_eq!(api.headers()["content-type"], "application/problem+json");
    let server_fn: Vec<(String, &str)> = form.iter().map(|(k, v)| (format!("form[{k}]"), *v)).collect();
    let island = TestApp::client().post(app.url("/api/register")).form(&server_fn).send().await.unwrap();
    assert_eq!(island.status(), 503, "and the server function");
    assert_eq!(app.get("/readyz").await.status(), 503);
    let profile = member.get(app.url("/accounts/profile/")).send().await.unwrap();
    assert_eq!(profile.status(), 503, "a logged-in visitor is not shown as logged out");
    assert_eq!(member.get(app.url("/api/v1/me")).send().await.unwrap().status(), 503);
    assert_eq!(app.get("/accounts/register/").await.status(), 200, "the form itself needs no database");
    let reset = TestApp::client()
        .post(app.url("/accounts/password/reset/"))
        .form(&[("email", "member@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), 302, "a reset request is accepted during the outage…");
    assert!(started.elapsed() < Duration::from_secs(15), "503s come within the acquire timeout");

    proxy.restore();
    let mut again = app.register("during", "during@example.com", PASSWORD).await.status();
    for _ in 0..20 {
        if again == 302 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
        again = app.register("during", "during@example.com", PASSWORD).await.status();
    }
    assert_eq!(again, 302, "registration works again once the database is back");
    assert_eq!(app.post(&link).await.status(), 302, "the earlier link activates now");
    let mails = app.wait_for_mails(4, Duration::from_secs(30)).await;
    assert_eq!(mails.len(), 4, "every activation mail was delivered");
    let reset_mail = mails.iter().filter(|m| m.contains("To: member@example.com"));
    assert!(
        reset_mail.clone().any(|m| m.contains("/accounts/password/reset/confirm/")),
        "…and its mail is sent once the database is back"
    );
    let unsent = "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL";
    let unsent = app.count_eventually(unsent, 0, Duration::from_secs(5)).await;
    assert_eq!(unsent, 0, "the outbox records every delivery");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM password_reset_tokens").await, 1);
    let profile = member.get(app.url("/accounts/profile/")).send().await.unwrap();
    assert_eq!(profile.status(), 200, "and the session survived the outage");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instance_started_while_the_database_is_down_becomes_ready_when_it_comes_up() {
    let db_url = crate::testdb::fresh_postgres_database().await;
    let proxy = Proxy::start(upstream(&db_url)).await;
    proxy.cut();
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    let server = crate::server::Server::spawn(&through_proxy(&db_url, proxy.port), &mail, dir.path(), &[]);
    assert_eq!(reqwest::get(server.url("/healthz")).await.unwrap().status(), 200, "the process answers");
    assert_eq!(reqwest::get(server.url("/readyz")).await.unwrap().status(), 503, "but is not ready");
    let page = reqwest::get(server.url("/accounts/register/")).await.unwrap();
    assert_eq!(page.status(), 503);
    assert!(page.headers().contains_key("retry-after"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.log().contains("database unavailable at startup") && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = server.log();
    assert!(
        log.contains("database unavailable at startup") && log.contains("attempt"),
        "each attempt is logged: {log}"
    );

    proxy.restore();
    server.wait_until_ready(Duration::from_secs(20)).await;
    let form = [
        ("username", "late"),
        ("email", "late@example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let registered = client.post(server.url("/accounts/register/")).form(&form).send().await.unwrap();
    assert_eq!(registered.status(), 302, "and then it serves");
}
