//! The door matrix: every action through every door (plain form, server function, JSON API)
//! gives the same outcome and leaves the same state — database rows, mail, events — with
//! its gates switched off, for a logged-in visitor, for a rate-limited client, and for
//! addresses that must not be told apart. The suite runs on both engines (`TEST_DATABASE`).

use crate::actions::*;
use crate::doors::{client, json_outcome, Action, Door, Outcome, ALL};
use crate::harness::{count_stays as stays, reset_path, TestApp};
use registration::server::services::events::Event;

#[tokio::test]
async fn register_creates_one_inactive_account_one_mail_and_one_event_through_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let mut events = app.core.events.subscribe();
        assert_eq!(
            register("alice", "alice@example.com").send(&app, &client(), door).await,
            Outcome::Done,
            "{door:?}"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE NOT is_active").await, 1, "{door:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM registration_profiles").await, 1, "{door:?}");
        assert_eq!(app.wait_for_mails(1, MAIL_WAIT).await.len(), 1, "{door:?}");
        let notice = events.try_recv().expect("an event");
        assert!(matches!(notice.event, Event::UserRegistered { .. }), "{door:?}: {notice:?}");
        assert!(notice.request.is_some_and(|r| r.request_id.is_some()), "{door:?}: the request is named");
    }
}

#[tokio::test]
async fn invalid_registrations_change_nothing_and_name_the_same_fields_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let action = Action::new("register", "/accounts/register/", "/accounts/register/complete/")
            .field("username", "bad name!")
            .field("email", "not-an-address")
            .field("password1", PASSWORD)
            .field("password2", "different");
        let outcome = action.send(&app, &client(), door).await;
        assert_eq!(
            outcome,
            Outcome::Invalid(vec!["email".into(), "password2".into(), "username".into()]),
            "{door:?}"
        );
        assert_eq!((users(&app).await, outbox(&app).await), (0, 0), "{door:?}");
    }
}

#[tokio::test]
async fn registration_switched_off_is_a_404_on_every_door_and_creates_nothing() {
    for door in ALL {
        let app = TestApp::spawn(&[("INCLUDE_REGISTER_URL", "false")]).await;
        assert_eq!(
            register("mallory", "m@example.com").send(&app, &client(), door).await,
            Outcome::NotFound,
            "{door:?}"
        );
        assert_eq!((users(&app).await, outbox(&app).await), (0, 0), "{door:?}");
    }
}

#[tokio::test]
async fn closed_registration_says_so_on_every_door_and_creates_nothing() {
    for door in ALL {
        let app = TestApp::spawn(&[("REGISTRATION_OPEN", "false")]).await;
        assert_eq!(
            register("mallory", "m@example.com").send(&app, &client(), door).await,
            Outcome::Closed,
            "{door:?}"
        );
        assert_eq!((users(&app).await, outbox(&app).await), (0, 0), "{door:?}");
    }
}

#[tokio::test]
async fn a_logged_in_visitor_is_sent_away_from_registration_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "carol").await;
        let session = logged_in(&app, "carol").await;
        let outcome = register("second", "second@example.com").send(&app, &session, door).await;
        assert_eq!(outcome, Outcome::AlreadyLoggedIn, "{door:?}");
        assert_eq!(users(&app).await, 1, "{door:?}");
    }
}

#[tokio::test]
async fn a_client_over_its_quota_is_refused_on_every_door_before_anything_happens() {
    for door in ALL {
        let app = TestApp::spawn(&[("RATE_LIMIT_PER_IP", "1")]).await;
        let session = client();
        assert_eq!(register("first", "first@example.com").send(&app, &session, door).await, Outcome::Done);
        let outcome = register("second", "second@example.com").send(&app, &session, door).await;
        assert_eq!(outcome, Outcome::RateLimited, "{door:?}");
        assert_eq!(users(&app).await, 1, "{door:?}");
        for action in [login("first", "wrong"), reset("first@example.com"), resend("first@example.com")] {
            assert_ne!(action.send(&app, &session, door).await, Outcome::RateLimited, "{door:?}: own quota");
            assert_eq!(
                action.send(&app, &session, door).await,
                Outcome::RateLimited,
                "{door:?} {}",
                action.name
            );
        }
    }
}

#[tokio::test]
async fn resend_answers_alike_for_pending_and_unknown_addresses_and_mails_only_the_pending() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        pending_key(&app, "dave").await;
        assert_eq!(resend("nobody@example.com").send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        stays(&app, "SELECT COUNT(*) FROM email_outbox", 1, QUIET).await;
        assert_eq!(resend("DAVE@example.com").send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        assert_eq!(app.wait_for_mails(2, MAIL_WAIT).await.len(), 2, "{door:?}");
        let outcome = resend("no-at-sign").send(&app, &client(), door).await;
        assert_eq!(outcome, Outcome::Invalid(vec!["email".into()]), "{door:?}");
    }
}

#[tokio::test]
async fn confirming_an_activation_activates_once_and_logs_in_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("REGISTRATION_AUTO_LOGIN", "true")]).await;
        let key = pending_key(&app, "erin").await;
        let probe = format!("/api/v1/activation/{key}");
        assert_eq!(json_outcome(app.get(&probe).await).await, Outcome::Done, "the key is pending");
        let session = client();
        let mut events = app.core.events.subscribe();
        assert_eq!(activate(&key).send(&app, &session, door).await, Outcome::Done, "{door:?}");
        assert!(matches!(events.try_recv().unwrap().event, Event::UserActivated { .. }), "{door:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active").await, 1, "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::Done, "{door:?}: logged in");
        assert_eq!(activate(&key).send(&app, &client(), door).await, Outcome::Refused, "{door:?}: used");
        assert_eq!(json_outcome(app.get(&probe).await).await, Outcome::Refused, "the probe tells");
        assert_eq!(activate(&"0".repeat(40)).send(&app, &client(), door).await, Outcome::Refused, "{door:?}");
    }
}

#[tokio::test]
async fn following_a_link_activates_nothing_and_the_button_activates_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let key = pending_key(&app, "fay").await;
        let page = app.get(&format!("/accounts/activate/{key}/")).await.text().await.unwrap();
        assert!(page.contains(">fay<") && page.contains("Activate my account"), "{door:?}");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM users WHERE is_active").await,
            0,
            "{door:?}: GET changes nothing"
        );
        let session = client();
        assert_eq!(activate(&key).send(&app, &session, door).await, Outcome::Done, "{door:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active").await, 1, "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::LoginRequired, "{door:?}: no login without auto-login");
    }
}

#[tokio::test]
async fn an_expired_link_renews_in_one_click_on_the_form_and_the_api() {
    for door in [Door::Form, Door::Json] {
        let app = TestApp::spawn(&[]).await;
        let key = pending_key(&app, "gus").await;
        app.exec("UPDATE users SET date_joined = $1", chrono::Utc::now().timestamp_millis() - 8 * 86_400_000)
            .await;
        let page = app.get(&format!("/accounts/activate/{key}/")).await.text().await.unwrap();
        assert!(
            page.contains(&format!("action=\"/accounts/activate/{key}/renew/\"")),
            "{door:?}: the button"
        );
        assert_eq!(renew(&"0".repeat(40)).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        stays(&app, "SELECT COUNT(*) FROM email_outbox", 1, QUIET).await;
        assert_eq!(renew(&key).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        let mails = app.wait_for_mails(2, MAIL_WAIT).await;
        let fresh =
            mails.iter().map(|m| crate::harness::activation_path(m)).find(|p| !p.contains(&key)).unwrap();
        assert_eq!(app.post(&fresh).await.status(), 302, "{door:?}: the new link activates");
    }
}

#[tokio::test]
async fn login_works_and_fails_alike_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "frank").await;
        let session = client();
        let wrong = login("frank", "wrong-password").send(&app, &session, door).await;
        assert_eq!(wrong, Outcome::Invalid(vec!["__all__".into()]), "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::LoginRequired, "{door:?}");
        let mut events = app.core.events.subscribe();
        assert_eq!(login("FRANK", PASSWORD).send(&app, &session, door).await, Outcome::Done, "{door:?}");
        assert!(matches!(events.try_recv().unwrap().event, Event::UserLoggedIn { .. }), "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::Done, "{door:?}: the session is logged in");
        assert_eq!(logout().send(&app, &session, door).await, Outcome::Done, "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::LoginRequired, "{door:?}: logged out");
    }
}

#[tokio::test]
async fn the_account_views_switched_off_are_a_404_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("INCLUDE_AUTH_URLS", "false")]).await;
        active_user(&app, "grace").await;
        for action in [
            login("grace", PASSWORD),
            logout(),
            change(PASSWORD, NEW_PASSWORD),
            reset("grace@example.com"),
            reset_confirm(&"a".repeat(64), NEW_PASSWORD, NEW_PASSWORD),
        ] {
            assert_eq!(
                action.send(&app, &client(), door).await,
                Outcome::NotFound,
                "{door:?} {}",
                action.name
            );
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM email_outbox").await,
            1,
            "{door:?}: only the activation mail"
        );
        assert_eq!(me(&app, &client()).await, Outcome::NotFound);
    }
}

#[tokio::test]
async fn password_change_needs_a_login_and_the_old_password_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "heidi").await;
        assert_eq!(change(PASSWORD, NEW_PASSWORD).send(&app, &client(), door).await, Outcome::LoginRequired);
        let session = logged_in(&app, "heidi").await;
        let wrong = change("not-it", NEW_PASSWORD).send(&app, &session, door).await;
        assert_eq!(wrong, Outcome::Invalid(vec!["old_password".into()]), "{door:?}");
        let mut events = app.core.events.subscribe();
        let changed = change(PASSWORD, NEW_PASSWORD).send(&app, &session, door).await;
        assert_eq!(changed, Outcome::Done, "{door:?}");
        assert!(matches!(events.try_recv().unwrap().event, Event::PasswordChanged { .. }), "{door:?}");
        assert_eq!(me(&app, &session).await, Outcome::Done, "{door:?}: this session stays");
        assert_eq!(login("heidi", NEW_PASSWORD).send(&app, &client(), Door::Json).await, Outcome::Done);
    }
}

#[tokio::test]
async fn password_reset_answers_alike_and_its_link_works_once_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "ivan").await;
        assert_eq!(reset("nobody@example.com").send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        stays(&app, "SELECT COUNT(*) FROM email_outbox", 1, QUIET).await;
        assert_eq!(reset("IVAN@example.com").send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        let mails = app.wait_for_mails(2, MAIL_WAIT).await;
        let mail = mails.iter().find(|m| m.contains("password/reset/confirm")).expect("a reset mail");
        let token = reset_path(mail)
            .trim_start_matches("/accounts/password/reset/confirm/")
            .trim_end_matches('/')
            .to_owned();
        let mismatch = reset_confirm(&token, NEW_PASSWORD, "other").send(&app, &client(), door).await;
        assert_eq!(mismatch, Outcome::Invalid(vec!["new_password2".into()]), "{door:?}");
        let mut events = app.core.events.subscribe();
        let done = reset_confirm(&token, NEW_PASSWORD, NEW_PASSWORD).send(&app, &client(), door).await;
        assert_eq!(done, Outcome::Done, "{door:?}");
        assert!(matches!(events.try_recv().unwrap().event, Event::PasswordReset { .. }), "{door:?}");
        let again = reset_confirm(&token, NEW_PASSWORD, NEW_PASSWORD).send(&app, &client(), door).await;
        assert_eq!(again, Outcome::Refused, "{door:?}: used");
        assert!(events.try_recv().is_err(), "{door:?}: nothing fires for a used link");
        assert_eq!(login("ivan", NEW_PASSWORD).send(&app, &client(), Door::Json).await, Outcome::Done);
    }
}

#[tokio::test]
async fn a_filled_trap_field_gets_the_answer_of_a_success_and_creates_nothing_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let bot = register("bot", "bot@example.com").field("website", "https://spam.example/");
        assert_eq!(bot.send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        assert_eq!(app.core.metrics.honeypot_catches.get(), 1, "{door:?}");
        assert_eq!(users(&app).await, 0, "{door:?}");
        stays(&app, "SELECT COUNT(*) FROM email_outbox", 0, QUIET).await;
        let person = register("person", "person@example.com").field("website", "");
        assert_eq!(
            person.send(&app, &client(), door).await,
            Outcome::Done,
            "{door:?}: an empty trap is fine"
        );
        assert_eq!(users(&app).await, 1, "{door:?}");
    }
}

#[tokio::test]
async fn an_address_over_its_mail_budget_gets_the_usual_answers_and_no_more_mail_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[("MAIL_BUDGET_PER_ADDRESS", "2"), ("RATE_LIMITS_ENABLED", "false")]).await;
        pending_key(&app, "dave").await;
        active_user(&app, "carol").await;
        for _ in 0..3 {
            assert_eq!(
                resend("dave@example.com").send(&app, &client(), door).await,
                Outcome::Done,
                "{door:?}"
            );
            assert_eq!(
                reset("carol@example.com").send(&app, &client(), door).await,
                Outcome::Done,
                "{door:?}"
            );
        }
        let over = |kind: &str| app.core.metrics.mails_over_budget.with_label_values(&[kind]).get();
        let deadline = std::time::Instant::now() + MAIL_WAIT;
        while (over("resend"), over("password_reset")) != (2, 2) && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert_eq!((over("resend"), over("password_reset")), (2, 2), "{door:?}: two of each over budget");
        let to =
            |who: &str| format!("SELECT COUNT(*) FROM email_outbox WHERE recipient = '{who}@example.com'");
        assert_eq!((app.count(&to("dave")).await, app.count(&to("carol")).await), (2, 2), "{door:?}");
        let over_budget = register("dave2", "DAVE@example.com").send(&app, &client(), door).await;
        assert_eq!(over_budget, Outcome::Done, "{door:?}: a registration still succeeds");
        assert_eq!(over("activation"), 1, "{door:?}: without its mail");
        assert_eq!(app.count(&to("dave")).await, 2, "{door:?}");
    }
}
