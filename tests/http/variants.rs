//! The `REGISTRATION_FORM` variants through HTTP.

use crate::harness::TestApp;
use futures::future::join_all;

const PASSWORD: &str = "s3cret-Passw0rd!";

async fn post(app: &TestApp, username: &str, email: &str, tos: Option<&str>) -> (u16, String) {
    let mut form =
        vec![("username", username), ("email", email), ("password1", PASSWORD), ("password2", PASSWORD)];
    if let Some(tos) = tos {
        form.push(("tos", tos));
    }
    let response = app.post_form("/accounts/register/", &form).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn terms_of_service_must_be_accepted() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormTermsOfService")]).await;
    let page = app.get("/accounts/register/").await.text().await.unwrap();
    assert!(page.contains("name=\"tos\"") && page.contains("href=\"/terms/\""));
    let (status, body) = post(&app, "tina", "tina@example.com", None).await;
    assert_eq!(status, 200);
    assert!(body.contains("You must agree to the terms to register"));
    assert_eq!(post(&app, "tina", "tina@example.com", Some("on")).await.0, 302);
    assert_eq!(app.get("/terms/").await.status(), 200);
}

#[tokio::test]
async fn unique_email_ignores_case_and_holds_under_concurrency() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUniqueEmail")]).await;
    assert_eq!(post(&app, "uma", "uma@example.com", None).await.0, 302);
    let (status, _) = post(&app, "uma2", "UMA@Example.COM", None).await;
    assert_eq!(status, 302, "answered like any registration (the address is not revealed)");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1, "but nothing was created");
    let racers = (0..8).map(|i| {
        let app = &app;
        async move { post(app, &format!("racer{i}"), "same@example.com", None).await.0 }
    });
    let statuses = join_all(racers).await;
    assert!(statuses.iter().all(|s| *s == 302), "{statuses:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE email_normalized = 'same@example.com'").await, 1);
}

#[tokio::test]
async fn free_email_and_unique_email_apply_together() {
    let app =
        TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormNoFreeEmail,RegistrationFormUniqueEmail")])
            .await;
    let (status, body) = post(&app, "vic", "vic@GMail.com", None).await;
    assert_eq!(status, 200);
    assert!(body.contains(
        "Registration using free email addresses is prohibited. Please supply a different email address."
    ));
    assert_eq!(post(&app, "vic", "vic@corp.example", None).await.0, 302);
    assert_eq!(post(&app, "vic2", "VIC@corp.example", None).await.0, 302);
    let holders = app.count("SELECT COUNT(*) FROM users WHERE email_normalized = 'vic@corp.example'").await;
    assert_eq!(holders, 1, "uniqueness still applies");
}

#[tokio::test]
async fn lowercase_variant_stores_lowercase_usernames() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUsernameLowercase")]).await;
    assert_eq!(post(&app, "WaLtEr", "w@example.com", None).await.0, 302);
    let stored = app.strings("SELECT username FROM users").await.remove(0);
    assert_eq!(stored, "walter");
}

struct NoAdmins;

impl registration::domain::registration::RegistrationRule for NoAdmins {
    fn check(
        &self,
        input: &registration::domain::registration::RegistrationInput,
    ) -> registration::domain::FieldErrors {
        let mut errors = registration::domain::FieldErrors::new();
        if input.username.to_lowercase().starts_with("admin") {
            errors.add("username", registration::domain::Msg::text("This username is reserved."));
        }
        errors
    }
}

#[tokio::test]
async fn a_site_can_add_its_own_rule() {
    let db = tempfile::tempdir().unwrap();
    let mail = tempfile::tempdir().unwrap();
    let vars = crate::harness::base_vars(db.path(), mail.path()).await;
    let app = TestApp::spawn_customized(vars, |core| core.with_rule(std::sync::Arc::new(NoAdmins))).await;
    let (status, body) = post(&app, "Administrator", "a@example.com", None).await;
    assert_eq!(status, 200);
    assert!(body.contains("This username is reserved."));
    assert_eq!(post(&app, "regular", "r@example.com", None).await.0, 302);
}

#[tokio::test]
async fn password_validators_are_configurable() {
    let app =
        TestApp::spawn(&[("PASSWORD_VALIDATORS", "MinimumLengthValidator"), ("PASSWORD_MIN_LENGTH", "12")])
            .await;
    let form = |p: &'static str| {
        [("username", "pat"), ("email", "pat@example.com"), ("password1", p), ("password2", p)]
    };
    let short = app.post_form("/accounts/register/", &form("abcdefghijk")).await.text().await.unwrap();
    assert!(short.contains("This password is too short. It must contain at least 12 characters."));
    assert_eq!(
        app.post_form("/accounts/register/", &form("123456789012")).await.status(),
        302,
        "numeric allowed"
    );
}

#[tokio::test]
async fn with_unique_addresses_an_active_account_is_told_by_mail_and_nothing_is_created() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUniqueEmail")]).await;
    assert_eq!(post(&app, "wes", "wes@example.com", None).await.0, 302);
    let mail = app.wait_for_mails(1, std::time::Duration::from_secs(10)).await.remove(0);
    assert_eq!(app.post(&crate::harness::activation_path(&mail)).await.status(), 302);
    let (status, _) = post(&app, "wes2", "WES@example.com", None).await;
    assert_eq!(status, 302, "the answer of a successful registration");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1, "nothing created");
    let mails = app.wait_for_mails(2, std::time::Duration::from_secs(10)).await;
    let told =
        mails.iter().find(|m| m.contains("already have an account")).expect("an 'account exists' mail");
    assert!(told.contains("To: wes@example.com") && told.contains("/accounts/password/reset/"));
    assert!(!told.contains("/accounts/activate/"), "no activation link");
    assert!(!told.contains("wes2"), "the visitor's username is not echoed");
}
