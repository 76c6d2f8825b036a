//! Email change with re-confirmation: the current password confirms the request, the new
//! address gets a single-use link bound to it, the old address a notice; the account keeps its
//! address until the link is followed, and `RegistrationFormUniqueEmail` is decided then, in
//! the write transaction. Every door, both engines.

use crate::actions::{active_user, email_change, email_confirm, logged_in, login, MAIL_WAIT, PASSWORD};
use crate::doors::{client, Door, Outcome, ALL};
use crate::harness::{link_token, TestApp};
use registration::server::services::events::Event;

const CONFIRM: &str = "/accounts/email/confirm/";
const NOT_ME: &str = "/accounts/not-me/";

/// The newest mail to `to` whose text contains `needle`.
pub fn mail_to(mails: &[String], to: &str, needle: &str) -> String {
    let to = format!("To: {to}");
    mails
        .iter()
        .find(|m| m.contains(&to) && m.replace("=\r\n", "").replace("=\n", "").contains(needle))
        .unwrap_or_else(|| panic!("a mail to {to} with {needle:?} among {mails:#?}"))
        .clone()
}

async fn address_of(app: &TestApp, username: &str) -> String {
    app.strings(&format!("SELECT email FROM users WHERE username = '{username}'")).await.remove(0)
}

#[tokio::test]
async fn a_confirmed_change_moves_the_account_and_tells_the_old_address_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("LOGIN_FIELD", "either")]).await;
        active_user(&app, "olga").await;
        let session = logged_in(&app, "olga").await;
        let mut events = app.core.events.subscribe();

        let outcome = email_change("olga@New.Example", PASSWORD).send(&app, &session, door).await;

        assert_eq!(outcome, Outcome::Done, "{door:?}");
        let mails = app.wait_for_mails(3, MAIL_WAIT).await;
        let confirmation = mail_to(&mails, "olga@new.example", CONFIRM);
        let token = link_token(&confirmation, CONFIRM);
        let notice = mail_to(&mails, "olga@example.com", "olga@new.example");
        assert!(notice.contains(NOT_ME) && !notice.contains(&token), "{door:?}: {notice}");
        assert_eq!(address_of(&app, "olga").await, "olga@example.com", "{door:?}: not before the link");
        let stored = app.strings("SELECT token_hash FROM email_changes").await;
        assert!(stored.len() == 1 && stored[0] != token, "{door:?}: only a hash is stored");
        assert!(matches!(events.try_recv().unwrap().event, Event::EmailChangeRequested { .. }), "{door:?}");

        let page = client().get(app.url(&format!("{CONFIRM}{token}/"))).send().await.unwrap();
        assert_eq!(page.headers()["referrer-policy"], "same-origin");
        let html = page.text().await.unwrap();
        assert!(html.contains("olga@new.example") && html.contains("Use this address"), "{html}");
        assert_eq!(address_of(&app, "olga").await, "olga@example.com", "{door:?}: a GET changes nothing");

        assert_eq!(email_confirm(&token).send(&app, &client(), door).await, Outcome::Done, "{door:?}");

        assert_eq!(address_of(&app, "olga").await, "olga@new.example", "{door:?}");
        let mails = app.wait_for_mails(4, MAIL_WAIT).await;
        let changed = mail_to(&mails, "olga@example.com", "now uses the address olga@new.example");
        assert!(changed.contains(NOT_ME), "{door:?}");
        assert!(matches!(events.try_recv().unwrap().event, Event::EmailChanged { .. }), "{door:?}");
        assert_eq!(
            email_confirm(&token).send(&app, &client(), door).await,
            Outcome::Refused,
            "{door:?}: once"
        );
        let by_address = login("olga@new.example", PASSWORD).send(&app, &client(), door).await;
        assert_eq!(by_address, Outcome::Done, "{door:?}: the new address signs in");
        let old = login("olga@example.com", PASSWORD).send(&app, &client(), door).await;
        assert_eq!(old, Outcome::Invalid(vec!["__all__".into()]), "{door:?}: the old one no longer does");
    }
}

#[tokio::test]
async fn a_second_request_kills_the_first_link_and_a_link_confirms_only_its_own_address() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "pia").await;
        let session = logged_in(&app, "pia").await;
        assert_eq!(
            email_change("first@example.org", PASSWORD).send(&app, &session, door).await,
            Outcome::Done
        );
        let mails = app.wait_for_mails(3, MAIL_WAIT).await;
        let first = link_token(&mail_to(&mails, "first@example.org", CONFIRM), CONFIRM);
        assert_eq!(
            email_change("second@example.org", PASSWORD).send(&app, &session, door).await,
            Outcome::Done
        );
        let mails = app.wait_for_mails(5, MAIL_WAIT).await;
        let second = link_token(&mail_to(&mails, "second@example.org", CONFIRM), CONFIRM);

        assert_eq!(email_confirm(&first).send(&app, &client(), door).await, Outcome::Refused, "{door:?}");
        assert_eq!(address_of(&app, "pia").await, "pia@example.com", "{door:?}");
        assert_eq!(email_confirm(&second).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        assert_eq!(address_of(&app, "pia").await, "second@example.org", "{door:?}: the link's own address");
        let forged = "0".repeat(64);
        assert_eq!(email_confirm(&forged).send(&app, &client(), door).await, Outcome::Refused, "{door:?}");
    }
}

#[tokio::test]
async fn a_bad_request_changes_nothing_and_mails_nobody_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormNoFreeEmail")]).await;
        active_user(&app, "quinn").await;
        let session = logged_in(&app, "quinn").await;
        let cases = [
            ("new@example.org", "wrong-password", vec!["password"]),
            ("new@example.org", "", vec!["password"]),
            ("QUINN@example.com", PASSWORD, vec!["email"]),
            ("not an address", PASSWORD, vec!["email"]),
            ("quinn@gmail.com", PASSWORD, vec!["email"]),
        ];
        for (email, password, fields) in cases {
            let outcome = email_change(email, password).send(&app, &session, door).await;
            let fields = fields.into_iter().map(String::from).collect();
            assert_eq!(outcome, Outcome::Invalid(fields), "{door:?} {email} {password:?}");
        }
        let anonymous = email_change("new@example.org", PASSWORD).send(&app, &client(), door).await;
        assert_eq!(anonymous, Outcome::LoginRequired, "{door:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM email_changes").await, 0, "{door:?}");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM email_outbox").await,
            1,
            "{door:?}: the activation mail only"
        );
    }
}

#[tokio::test]
async fn with_unique_email_a_taken_address_is_refused_when_the_link_is_followed_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUniqueEmail")]).await;
        active_user(&app, "rhea").await;
        active_user(&app, "sven").await;
        let session = logged_in(&app, "rhea").await;
        let outcome = email_change("sven@example.com", PASSWORD).send(&app, &session, door).await;
        assert_eq!(outcome, Outcome::Done, "{door:?}: the request tells nothing about other accounts");
        let mails = app.wait_for_mails(4, MAIL_WAIT).await;
        let token = link_token(&mail_to(&mails, "sven@example.com", CONFIRM), CONFIRM);
        let outcome = email_confirm(&token).send(&app, &client(), door).await;
        assert_eq!(outcome, Outcome::Invalid(vec!["__all__".into()]), "{door:?}");
        assert_eq!(address_of(&app, "rhea").await, "rhea@example.com", "{door:?}");
    }
}

#[tokio::test]
async fn two_accounts_racing_for_one_address_with_unique_email_exactly_one_wins() {
    let app = TestApp::spawn(&[("REGISTRATION_FORM", "RegistrationFormUniqueEmail")]).await;
    let mut tokens = Vec::new();
    for name in ["tara", "ugo"] {
        active_user(&app, name).await;
    }
    for name in ["tara", "ugo"] {
        let session = logged_in(&app, name).await;
        assert_eq!(
            email_change("shared@example.org", PASSWORD).send(&app, &session, Door::Json).await,
            Outcome::Done
        );
    }
    let mails = app.wait_for_mails(6, MAIL_WAIT).await;
    for mail in mails.iter().filter(|m| m.contains("To: shared@example.org")) {
        tokens.push(link_token(mail, CONFIRM));
    }
    assert_eq!(tokens.len(), 2);
    let (first, second) = (email_confirm(&tokens[0]), email_confirm(&tokens[1]));
    let (one, two) = (client(), client());
    let (a, b) = tokio::join!(first.send(&app, &one, Door::Json), second.send(&app, &two, Door::Json));
    let mut outcomes = [a, b];
    outcomes.sort_by_key(|o| format!("{o:?}"));
    assert_eq!(outcomes, [Outcome::Done, Outcome::Invalid(vec!["__all__".into()])]);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE email = 'shared@example.org'").await, 1);
}

#[tokio::test]
async fn guessing_the_password_through_the_email_change_form_is_rate_limited_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("RATE_LIMIT_PER_IP", "3")]).await;
        active_user(&app, "vic").await;
        let session = logged_in(&app, "vic").await;
        for guess in ["guess-one-1", "guess-two-2", "guess-three-3"] {
            let outcome = email_change("vic@example.org", guess).send(&app, &session, door).await;
            assert_eq!(outcome, Outcome::Invalid(vec!["password".into()]), "{door:?}");
        }
        let outcome = email_change("vic@example.org", PASSWORD).send(&app, &session, door).await;
        assert_eq!(outcome, Outcome::RateLimited, "{door:?}: even the right password waits");
        assert_eq!(app.count("SELECT COUNT(*) FROM email_changes").await, 0, "{door:?}");
    }
}
