use crate::harness::{activation_path, location, reset_path, TestApp};
use reqwest::Client;
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";
const NEW_PASSWORD: &str = "An0ther-s3cret!";
const INVALID_LOGIN: &str =
    "Please enter a correct username and password. Note that both fields may be case-sensitive.";

async fn active_user(app: &TestApp, username: &str) {
    let email = format!("{username}@example.com");
    assert_eq!(app.register(username, &email, PASSWORD).await.status(), 302);
    let mails = app.wait_for_mails(app_mail_count(app) + 1, Duration::from_secs(5)).await;
    let mail = mails.iter().find(|m| m.contains(&format!("To: {email}"))).expect("activation mail");
    assert_eq!(app.post(&activation_path(mail)).await.status(), 302);
}

fn app_mail_count(app: &TestApp) -> usize {
    crate::harness::read_mails(&app.mail_dir).len()
}

async fn log_in(
    app: &TestApp,
    client: &Client,
    username: &str,
    password: &str,
    next: &str,
) -> reqwest::Response {
    let form = [("username", username), ("password", password), ("next", next)];
    client.post(app.url("/accounts/login/")).form(&form).send().await.unwrap()
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("sessionid="))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

#[tokio::test]
async fn login_sends_an_active_user_to_the_profile_with_a_fresh_session_id() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "Alice").await;
    let client = TestApp::client();
    let first = log_in(&app, &client, "aLiCe", PASSWORD, "").await;
    assert_eq!((first.status().as_u16(), location(&first).as_str()), (302, "/accounts/profile/"));
    let cookie = first
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|v| v.to_str().ok().filter(|v| v.starts_with("sessionid=")))
        .unwrap()
        .to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let profile = client.get(app.url("/accounts/profile/")).send().await.unwrap();
    assert_eq!(profile.status(), 200);
    assert!(profile.text().await.unwrap().contains("Alice"));
    let second = log_in(&app, &client, "alice", PASSWORD, "").await;
    assert_ne!(session_cookie(&first), session_cookie(&second), "a new session id at each login");
}

#[tokio::test]
async fn wrong_password_unknown_user_and_inactive_user_get_the_same_answer() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "bob").await;
    assert_eq!(app.register("pending", "pending@example.com", PASSWORD).await.status(), 302);
    let client = TestApp::client();
    for (user, password) in [("bob", "wrong-password"), ("nobody", PASSWORD), ("pending", PASSWORD)] {
        let response = log_in(&app, &client, user, password, "").await;
        assert_eq!(response.status(), 200, "{user}");
        let html = response.text().await.unwrap();
        assert!(html.contains(INVALID_LOGIN), "{user}");
        assert!(!html.contains(password), "the password is not echoed");
    }
    assert_eq!(client.get(app.url("/accounts/profile/")).send().await.unwrap().status(), 302);
}

#[tokio::test]
async fn next_is_followed_only_to_local_paths() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "carol").await;
    let cases = [
        ("/accounts/password/change/", "/accounts/password/change/"),
        ("//evil.example", "/accounts/profile/"),
        ("/\\evil.example", "/accounts/profile/"),
        ("https://evil.example", "/accounts/profile/"),
        ("javascript:alert(1)", "/accounts/profile/"),
    ];
    for (next, expected) in cases {
        let response = log_in(&app, &TestApp::client(), "carol", PASSWORD, next).await;
        assert_eq!(location(&response), expected, "{next}");
    }
}

#[tokio::test]
async fn anonymous_visitors_of_member_pages_go_to_login_with_next() {
    let app = TestApp::spawn(&[]).await;
    for path in ["/accounts/profile/", "/accounts/password/change/", "/accounts/password/change/done/"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 302);
        assert_eq!(location(&response), format!("/accounts/login/?next={}", path.replace('/', "%2F")));
    }
}

#[tokio::test]
async fn logout_is_a_post_and_ends_the_session() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "dave").await;
    let client = TestApp::client();
    log_in(&app, &client, "dave", PASSWORD, "").await;
    let page = client.get(app.url("/accounts/logout/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("method=\"post\""));
    assert_eq!(
        client.get(app.url("/accounts/profile/")).send().await.unwrap().status(),
        200,
        "GET did not log out"
    );
    let out = client.post(app.url("/accounts/logout/")).send().await.unwrap();
    assert_eq!(out.status(), 302);
    assert_eq!(client.get(app.url("/accounts/profile/")).send().await.unwrap().status(), 302);
}

#[tokio::test]
async fn password_change_needs_the_old_password_and_ends_other_sessions() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "erin").await;
    let (here, elsewhere) = (TestApp::client(), TestApp::client());
    log_in(&app, &here, "erin", PASSWORD, "").await;
    log_in(&app, &elsewhere, "erin", PASSWORD, "").await;
    let change = |old: &'static str, new1: &'static str, new2: &'static str| {
        let form = [("old_password", old), ("new_password1", new1), ("new_password2", new2)];
        here.post(app.url("/accounts/password/change/")).form(&form).send()
    };
    let wrong = change("nope", NEW_PASSWORD, NEW_PASSWORD).await.unwrap().text().await.unwrap();
    assert!(wrong.contains("Your old password was entered incorrectly. Please enter it again."));
    let weak = change(PASSWORD, "123", "123").await.unwrap().text().await.unwrap();
    assert!(weak.contains("This password is too short."));
    let done = change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD).await.unwrap();
    assert_eq!(location(&done), "/accounts/password/change/done/");
    assert_eq!(
        here.get(app.url("/accounts/profile/")).send().await.unwrap().status(),
        200,
        "this session stays"
    );
    assert_eq!(
        elsewhere.get(app.url("/accounts/profile/")).send().await.unwrap().status(),
        302,
        "others end"
    );
    assert!(log_in(&app, &TestApp::client(), "erin", PASSWORD, "")
        .await
        .text()
        .await
        .unwrap()
        .contains(INVALID_LOGIN));
    assert_eq!(log_in(&app, &TestApp::client(), "erin", NEW_PASSWORD, "").await.status(), 302);
}

#[tokio::test]
async fn password_reset_by_email_is_single_use_and_ends_every_session() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "frank").await;
    assert_eq!(app.register("idle", "idle@example.com", PASSWORD).await.status(), 302);
    let before = app.wait_for_mails(2, Duration::from_secs(5)).await.len();
    let session = TestApp::client();
    log_in(&app, &session, "frank", PASSWORD, "").await;

    for address in ["nobody@example.com", "idle@example.com", "FRANK@example.com"] {
        let response = app.post_form("/accounts/password/reset/", &[("email", address)]).await;
        assert_eq!(location(&response), "/accounts/password/reset/done/", "{address}");
    }
    let mails = app.wait_for_mails(before + 1, Duration::from_secs(5)).await;
    crate::harness::mails_stay(&app.mail_dir, before + 1, Duration::from_secs(1)).await;
    let resets: Vec<_> = crate::harness::read_mails(&app.mail_dir)
        .into_iter()
        .filter(|m| m.contains("password/reset/confirm"))
        .collect();
    assert_eq!(resets.len(), 1, "only the active account gets a mail ({} mails)", mails.len());
    let link = reset_path(&resets[0]);

    let page = app.get(&link).await;
    assert_eq!(page.headers().get("referrer-policy").unwrap(), "same-origin");
    assert!(page.text().await.unwrap().contains("new_password1"));
    let form = [("new_password1", NEW_PASSWORD), ("new_password2", NEW_PASSWORD)];
    let done = TestApp::client().post(app.url(&link)).form(&form).send().await.unwrap();
    assert_eq!(location(&done), "/accounts/password/reset/complete/");
    assert_eq!(
        session.get(app.url("/accounts/profile/")).send().await.unwrap().status(),
        302,
        "sessions end"
    );
    let again =
        TestApp::client().post(app.url(&link)).form(&form).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("Password reset unsuccessful"));
    assert_eq!(log_in(&app, &TestApp::client(), "frank", NEW_PASSWORD, "").await.status(), 302);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "gina").await;
    app.post_form("/accounts/password/reset/", &[("email", "gina@example.com")]).await;
    let mails = app.wait_for_mails(2, Duration::from_secs(5)).await;
    let link = reset_path(mails.iter().find(|m| m.contains("password/reset/confirm")).unwrap());
    let four_days_ago = chrono::Utc::now().timestamp_millis() - 4 * 86_400_000;
    app.exec("UPDATE password_reset_tokens SET created_at = $1", four_days_ago).await;
    assert!(app.get(&link).await.text().await.unwrap().contains("Password reset unsuccessful"));
}

#[tokio::test]
async fn auto_login_activates_only_on_the_confirm_post() {
    let app = TestApp::spawn(&[("REGISTRATION_AUTO_LOGIN", "true")]).await;
    assert_eq!(app.register("hank", "hank@example.com", PASSWORD).await.status(), 302);
    let link = activation_path(&app.wait_for_mails(1, Duration::from_secs(5)).await[0]);
    let client = TestApp::client();
    let page = client.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Activate my account"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await,
        0,
        "GET changes nothing"
    );
    let confirmed = client.post(app.url(&link)).send().await.unwrap();
    assert_eq!(location(&confirmed), "/accounts/activate/complete/");
    assert_eq!(client.get(app.url("/accounts/profile/")).send().await.unwrap().status(), 200, "logged in");
}

#[tokio::test]
async fn logged_in_visitors_of_register_go_to_the_login_redirect() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "ivy").await;
    let client = TestApp::client();
    log_in(&app, &client, "ivy", PASSWORD, "").await;
    let response = client.get(app.url("/accounts/register/")).send().await.unwrap();
    assert_eq!(location(&response), "/accounts/profile/");
}

#[tokio::test]
async fn an_old_hash_is_upgraded_at_login() {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "jack").await;
    let weak = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(4096, 1, 1, None).unwrap(),
    );
    let old = weak.hash_password(PASSWORD.as_bytes(), &SaltString::generate(&mut OsRng)).unwrap().to_string();
    registration::on_pool!(&app.core.db, c => sqlx::query("UPDATE users SET password = $1")
        .bind(&old)
        .execute(c)
        .await
        .map(drop))
    .unwrap();
    assert_eq!(log_in(&app, &TestApp::client(), "jack", PASSWORD, "").await.status(), 302);
    let stored = app.strings("SELECT password FROM users").await.remove(0);
    assert!(stored.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{stored}");
}

#[tokio::test]
async fn auth_urls_can_be_left_out() {
    let app = TestApp::spawn(&[("INCLUDE_AUTH_URLS", "false")]).await;
    assert_eq!(app.get("/accounts/login/").await.status(), 404);
    assert_eq!(app.get("/accounts/register/").await.status(), 200);
}

#[tokio::test]
async fn a_password_change_kills_outstanding_reset_links() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "kim").await;
    app.post_form("/accounts/password/reset/", &[("email", "kim@example.com")]).await;
    let mails = app.wait_for_mails(2, Duration::from_secs(5)).await;
    let link = reset_path(mails.iter().find(|m| m.contains("password/reset/confirm")).unwrap());
    let client = TestApp::client();
    log_in(&app, &client, "kim", PASSWORD, "").await;
    let form = [("old_password", PASSWORD), ("new_password1", NEW_PASSWORD), ("new_password2", NEW_PASSWORD)];
    let changed = client.post(app.url("/accounts/password/change/")).form(&form).send().await.unwrap();
    assert_eq!(location(&changed), "/accounts/password/change/done/");
    assert!(app.get(&link).await.text().await.unwrap().contains("Password reset unsuccessful"));
}

#[tokio::test]
async fn home_offers_logout_to_a_logged_in_user() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "lena").await;
    let client = TestApp::client();
    log_in(&app, &client, "lena", PASSWORD, "").await;
    let home = client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("action=\"/accounts/logout/\""));
}

/// A client at `address` (the app trusts 127.0.0.1 as its proxy), with its own cookie jar.
fn client_at(address: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", address.parse().unwrap());
    crate::harness::client_with(headers)
}

#[tokio::test]
async fn a_strangers_failed_logins_do_not_lock_the_owners_browser_out() {
    let app = TestApp::spawn(&[("TRUSTED_PROXIES", "127.0.0.1")]).await;
    active_user(&app, "olive").await;
    let owner = client_at("198.51.100.7");
    assert_eq!(location(&log_in(&app, &owner, "olive", PASSWORD, "").await), "/accounts/profile/");
    owner.post(app.url("/accounts/logout/")).send().await.unwrap();

    let stranger = client_at("203.0.113.1");
    let guesses: Vec<u16> = failed_logins(&app, &stranger, 7).await;
    assert_eq!(&guesses[5..], [429, 429], "one guesser waits after five failures: {guesses:?}");
    let elsewhere = client_at("198.51.100.99");
    assert_eq!(log_in(&app, &elsewhere, "olive", PASSWORD, "").await.status(), 302, "others are not slowed");
    elsewhere.post(app.url("/accounts/logout/")).send().await.unwrap();

    // Guessing spread over many addresses hits the per-username ceiling...
    for i in 0..60 {
        let guesser = client_at(&format!("203.0.113.{}", 10 + i));
        log_in(&app, &guesser, "olive", "wrong-password", "").await;
    }
    let new_browser = client_at("198.51.100.50");
    assert_eq!(log_in(&app, &new_browser, "olive", PASSWORD, "").await.status(), 429, "the ceiling holds");
    // ...but the browser that logged in before is not slowed.
    assert_eq!(location(&log_in(&app, &owner, "olive", PASSWORD, "").await), "/accounts/profile/");

    // A password reset clears every count.
    app.post_form("/accounts/password/reset/", &[("email", "olive@example.com")]).await;
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    let link = reset_path(mails.iter().find(|m| m.contains("password/reset/confirm")).unwrap());
    let form = [("new_password1", NEW_PASSWORD), ("new_password2", NEW_PASSWORD)];
    let done = TestApp::client().post(app.url(&link)).form(&form).send().await.unwrap();
    assert_eq!(location(&done), "/accounts/password/reset/complete/");
    assert_eq!(log_in(&app, &new_browser, "olive", NEW_PASSWORD, "").await.status(), 302);
}

async fn failed_logins(app: &TestApp, client: &Client, n: usize) -> Vec<u16> {
    let mut statuses = Vec::new();
    for _ in 0..n {
        statuses.push(log_in(app, client, "olive", "wrong-password", "").await.status().as_u16());
    }
    statuses
}
