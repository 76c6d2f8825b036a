//! The actions of the door matrix with their inputs, and the setup its tests share (a pending
//! registration, an active user, a logged-in session).

use crate::doors::{client, json_outcome, Action, Door, Outcome};
use crate::harness::{activation_path, TestApp};
use reqwest::Client;
use std::time::Duration;

pub const PASSWORD: &str = "s3cret-Passw0rd!";
pub const NEW_PASSWORD: &str = "An0ther-s3cret!";
pub const MAIL_WAIT: Duration = Duration::from_secs(10);
pub const QUIET: Duration = Duration::from_millis(1500);

pub fn register(username: &str, email: &str) -> Action {
    Action::new("register", "/accounts/register/", "/accounts/register/complete/")
        .field("username", username)
        .field("email", email)
        .field("password1", PASSWORD)
        .field("password2", PASSWORD)
}

pub fn login(username: &str, password: &str) -> Action {
    Action::new("login", "/accounts/login/", "/accounts/profile/")
        .field("username", username)
        .field("password", password)
}

pub fn email_action(name: &'static str, path: &str, done: &'static str, email: &str) -> Action {
    Action::new(name, path, done).field("email", email)
}

pub fn resend(email: &str) -> Action {
    email_action("resend", "/accounts/activate/resend/", "", email)
}

pub fn reset(email: &str) -> Action {
    email_action("password_reset", "/accounts/password/reset/", "/accounts/password/reset/done/", email)
}

pub fn change(old: &str, new: &str) -> Action {
    Action::new("password_change", "/accounts/password/change/", "/accounts/password/change/done/")
        .field("old_password", old)
        .field("new_password1", new)
        .field("new_password2", new)
}

pub fn reset_confirm(token: &str, new1: &str, new2: &str) -> Action {
    let path = format!("/accounts/password/reset/confirm/{token}/");
    Action::new("password_reset_confirm", &path, "/accounts/password/reset/complete/")
        .extra("token", token)
        .field("new_password1", new1)
        .field("new_password2", new2)
}

pub fn activate(key: &str) -> Action {
    Action::new("activate", &format!("/accounts/activate/{key}/"), "/accounts/activate/complete/")
        .extra("key", key)
}

/// The expired page's "send me a new link" (no server function: that page has no island).
pub fn renew(key: &str) -> Action {
    Action::new("renew", &format!("/accounts/activate/{key}/renew/"), "").extra("key", key)
}

pub fn delete_account(password: &str) -> Action {
    Action::new("delete_account", "/accounts/delete/", "/accounts/delete/done/").field("password", password)
}

pub fn email_change(email: &str, password: &str) -> Action {
    Action::new("email_change", "/accounts/email/change/", "/accounts/email/change/done/")
        .field("email", email)
        .field("password", password)
}

pub fn email_confirm(token: &str) -> Action {
    let path = format!("/accounts/email/confirm/{token}/");
    Action::new("email_change_confirm", &path, "/accounts/email/confirm/complete/").extra("token", token)
}

pub fn not_me(token: &str) -> Action {
    Action::new("not_me", &format!("/accounts/not-me/{token}/"), "/accounts/not-me/done/")
        .extra("token", token)
}

pub fn end_session(id: &str) -> Action {
    Action::new("end_session", "/accounts/sessions/end/", "/accounts/profile/").field("session", id)
}

pub fn end_other_sessions() -> Action {
    Action::new("end_other_sessions", "/accounts/sessions/end-others/", "/accounts/profile/")
}

pub fn set_language(language: &str) -> Action {
    Action::new("language", "/accounts/language/", "/accounts/profile/").field("language", language)
}

pub fn logout() -> Action {
    Action::new("logout", "/accounts/logout/", "/accounts/logout/?done=1")
}

pub async fn users(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM users").await
}

pub async fn outbox(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM email_outbox").await
}

/// Registers and activates `username` through the plain form.
pub async fn active_user(app: &TestApp, username: &str) {
    let key = pending_key(app, username).await;
    assert_eq!(app.post(&format!("/accounts/activate/{key}/")).await.status(), 302);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM users WHERE username = '{username}' AND is_active")).await,
        1
    );
}

/// Registers `username` through the plain form and returns the key from its mail.
pub async fn pending_key(app: &TestApp, username: &str) -> String {
    let before = crate::harness::read_mails(&app.mail_dir).len();
    let email = format!("{username}@example.com");
    assert_eq!(register(username, &email).send(app, &client(), Door::Form).await, Outcome::Done);
    let mails = app.wait_for_mails(before + 1, MAIL_WAIT).await;
    let mail = mails.iter().find(|m| m.contains(&format!("To: {email}"))).expect("the activation mail");
    activation_path(mail).trim_start_matches("/accounts/activate/").trim_end_matches('/').to_owned()
}

pub async fn logged_in(app: &TestApp, username: &str) -> Client {
    let session = client();
    assert_eq!(login(username, PASSWORD).send(app, &session, Door::Form).await, Outcome::Done);
    session
}

pub async fn me(app: &TestApp, session: &Client) -> Outcome {
    json_outcome(session.get(app.url("/api/v1/me")).send().await.unwrap()).await
}
