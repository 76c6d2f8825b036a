use crate::harness::{activation_path, location, TestApp};
use std::time::Duration;

const PASSWORD: &str = "s3cret-Passw0rd!";

async fn registered(app: &TestApp, username: &str) -> String {
    let email = format!("{username}@example.com");
    assert_eq!(app.register(username, &email, PASSWORD).await.status(), 302);
    let mails = app.wait_for_mails(1, Duration::from_secs(5)).await;
    let mail = mails.iter().find(|m| m.contains(&email)).expect("activation mail");
    activation_path(mail)
}

async fn failure_reason(app: &TestApp, path: &str) -> String {
    failure_reason_of(app.get(path).await).await
}

async fn failure_reason_of(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let start = html.find("data-reason=\"").expect("failure page") + "data-reason=\"".len();
    html[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_used_link_says_the_account_is_already_active() {
    let app = TestApp::spawn(&[]).await;
    let link = registered(&app, "kate").await;
    assert_eq!(app.post(&link).await.status(), 302);
    assert_eq!(failure_reason(&app, &link).await, "already-activated");
    assert!(app.get(&link).await.text().await.unwrap().contains("/accounts/login/"));
}

#[tokio::test]
async fn an_expired_link_says_so_and_activates_nothing() {
    let app = TestApp::spawn(&[]).await;
    let link = registered(&app, "leo").await;
    let eight_days_ago = chrono::Utc::now().timestamp_millis() - 8 * 86_400_000;
    app.exec("UPDATE users SET date_joined = $1", eight_days_ago).await;
    assert_eq!(failure_reason(&app, &link).await, "expired");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 0);
}

#[tokio::test]
async fn unknown_and_malformed_keys_are_invalid_never_500() {
    let app = TestApp::spawn(&[]).await;
    for path in [
        format!("/accounts/activate/{}/", "0".repeat(40)),
        "/accounts/activate/not-a-key/".to_owned(),
        format!("/accounts/activate/{}/", "A".repeat(40)),
        format!("/accounts/activate/{}/", "a".repeat(500)),
        "/accounts/activate/%00%27%22/".to_owned(),
    ] {
        assert_eq!(failure_reason(&app, &path).await, "invalid", "{path}");
    }
}

#[tokio::test]
async fn head_never_activates() {
    let app = TestApp::spawn(&[]).await;
    let link = registered(&app, "mia").await;
    let head = TestApp::client().head(app.url(&link)).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 0);
    assert_eq!(app.get(&link).await.status(), 200, "GET shows the button");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await,
        0,
        "and changes nothing"
    );
    assert_eq!(location(&app.post(&link).await), "/accounts/activate/complete/", "the POST activates");
    let again = app.post(&link).await;
    assert_eq!(again.status(), 200, "a second POST is never a success redirect");
    assert!(again.text().await.unwrap().contains("data-reason=\"already-activated\""));
}

#[tokio::test]
async fn activate_on_get_restores_one_click_activation() {
    let app = TestApp::spawn(&[("ACTIVATE_ON_GET", "true")]).await;
    let link = registered(&app, "olga").await;
    let head = TestApp::client().head(app.url(&link)).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await,
        0,
        "HEAD still changes nothing"
    );
    assert_eq!(location(&app.get(&link).await), "/accounts/activate/complete/");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 1);
}

#[tokio::test]
async fn a_deactivated_account_is_not_reactivated_by_its_old_link() {
    let app = TestApp::spawn(&[]).await;
    let link = registered(&app, "nina").await;
    assert_eq!(app.post(&link).await.status(), 302);
    app.exec("UPDATE users SET is_active = FALSE WHERE id > $1", 0).await;
    assert_eq!(failure_reason(&app, &link).await, "already-activated");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 0);
}

#[tokio::test]
async fn activation_emits_one_event_per_real_change() {
    let app = TestApp::spawn(&[]).await;
    let mut events = app.core.events.subscribe();
    let link = registered(&app, "oscar").await;
    app.get(&link).await;
    app.post(&link).await;
    app.post(&link).await;
    let mut seen = Vec::new();
    while let Ok(notice) = events.try_recv() {
        seen.push(format!("{:?}", notice.event));
    }
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen[0].starts_with("UserRegistered") && seen[1].starts_with("UserActivated"));
}

#[tokio::test]
async fn keys_are_stored_as_hashes_and_a_stored_value_activates_nothing() {
    let app = TestApp::spawn(&[]).await;
    let link = registered(&app, "pia").await;
    let mailed = link.trim_start_matches("/accounts/activate/").trim_end_matches('/').to_owned();
    let stored = app.strings("SELECT activation_key FROM registration_profiles").await.remove(0);
    assert_ne!(stored, mailed, "the mailed key is not in the database");
    assert_eq!(stored.len(), 64, "its SHA-256 is");
    assert_eq!(failure_reason_of(app.post(&format!("/accounts/activate/{stored}/")).await).await, "invalid");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active = TRUE").await, 0);
    assert_eq!(location(&app.post(&link).await), "/accounts/activate/complete/");
}

#[tokio::test]
async fn keys_stored_in_clear_before_the_upgrade_are_hashed_and_their_links_still_work() {
    let db_dir = tempfile::tempdir().unwrap();
    let mail_dir = tempfile::tempdir().unwrap();
    let vars = crate::harness::base_vars(db_dir.path(), mail_dir.path()).await;
    let url = vars["DATABASE_URL"].clone();
    let clear = "0123456789abcdef0123456789abcdef01234567";
    {
        // A database as the previous release left it: the key in clear, `key_hashed` false.
        let pool =
            registration::server::db::connect(&registration::server::db::DatabaseSettings::for_url(&url))
                .await
                .unwrap();
        registration::server::db::migrate(&pool).await.unwrap();
        let joined = chrono::Utc::now().timestamp_millis();
        let user = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
             VALUES ('old', 'old', 'old@example.com', 'old@example.com', 'x', FALSE, $1) RETURNING id";
        let id: i64 =
            registration::on_pool!(&pool, c => sqlx::query_scalar(user).bind(joined).fetch_one(c).await)
                .unwrap();
        let profile = "INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
             VALUES ($1, $2, FALSE, FALSE)";
        registration::on_pool!(&pool, c => sqlx::query(profile).bind(id).bind(clear).execute(c).await.map(drop))
            .unwrap();
    }
    let app = TestApp::spawn_with(vars).await.keeping(vec![db_dir, mail_dir]);
    let stored = app.strings("SELECT activation_key FROM registration_profiles").await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], clear, "the clear key was replaced by its hash at startup");
    assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles WHERE key_hashed = FALSE").await, 0);
    let link = format!("/accounts/activate/{clear}/");
    assert_eq!(location(&app.post(&link).await), "/accounts/activate/complete/", "the old link works");
}

#[tokio::test]
async fn resend_gives_an_expired_registration_a_new_key_and_a_fresh_window() {
    let app = TestApp::spawn(&[]).await;
    let old_link = registered(&app, "quin").await;
    let eight_days_ago = chrono::Utc::now().timestamp_millis() - 8 * 86_400_000;
    app.exec("UPDATE users SET date_joined = $1", eight_days_ago).await;
    assert_eq!(failure_reason(&app, &old_link).await, "expired");
    let sent = app.post_form("/accounts/activate/resend/", &[("email", "quin@example.com")]).await;
    assert_eq!(sent.status(), 200);
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    let links: Vec<String> = mails.iter().map(|m| activation_path(m)).collect();
    let new_link = links.into_iter().find(|l| *l != old_link).expect("a new link");
    assert_eq!(failure_reason(&app, &old_link).await, "invalid", "the old key died");
    assert_eq!(location(&app.post(&new_link).await), "/accounts/activate/complete/", "the new one works");
    let joined = app.count("SELECT date_joined FROM users").await;
    assert_eq!(joined, eight_days_ago, "date_joined stays");
}

const AGED: &str = "UPDATE users SET date_joined = $1";

fn eight_days_ago() -> i64 {
    chrono::Utc::now().timestamp_millis() - 8 * 86_400_000
}

#[tokio::test]
async fn registering_again_replaces_an_expired_registration_of_that_username() {
    let app = TestApp::spawn(&[]).await;
    let old_link = registered(&app, "rex").await;
    app.exec(AGED, eight_days_ago()).await;
    let form = [
        ("username", "REX"),
        ("email", "rex.new@example.com"),
        ("password1", "An0ther-s3cret!"),
        ("password2", "An0ther-s3cret!"),
    ];
    assert_eq!(app.post_form("/accounts/register/", &form).await.status(), 302, "not 'taken'");
    assert_eq!(app.strings("SELECT email FROM users").await, ["rex.new@example.com"], "replaced, not added");
    assert_eq!(failure_reason(&app, &old_link).await, "invalid", "the old key died with it");
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    let new_link = activation_path(mails.iter().find(|m| m.contains("rex.new@example.com")).unwrap());
    assert_eq!(location(&app.post(&new_link).await), "/accounts/activate/complete/");
}

#[tokio::test]
async fn with_unique_addresses_an_expired_registration_gives_its_address_up() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUniqueEmail")]).await;
    registered(&app, "sue").await;
    let taken = [
        ("username", "sue2"),
        ("email", "SUE@example.com"),
        ("password1", PASSWORD),
        ("password2", PASSWORD),
    ];
    assert_eq!(app.post_form("/accounts/register/", &taken).await.status(), 302, "answered alike");
    assert_eq!(app.strings("SELECT username FROM users").await, ["sue"], "still pending: kept");
    let mails = app.wait_for_mails(2, Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 2, "the pending registration got its activation link again");
    app.exec(AGED, eight_days_ago()).await;
    app.exec("UPDATE registration_profiles SET key_renewed_at = $1", eight_days_ago()).await;
    assert_eq!(app.post_form("/accounts/register/", &taken).await.status(), 302, "expired: given up");
    assert_eq!(app.strings("SELECT username FROM users").await, ["sue2"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_parallel_re_registrations_of_an_expired_username_make_one_account() {
    let app = TestApp::spawn(&[("RATE_LIMITS_ENABLED", "false")]).await;
    registered(&app, "tess").await;
    app.exec(AGED, eight_days_ago()).await;
    let attempts = (0..2).map(|i| {
        let app = &app;
        async move {
            let email = format!("tess{i}@example.com");
            let form = [
                ("username", "tess"),
                ("email", email.as_str()),
                ("password1", PASSWORD),
                ("password2", PASSWORD),
            ];
            let response = app.post_form("/accounts/register/", &form).await;
            (response.status().as_u16(), response.text().await.unwrap())
        }
    });
    let results = futures::future::join_all(attempts).await;
    assert_eq!(results.iter().filter(|(s, _)| *s == 302).count(), 1, "one wins");
    let (status, page) = results.iter().find(|(s, _)| *s != 302).unwrap();
    assert_eq!(*status, 200);
    assert!(page.contains("A user with that username already exists."), "the other gets the form error");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles").await, 1);
}
