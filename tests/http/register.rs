use crate::harness::{activation_path, location, TestApp};
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";

#[tokio::test]
async fn a_visitor_registers_receives_the_mail_and_activates() {
    let app = TestApp::spawn(&[]).await;
    let page = app.get("/accounts/register/").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for field in ["username", "email", "password1", "password2"] {
        assert!(html.contains(&format!("name=\"{field}\"")), "{field}");
    }
    let (before, after) = html.split_once("class=\"hp\"").expect("the trap field's box");
    let opening = before.rsplit("<div").next().unwrap();
    assert!(opening.contains("aria-hidden=\"true\""), "hidden from assistive technology: {opening}");
    let trap = after.split("</div>").next().unwrap();
    assert!(trap.contains("name=\"website\"") && trap.contains("tabindex=\"-1\""), "{trap}");

    let client = TestApp::client();
    let form = [
        ("username", "alice"),
        ("email", "Alice@Example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let done = client.post(app.url("/accounts/register/")).form(&form).send().await.unwrap();
    assert_eq!(done.status(), 302);
    assert_eq!(location(&done), "/accounts/register/complete/");
    let complete =
        client.get(app.url("/accounts/register/complete/")).send().await.unwrap().text().await.unwrap();
    assert!(complete.contains("Alice@example.com"), "the completion page names the address");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = FALSE").await, 1);

    let mails = app.wait_for_mails(1, Duration::from_secs(5)).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.contains("To: Alice@example.com"));
    assert!(mail.contains("From: webmaster@localhost"));
    assert!(mail.contains("Subject: Account activation on Test Site"));
    assert!(mail.contains("multipart/alternative"));
    let link = activation_path(mail);
    assert!(mail.replace("=\r\n", "").contains(&format!("http://testserver.example{link}")));

    let page = app.get(&link).await.text().await.unwrap();
    assert!(page.contains("Activate my account") && page.contains(">alice<"), "the page names the account");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await,
        0,
        "GET changes nothing"
    );
    let activated = app.post(&link).await;
    assert_eq!(activated.status(), 302);
    assert_eq!(location(&activated), "/accounts/activate/complete/");
    let page = app.get("/accounts/activate/complete/").await.text().await.unwrap();
    assert!(page.contains("Your account is now activated."));
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles WHERE activated = TRUE").await, 1);
}

#[tokio::test]
async fn mail_is_delivered_within_a_second_of_the_commit() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.register("quick", "quick@example.com", PASSWORD).await.status(), 302);
    let started = std::time::Instant::now();
    assert_eq!(app.wait_for_mails(1, Duration::from_secs(1)).await.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn invalid_input_rerenders_the_form_with_errors_and_typed_values_but_no_passwords() {
    let app = TestApp::spawn(&[]).await;
    let response = app
        .post_form(
            "/accounts/register/",
            &[
                ("username", "bad name"),
                ("email", "not-an-email"),
                ("password1", "Zq9!secretA"),
                ("password2", "Zq9!secretB"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains(
        "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
    ));
    assert!(html.contains("Enter a valid email address."));
    assert!(html.contains("The two password fields didn’t match."));
    assert!(html.contains("value=\"bad name\""));
    assert!(html.contains("value=\"not-an-email\""));
    assert!(!html.contains("Zq9!secret"), "passwords are never echoed");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn empty_fields_are_required_and_weak_passwords_are_refused() {
    let app = TestApp::spawn(&[]).await;
    let html = app.post_form("/accounts/register/", &[]).await.text().await.unwrap();
    assert_eq!(html.matches("<li>This field is required.</li>").count(), 4);
    let html = app.register("carol", "carol@example.com", "12345").await.text().await.unwrap();
    assert!(html.contains("This password is too short. It must contain at least 8 characters."));
    assert!(html.contains("This password is entirely numeric."));
    let html = app.register("dave", "dave@example.com", "password1").await.text().await.unwrap();
    assert!(html.contains("This password is too common."));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn a_username_taken_in_any_letter_case_is_refused() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.register("Alice", "a1@example.com", PASSWORD).await.status(), 302);
    let response = app.register("aLICE", "a2@example.com", PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("A user with that username already exists."));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn closed_registration_redirects_and_creates_nothing() {
    let app = TestApp::spawn(&[("REGISTRATION_OPEN", "false")]).await;
    let get = app.get("/accounts/register/").await;
    assert_eq!((get.status().as_u16(), location(&get).as_str()), (302, "/accounts/register/closed/"));
    let post = app.register("eve", "eve@example.com", PASSWORD).await;
    assert_eq!((post.status().as_u16(), location(&post).as_str()), (302, "/accounts/register/closed/"));
    let closed = app.get("/accounts/register/closed/").await;
    assert_eq!(closed.status(), 200);
    assert!(closed.text().await.unwrap().contains("Registration is closed"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn no_mail_is_queued_when_sending_is_off() {
    let app = TestApp::spawn(&[("SEND_ACTIVATION_EMAIL", "false")]).await;
    assert_eq!(app.register("frank", "frank@example.com", PASSWORD).await.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox").await, 0);
}

#[tokio::test]
async fn mail_settings_shape_the_message() {
    let app = TestApp::spawn(&[
        ("REGISTRATION_EMAIL_HTML", "false"),
        ("REGISTRATION_DEFAULT_FROM_EMAIL", "accounts@example.org"),
        ("REGISTRATION_EMAIL_SUBJECT_PREFIX", "[Test] "),
    ])
    .await;
    assert_eq!(app.register("grace", "grace@example.com", PASSWORD).await.status(), 302);
    let mail = app.wait_for_mails(1, Duration::from_secs(5)).await.remove(0);
    assert!(mail.contains("From: accounts@example.org"));
    assert!(mail.contains("Subject: [Test] Account activation on Test Site"));
    assert!(!mail.contains("text/html"));

    let site_mail = TestApp::spawn(&[
        ("REGISTRATION_USE_SITE_EMAIL", "true"),
        ("REGISTRATION_SITE_USER_EMAIL", "noreply"),
    ])
    .await;
    assert_eq!(site_mail.register("heidi", "heidi@example.com", PASSWORD).await.status(), 302);
    let mail = site_mail.wait_for_mails(1, Duration::from_secs(5)).await.remove(0);
    assert!(mail.contains("From: noreply@testserver.example"));
}

#[tokio::test]
async fn the_site_comes_from_the_request_when_not_configured() {
    let db = tempfile::tempdir().unwrap();
    let mail = tempfile::tempdir().unwrap();
    let mut vars = crate::harness::base_vars(db.path(), mail.path()).await;
    vars.remove("SITE_DOMAIN");
    vars.remove("SITE_NAME");
    let app = TestApp::spawn_with(vars).await;
    assert_eq!(app.register("ivan", "ivan@example.com", PASSWORD).await.status(), 302);
    let mail = app.wait_for_mails(1, Duration::from_secs(5)).await.remove(0);
    let host = app.base.trim_start_matches("http://");
    assert!(mail.replace("=\r\n", "").contains(&format!("http://{host}/accounts/activate/")));
}

#[tokio::test]
async fn unknown_routes_are_404_and_missing_slashes_redirect() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.get("/no/such/page").await.status(), 404);
    assert_eq!(app.get("/accounts/nothing-here/").await.status(), 404);
    let moved = app.get("/accounts/register").await;
    assert_eq!((moved.status().as_u16(), location(&moved).as_str()), (301, "/accounts/register/"));
}

#[tokio::test]
async fn resend_answers_the_same_for_known_and_unknown_addresses() {
    let app = TestApp::spawn(&[]).await;
    assert_eq!(app.register("judy", "judy@example.com", PASSWORD).await.status(), 302);
    app.wait_for_mails(1, Duration::from_secs(5)).await;
    let known = app.post_form("/accounts/activate/resend/", &[("email", "JUDY@example.com")]).await;
    let unknown = app.post_form("/accounts/activate/resend/", &[("email", "nobody@example.com")]).await;
    assert_eq!((known.status(), unknown.status()), (reqwest::StatusCode::OK, reqwest::StatusCode::OK));
    let known =
        crate::harness::without_nonce(&known.text().await.unwrap()).replace("JUDY@example.com", "ADDRESS");
    let unknown = crate::harness::without_nonce(&unknown.text().await.unwrap())
        .replace("nobody@example.com", "ADDRESS");
    assert_eq!(known, unknown);
    let mails = app.wait_for_mails(2, Duration::from_secs(5)).await;
    assert_eq!(mails.len(), 2, "a new mail for the pending registration only");
    let keys: std::collections::HashSet<String> = mails.iter().map(|m| activation_path(m)).collect();
    assert_eq!(keys.len(), 2, "the resent mail carries a new key");
    let bad = app.post_form("/accounts/activate/resend/", &[("email", "nope")]).await.text().await.unwrap();
    assert!(bad.contains("Enter a valid email address."));
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let app = TestApp::spawn(&[]).await;
    let form = [
        ("username", "mallory"),
        ("email", "m@example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    let refused = TestApp::client()
        .post(app.url("/accounts/register/"))
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let same_site = TestApp::client()
        .post(app.url("/accounts/register/"))
        .header("origin", app.base.clone())
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(same_site.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn the_password_rules_are_listed_before_anything_is_typed() {
    let app = TestApp::spawn(&[("PASSWORD_MIN_LENGTH", "10")]).await;
    let html = app.get("/accounts/register/").await.text().await.unwrap();
    let rules = html
        .split("id=\"id_password1_helptext\"")
        .nth(1)
        .expect("the rules list")
        .split("</ul>")
        .next()
        .unwrap();
    for help in [
        "Your password can’t be too similar to your other personal information.",
        "Your password must contain at least 10 characters.",
        "Your password can’t be a commonly used password.",
        "Your password can’t be entirely numeric.",
    ] {
        assert!(rules.contains(help), "{help}: {rules}");
    }
    assert_eq!(rules.matches("data-met=\"unknown\"").count(), 4, "nothing is marked before typing");
    assert!(html.contains("aria-describedby=\"id_password1_helptext id_password1_errors\""));

    let none = TestApp::spawn(&[("PASSWORD_VALIDATORS", "none")]).await;
    let html = none.get("/accounts/register/").await.text().await.unwrap();
    assert!(!html.contains("id_password1_helptext"), "no validators, no list");
}
