//! Headers, body limits, hostile input, health checks.

use crate::harness::TestApp;

#[tokio::test]
async fn pages_carry_a_nonce_policy_that_matches_their_scripts() {
    let app = TestApp::spawn(&[]).await;
    let page = app.get("/accounts/register/").await;
    let headers = page.headers().clone();
    let html = page.text().await.unwrap();
    let policy = headers.get("content-security-policy").unwrap().to_str().unwrap().to_owned();
    let start = html.find("nonce=\"").unwrap() + 7;
    let nonce = &html[start..start + html[start..].find('"').unwrap()];
    assert!(policy.contains(&format!("'nonce-{nonce}'")), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"));
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    assert!(headers.get("referrer-policy").is_some());
    assert!(headers.get("strict-transport-security").is_none(), "no HSTS on plain http");
    for path in ["/nowhere", "/accounts/register", "/healthz"] {
        let response = app.get(path).await;
        assert!(response.headers().get("content-security-policy").is_some(), "{path}");
        assert_eq!(response.headers().get("x-frame-options").unwrap(), "DENY", "{path}");
    }
}

#[tokio::test]
async fn oversized_forms_get_a_readable_413_and_change_nothing() {
    let app = TestApp::spawn(&[]).await;
    let big = "a".repeat(70 * 1024);
    let response =
        app.post_form("/accounts/register/", &[("username", &big), ("email", "x@example.com")]).await;
    assert_eq!(response.status(), 413);
    assert!(response.text().await.unwrap().contains("Request too large"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn nul_characters_and_overlong_fields_are_form_errors_not_500s() {
    let app = TestApp::spawn(&[]).await;
    let long_name = "u".repeat(151);
    let cases: [(&str, &str, &str, &str); 3] = [
        ("nul\0name", "n@example.com", "Passw0rd-ok\0", "Passw0rd-ok\0"),
        (&long_name, "n@example.com", "Passw0rd-ok!", "Passw0rd-ok!"),
        ("<script>alert(1)</script>", "<b>@example.com", "Passw0rd-ok!", "Passw0rd-ok!"),
    ];
    for (username, email, p1, p2) in cases {
        let form = [("username", username), ("email", email), ("password1", p1), ("password2", p2)];
        let response = app.post_form("/accounts/register/", &form).await;
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains("errorlist"), "{username}");
        assert!(!html.contains("<script>alert(1)</script>"), "typed values are escaped");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.get("/healthz").await.text().await.unwrap(), "ok");
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    app.core.db.close().await;
    assert_eq!(app.get("/readyz").await.status(), 503);
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn repeated_failed_logins_of_one_client_get_429_with_retry_after() {
    let app = TestApp::spawn(&[]).await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let form = [("username", "victim"), ("password", "guess-123456")];
        statuses.push(TestApp::client().post(app.url("/accounts/login/")).form(&form).send().await.unwrap());
    }
    assert_eq!(
        statuses.iter().map(|r| r.status().as_u16()).collect::<Vec<_>>(),
        [200, 200, 200, 200, 200, 429]
    );
    let limited = statuses.pop().unwrap();
    let retry_after: u64 = limited.headers().get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(retry_after >= 1);
    assert!(limited.text().await.unwrap().contains("Too many attempts"));
    let other = [("username", "someone-else"), ("password", "guess-123456")];
    assert_eq!(
        TestApp::client().post(app.url("/accounts/login/")).form(&other).send().await.unwrap().status(),
        200
    );
}

#[tokio::test]
async fn one_client_is_limited_across_targets_and_limits_can_be_turned_off() {
    let app = TestApp::spawn(&[("RATE_LIMIT_PER_IP", "2")]).await;
    let mut codes = Vec::new();
    for i in 0..3 {
        codes.push(
            app.post_form("/accounts/password/reset/", &[("email", &format!("p{i}@example.com"))])
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(codes, [302, 302, 429]);
    let off = TestApp::spawn(&[("RATE_LIMIT_PER_IP", "1"), ("RATE_LIMITS_ENABLED", "false")]).await;
    for i in 0..3 {
        let status = off
            .post_form("/accounts/password/reset/", &[("email", &format!("q{i}@example.com"))])
            .await
            .status();
        assert_eq!(status, 302);
    }
}

#[tokio::test]
async fn the_shared_store_counts_per_client_and_per_target_and_keeps_no_address_in_clear() {
    let app = TestApp::spawn(&[
        ("RATE_LIMIT_STORE", "database"),
        ("RATE_LIMIT_PER_IP", "3"),
        ("RATE_LIMIT_PER_TARGET", "2"),
    ])
    .await;
    let app = &app;
    let reset = |email: &'static str| async move {
        let form = [("email", email)];
        app.post_form("/accounts/password/reset/", &form).await
    };
    assert_eq!(reset("same@example.com").await.status(), 302);
    assert_eq!(reset("SAME@example.com").await.status(), 302);
    let refused = reset("same@example.com").await;
    assert_eq!(refused.status(), 429, "two per minute for one address");
    let wait: u64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((25..=31).contains(&wait), "one more in 30 s: {wait}");
    assert_eq!(
        reset("other@example.com").await.status(),
        429,
        "the client's third in a minute is over its 3"
    );
    assert_eq!(reset("nul\0@example.com").await.status(), 429, "any text is a key; still refused, not a 500");
    let rows = app.count("SELECT COUNT(*) FROM rate_limits").await;
    assert!(rows >= 2, "one row per client and per target: {rows}");
    assert_eq!(app.count("SELECT COUNT(*) FROM rate_limits WHERE key LIKE '%example%'").await, 0);
}

#[tokio::test]
async fn garbage_sent_to_server_functions_is_a_400_never_a_500() {
    let app = TestApp::spawn(&[]).await;
    for (path, content_type, body) in [
        ("/api/register", "application/x-www-form-urlencoded", "%%%garbage"),
        ("/api/resend", "application/x-www-form-urlencoded", ""),
        ("/api/login", "application/x-www-form-urlencoded", "form=Nope"),
        ("/api/password_reset_confirm", "application/x-www-form-urlencoded", "form%5Bnew_password1%5D=x"),
        ("/api/activate", "application/x-www-form-urlencoded", "%%%garbage"),
    ] {
        let response = TestApp::client()
            .post(app.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{path} {body}");
    }
    let post = app.post(&format!("/accounts/activate/{}/", "a".repeat(40))).await;
    assert_eq!(post.status(), 200, "an unknown key POSTed is the failure page, never a 500");
    assert!(post.text().await.unwrap().contains("data-reason=\"invalid\""));
}

#[tokio::test]
async fn https_sites_send_hsts_and_secure_session_cookies() {
    let app = TestApp::spawn(&[("SITE_SCHEME", "https")]).await;
    let page = app.get("/").await;
    assert_eq!(
        page.headers().get("strict-transport-security").unwrap(),
        "max-age=31536000; includeSubDomains"
    );
    assert_eq!(app.register("sam", "sam@example.com", "s3cret-Passw0rd!").await.status(), 302);
    let mail = app.wait_for_mails(1, std::time::Duration::from_secs(5)).await;
    assert_eq!(app.post(&crate::harness::activation_path(&mail[0])).await.status(), 302);
    let login = TestApp::client()
        .post(app.url("/accounts/login/"))
        .form(&[("username", "sam"), ("password", "s3cret-Passw0rd!")])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 302);
    let cookies: Vec<&str> =
        login.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).collect();
    for name in ["sessionid=", "registration_device="] {
        let cookie =
            cookies.iter().find(|c| c.starts_with(name)).unwrap_or_else(|| panic!("{name} {cookies:?}"));
        assert!(cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    }
}
