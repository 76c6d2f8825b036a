//! "Delete my account": the current password confirms it; one transaction removes the user,
//! its profile and reset tokens and queues a goodbye mail; the username and address are free
//! at once, every session of the account ends, and `UserDeleted` fires. Every door.

use crate::actions::{
    active_user, delete_account, logged_in, me, register, reset, users, MAIL_WAIT, PASSWORD,
};
use crate::doors::{client, Outcome, ALL};
use crate::harness::TestApp;
use registration::server::services::events::Event;

#[tokio::test]
async fn the_right_password_deletes_everything_of_the_account_and_frees_its_names_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "gina").await;
        let session = logged_in(&app, "gina").await;
        let elsewhere = logged_in(&app, "gina").await;
        assert_eq!(reset("gina@example.com").send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        app.count_eventually("SELECT COUNT(*) FROM password_reset_tokens", 1, MAIL_WAIT).await;
        let mails_before = app.wait_for_mails(2, MAIL_WAIT).await.len();
        let mut events = app.core.events.subscribe();

        assert_eq!(delete_account(PASSWORD).send(&app, &session, door).await, Outcome::Done, "{door:?}");

        assert_eq!(users(&app).await, 0, "{door:?}");
        for table in ["registration_profiles", "password_reset_tokens"] {
            assert_eq!(app.count(&format!("SELECT COUNT(*) FROM {table}")).await, 0, "{door:?}: {table}");
        }
        let mails = app.wait_for_mails(mails_before + 1, MAIL_WAIT).await;
        let goodbye = mails.iter().find(|m| m.contains("has been deleted")).expect("a goodbye mail");
        assert!(goodbye.contains("To: gina@example.com"), "{door:?}: {goodbye}");
        let notice = events.try_recv().expect("an event");
        assert!(
            matches!(notice.event, Event::UserDeleted { ref username, .. } if username == "gina"),
            "{door:?}"
        );
        assert_eq!(me(&app, &session).await, Outcome::LoginRequired, "{door:?}: this session ended");
        assert_eq!(me(&app, &elsewhere).await, Outcome::LoginRequired, "{door:?}: so did every other");
        let again = register("gina", "gina@example.com").send(&app, &client(), door).await;
        assert_eq!(again, Outcome::Done, "{door:?}: the username and address are free");
    }
}

#[tokio::test]
async fn a_wrong_or_missing_password_deletes_nothing_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "hank").await;
        let session = logged_in(&app, "hank").await;
        for password in ["wrong-password", ""] {
            let outcome = delete_account(password).send(&app, &session, door).await;
            assert_eq!(outcome, Outcome::Invalid(vec!["password".into()]), "{door:?} {password:?}");
        }
        assert_eq!(users(&app).await, 1, "{door:?}");
        assert!(matches!(me(&app, &session).await, Outcome::Done), "{door:?}: still logged in");
        assert_eq!(
            delete_account(PASSWORD).send(&app, &client(), door).await,
            Outcome::LoginRequired,
            "{door:?}"
        );
        assert_eq!(users(&app).await, 1, "{door:?}: an anonymous visitor deletes nothing");
    }
}

#[tokio::test]
async fn the_deletion_page_asks_for_the_password_and_names_the_account() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "iris").await;
    let session = logged_in(&app, "iris").await;
    let page = session.get(app.url("/accounts/delete/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("iris") && page.contains("iris@example.com"), "{page}");
    assert!(page.contains(r#"name="password""#) && page.contains("Delete my account"), "{page}");
    let profile = session.get(app.url("/accounts/profile/")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains(r#"href="/accounts/delete/""#), "{profile}");
    let anonymous = client().get(app.url("/accounts/delete/")).send().await.unwrap();
    assert_eq!(anonymous.status(), 302, "login required");
    let wrong = [("password", "nope-nope-nope")];
    let html =
        session.post(app.url("/accounts/delete/")).form(&wrong).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Your password was entered incorrectly. Please enter it again."), "{html}");
}

#[tokio::test]
async fn guessing_the_password_through_deletion_or_password_change_is_rate_limited_on_every_door() {
    use crate::actions::{change, NEW_PASSWORD};
    for door in ALL {
        let app = TestApp::spawn(&[("RATE_LIMIT_PER_TARGET", "3")]).await;
        active_user(&app, "joan").await;
        let session = logged_in(&app, "joan").await;
        let wrong = Outcome::Invalid(vec!["password".into()]);
        assert_eq!(delete_account("guess-one-1").send(&app, &session, door).await, wrong, "{door:?}");
        assert_eq!(delete_account("guess-two-2").send(&app, &session, door).await, wrong, "{door:?}");
        let old_wrong = change("guess-three-3", NEW_PASSWORD).send(&app, &session, door).await;
        assert_eq!(old_wrong, Outcome::Invalid(vec!["old_password".into()]), "{door:?}");
        for attempt in [delete_account(PASSWORD), change(PASSWORD, NEW_PASSWORD)] {
            assert_eq!(attempt.send(&app, &session, door).await, Outcome::RateLimited, "{door:?}");
        }
        assert_eq!(users(&app).await, 1, "{door:?}: nothing was deleted");
    }
}
