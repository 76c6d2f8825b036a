//! Security notices after a password change or reset and an email change, and their "this
//! wasn't me" link: a GET only asks; the POST ends every session of the account, locks its
//! password, returns it to the notice's address and mails a reset link there. Every door.

use crate::actions::{
    active_user, change, email_change, email_confirm, logged_in, login, me, not_me, reset, reset_confirm,
    MAIL_WAIT, NEW_PASSWORD, PASSWORD,
};
use crate::doors::{client, Door, Outcome, ALL};
use crate::email_change::mail_to;
use crate::harness::{client_with, link_token, reset_path, TestApp};
use registration::server::services::events::Event;

const NOT_ME: &str = "/accounts/not-me/";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

fn firefox() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::USER_AGENT, FIREFOX.parse().unwrap());
    client_with(headers)
}

#[tokio::test]
async fn this_wasnt_me_ends_the_intruders_session_locks_the_password_and_mails_a_reset_link_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "vera").await;
        let intruder = firefox();
        assert_eq!(login("vera", PASSWORD).send(&app, &intruder, Door::Form).await, Outcome::Done);
        assert_eq!(change(PASSWORD, NEW_PASSWORD).send(&app, &intruder, Door::Form).await, Outcome::Done);
        let mails = app.wait_for_mails(2, MAIL_WAIT).await;
        let notice = mail_to(&mails, "vera@example.com", "was changed");
        assert!(notice.contains("Firefox on Linux") && notice.contains("127.0.0.1"), "{door:?}: {notice}");
        let token = link_token(&notice, NOT_ME);

        let page = client().get(app.url(&format!("{NOT_ME}{token}/"))).send().await.unwrap();
        assert_eq!(page.headers()["referrer-policy"], "same-origin");
        assert!(page.text().await.unwrap().contains("Secure my account"));
        assert!(matches!(me(&app, &intruder).await, Outcome::Done), "{door:?}: a GET changes nothing");
        let mut events = app.core.events.subscribe();

        assert_eq!(not_me(&token).send(&app, &client(), door).await, Outcome::Done, "{door:?}");

        assert_eq!(me(&app, &intruder).await, Outcome::LoginRequired, "{door:?}: the intruder is out");
        assert_eq!(app.count("SELECT COUNT(*) FROM user_sessions").await, 0, "{door:?}");
        for password in [PASSWORD, NEW_PASSWORD] {
            let again = login("vera", password).send(&app, &client(), Door::Json).await;
            assert_eq!(again, Outcome::Invalid(vec!["__all__".into()]), "{door:?}: {password} is locked");
        }
        assert!(matches!(events.try_recv().unwrap().event, Event::AccountLocked { .. }), "{door:?}");
        let mails = app.wait_for_mails(3, MAIL_WAIT).await;
        let reset_mail = mail_to(&mails, "vera@example.com", "/accounts/password/reset/confirm/");
        let reset_token = reset_path(&reset_mail).split('/').nth(5).unwrap().to_owned();
        let chosen = "Yet-an0ther-secret!";
        assert_eq!(
            reset_confirm(&reset_token, chosen, chosen).send(&app, &client(), Door::Form).await,
            Outcome::Done
        );
        assert_eq!(login("vera", chosen).send(&app, &client(), Door::Form).await, Outcome::Done, "{door:?}");
        assert_eq!(not_me(&token).send(&app, &client(), door).await, Outcome::Refused, "{door:?}: once");
    }
}

#[tokio::test]
async fn a_hijacked_address_returns_to_its_owner_and_the_reset_link_goes_there() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "walt").await;
        let intruder = logged_in(&app, "walt").await;
        assert_eq!(
            email_change("thief@example.net", PASSWORD).send(&app, &intruder, Door::Json).await,
            Outcome::Done
        );
        let mails = app.wait_for_mails(3, MAIL_WAIT).await;
        let confirm = link_token(
            &mail_to(&mails, "thief@example.net", "/accounts/email/confirm/"),
            "/accounts/email/confirm/",
        );
        assert_eq!(email_confirm(&confirm).send(&app, &intruder, Door::Json).await, Outcome::Done);
        let mails = app.wait_for_mails(4, MAIL_WAIT).await;
        let notice = mail_to(&mails, "walt@example.com", "now uses the address thief@example.net");

        assert_eq!(not_me(&link_token(&notice, NOT_ME)).send(&app, &client(), door).await, Outcome::Done);

        let email = app.strings("SELECT email FROM users WHERE username = 'walt'").await.remove(0);
        assert_eq!(email, "walt@example.com", "{door:?}: the address is back");
        let mails = app.wait_for_mails(5, MAIL_WAIT).await;
        let reset_mail = mail_to(&mails, "walt@example.com", "/accounts/password/reset/confirm/");
        assert!(!reset_mail.contains("To: thief@example.net"), "{door:?}");
        assert_eq!(me(&app, &intruder).await, Outcome::LoginRequired, "{door:?}");
    }
}

#[tokio::test]
async fn a_password_reset_and_an_email_change_request_send_notices_without_access() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "xena").await;
    assert_eq!(reset("xena@example.com").send(&app, &client(), Door::Json).await, Outcome::Done);
    let mails = app.wait_for_mails(2, MAIL_WAIT).await;
    let reset_token = reset_path(&mail_to(&mails, "xena@example.com", "/accounts/password/reset/confirm/"))
        .split('/')
        .nth(5)
        .unwrap()
        .to_owned();
    assert_eq!(
        reset_confirm(&reset_token, NEW_PASSWORD, NEW_PASSWORD).send(&app, &client(), Door::Json).await,
        Outcome::Done
    );
    let mails = app.wait_for_mails(3, MAIL_WAIT).await;
    let notice = mail_to(&mails, "xena@example.com", "was reset");
    assert!(!notice.contains(&reset_token), "a notice carries no token that grants access");
    assert!(notice.contains(NOT_ME));
    let session = client();
    assert_eq!(login("xena", NEW_PASSWORD).send(&app, &session, Door::Json).await, Outcome::Done);
    assert_eq!(
        email_change("xena@example.org", NEW_PASSWORD).send(&app, &session, Door::Json).await,
        Outcome::Done
    );
    let mails = app.wait_for_mails(5, MAIL_WAIT).await;
    let requested = mail_to(&mails, "xena@example.com", "asked to move your account");
    assert!(requested.contains("xena@example.org") && requested.contains(NOT_ME));
    assert!(
        !requested.contains("/accounts/email/confirm/"),
        "the confirmation link goes to the new address only"
    );
}
