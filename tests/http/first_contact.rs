//! First contact: the mistakes that lose a sign-up, caught through every door. A near miss of
//! a common mail provider is offered a correction once; with `EMAIL_DOMAIN_CHECK` a domain
//! that cannot receive mail is refused (DNS from the local server of `dns_server`, failing
//! open when it cannot answer); with `BLOCK_DISPOSABLE_EMAIL` a throwaway address is refused.

use crate::actions::{register, users, PASSWORD};
use crate::dns_server::DnsServer;
use crate::doors::{client, Outcome, ALL};
use crate::harness::{location, TestApp};
use std::time::{Duration, Instant};

const TYPO: &str = "jane@gmial.com";

#[tokio::test]
async fn a_near_miss_is_offered_a_correction_once_and_kept_when_sent_again_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let outcome = register("jane", TYPO).send(&app, &client(), door).await;
        assert_eq!(outcome, Outcome::Invalid(vec!["email".into()]), "{door:?}");
        assert_eq!(users(&app).await, 0, "{door:?}: nothing created");

        let again = register("jane", TYPO).field("email_checked", TYPO);
        assert_eq!(again.send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        let stored = app.strings("SELECT email FROM users").await;
        assert_eq!(stored, [TYPO], "{door:?}: kept as typed");
    }
}

#[tokio::test]
async fn the_api_names_the_correction_in_its_problem() {
    let app = TestApp::spawn(&[]).await;
    let body =
        serde_json::json!({"username": "jane", "email": TYPO, "password1": PASSWORD, "password2": PASSWORD});
    let response = client().post(app.url("/api/v1/register")).json(&body).send().await.unwrap();
    assert_eq!(response.status(), 400);
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["errors"]["email"], serde_json::json!(["Did you mean jane@gmail.com?"]));
}

#[tokio::test]
async fn without_javascript_the_form_comes_back_once_with_the_correction_and_its_button() {
    let app = TestApp::spawn(&[]).await;
    let form = [("username", "jane"), ("email", TYPO), ("password1", PASSWORD), ("password2", PASSWORD)];
    let response = app.post_form("/accounts/register/", &form).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("Did you mean jane@gmail.com?"), "{html}");
    assert!(
        html.contains(r#"type="checkbox" id="id_email_fix" name="email_fix" value="jane@gmail.com""#),
        "the one-click fix: {html}"
    );
    assert!(
        html.contains(r#"name="email_checked" value="jane@gmial.com""#),
        "the offer is remembered: {html}"
    );
    assert!(!html.contains(PASSWORD), "never the password");

    // The form as the browser sends it again, unchanged (passwords retyped): accepted as typed.
    let mut unchanged = form.to_vec();
    unchanged.push(("email_checked", TYPO));
    let response = app.post_form("/accounts/register/", &unchanged).await;
    assert_eq!(location(&response), "/accounts/register/complete/");
    assert_eq!(app.strings("SELECT email FROM users").await, [TYPO]);
}

#[tokio::test]
async fn without_javascript_the_ticked_correction_registers_the_suggested_address() {
    let app = TestApp::spawn(&[]).await;
    let form = [
        ("username", "jane"),
        ("email", TYPO),
        ("email_checked", TYPO),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
        ("email_fix", "jane@gmail.com"),
    ];
    let response = app.post_form("/accounts/register/", &form).await;
    assert_eq!(location(&response), "/accounts/register/complete/");
    assert_eq!(app.strings("SELECT email FROM users").await, ["jane@gmail.com"]);
}

/// An app whose domain check asks only the local DNS server (a short timeout for `silent.test`).
async fn app_with_dns(dns: &DnsServer) -> TestApp {
    let nameserver = dns.address.to_string();
    TestApp::spawn(&[
        ("EMAIL_DOMAIN_CHECK", "true"),
        ("EMAIL_DOMAIN_CHECK_NAMESERVER", &nameserver),
        ("EMAIL_DOMAIN_CHECK_TIMEOUT_MS", "400"),
    ])
    .await
}

#[tokio::test]
async fn a_domain_that_cannot_receive_mail_is_refused_on_every_door() {
    let dns = DnsServer::start().await;
    for door in ALL {
        let app = app_with_dns(&dns).await;
        for address in ["jane@nomail.test", "jane@nullmx.test"] {
            let outcome = register("jane", address).send(&app, &client(), door).await;
            assert_eq!(outcome, Outcome::Invalid(vec!["email".into()]), "{door:?} {address}");
        }
        assert_eq!(users(&app).await, 0, "{door:?}");
        assert_eq!(
            register("jane", "jane@mx.test").send(&app, &client(), door).await,
            Outcome::Done,
            "{door:?}"
        );
    }
    let app = app_with_dns(&dns).await;
    let html = register_by_form(&app, "jane", "jane@nomail.test").await;
    assert!(html.contains("This email domain cannot receive mail."), "{html}");
}

#[tokio::test]
async fn a_domain_with_only_an_address_record_receives_mail_and_answers_are_cached() {
    let dns = DnsServer::start().await;
    let app = app_with_dns(&dns).await;
    let mut asked = Vec::new();
    for (i, door) in ALL.into_iter().enumerate() {
        let outcome =
            register(&format!("user{i}"), &format!("user{i}@a-only.test")).send(&app, &client(), door).await;
        assert_eq!(outcome, Outcome::Done, "{door:?}");
        asked.push(dns.queries_for("a-only.test."));
    }
    assert_eq!(users(&app).await, 3);
    assert!(asked[0] >= 2, "MX, then the address records: {asked:?}");
    assert_eq!(asked, [asked[0]; 3], "later registrations are answered from the cache");
}

#[tokio::test]
async fn the_domain_check_fails_open_when_dns_does_not_answer_on_every_door() {
    let dns = DnsServer::start().await;
    let app = app_with_dns(&dns).await;
    for (i, door) in ALL.into_iter().enumerate() {
        for domain in ["silent.test", "servfail.test"] {
            let started = Instant::now();
            let outcome = register(&format!("{}{i}", &domain[..4]), &format!("jane{i}@{domain}"))
                .send(&app, &client(), door)
                .await;
            assert_eq!(outcome, Outcome::Done, "{door:?} {domain}: accepted");
            assert!(started.elapsed() < Duration::from_secs(3), "{door:?} {domain}: within the timeout");
        }
    }
    assert_eq!(users(&app).await, 6);
    assert!(dns.queries_for("silent.test.") >= 1, "the server was asked");
}

#[tokio::test]
async fn disposable_addresses_are_refused_only_when_blocked_on_every_door() {
    for door in ALL {
        let blocked = TestApp::spawn(&[("BLOCK_DISPOSABLE_EMAIL", "true")]).await;
        for address in ["jane@mailinator.com", "jane@sub.yopmail.com"] {
            let outcome = register("jane", address).send(&blocked, &client(), door).await;
            assert_eq!(outcome, Outcome::Invalid(vec!["email".into()]), "{door:?} {address}");
        }
        assert_eq!(register("jane", "jane@example.com").send(&blocked, &client(), door).await, Outcome::Done);

        let open = TestApp::spawn(&[]).await;
        let outcome = register("jane", "jane@mailinator.com").send(&open, &client(), door).await;
        assert_eq!(outcome, Outcome::Done, "{door:?}: off by default");
    }
    let blocked = TestApp::spawn(&[("BLOCK_DISPOSABLE_EMAIL", "true")]).await;
    let html = register_by_form(&blocked, "jane", "jane@mailinator.com").await;
    assert!(html.contains("Registration using disposable email addresses is prohibited."), "{html}");
}

#[test]
fn the_version_names_the_disposable_domain_list() {
    let output =
        std::process::Command::new(env!("CARGO_BIN_EXE_registration")).arg("--version").output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(text.starts_with("registration 0."), "{text}");
    assert!(text.contains("(disposable-domain list: mailchecker 6."), "{text}");
}

async fn register_by_form(app: &TestApp, username: &str, email: &str) -> String {
    let form = [("username", username), ("email", email), ("password1", PASSWORD), ("password2", PASSWORD)];
    let response = app.post_form("/accounts/register/", &form).await;
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_says_when_the_domain_check_let_an_address_through_unchecked() {
    let dns = DnsServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_registration"));
    command
        .arg("serve")
        .current_dir(dir.path())
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", crate::testdb::fresh_url(dir.path(), "dns").await)
        .env("EMAIL_URL", format!("file://{}", dir.path().join("mail").display()))
        .env("EMAIL_DOMAIN_CHECK", "true")
        .env("EMAIL_DOMAIN_CHECK_NAMESERVER", dns.address.to_string())
        .env("EMAIL_DOMAIN_CHECK_TIMEOUT_MS", "300");
    let mut server = crate::harness::ServerProcess::start(command, "warn");
    crate::harness::wait_until_ready(&server.base).await;
    let form = [
        ("username", "jane"),
        ("email", "jane@silent.test"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let response =
        client().post(format!("{}/accounts/register/", server.base)).form(&form).send().await.unwrap();
    assert_eq!(location(&response), "/accounts/register/complete/", "accepted unchecked");
    let _ = server.child.kill();
    let _ = server.child.wait();
    let log = crate::harness::joined(&server.log);
    let line = log
        .lines()
        .find(|l| l.contains("EMAIL_DOMAIN_CHECK could not tell"))
        .unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("silent.test") && line.contains("no answer within 300 ms"), "{line}");
    assert!(!line.contains("jane@"), "the domain, not the address: {line}");
}
