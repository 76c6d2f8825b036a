//! The language of mail: an account keeps the language it registered in (its `lang` cookie,
//! else its `Accept-Language`, else `LANGUAGE_CODE`, within `LANGUAGES`), and every later
//! mail to it — activation, resend (also from the command line), password reset, "you already
//! have an account" — is written in it, whatever language the later request carries.

use crate::actions::{
    active_user, delete_account, email_change, logged_in, register, resend, reset, set_language, MAIL_WAIT,
    PASSWORD,
};
use crate::doors::{client, Door, Outcome, ALL};
use crate::harness::{base_vars, client_with, run_cli, TestApp};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE, COOKIE};

const FRENCH_ACTIVATION: &str = "Subject: Activation de votre compte sur Test Site";
const GERMAN_ACTIVATION: &str = "Subject: Kontoaktivierung auf Test Site";
const ENGLISH_ACTIVATION: &str = "Subject: Account activation on Test Site";

/// A client that asks for `accept_language`, with a `cookie` header if given.
pub fn browser(accept_language: &str, cookie: Option<&str>) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_str(accept_language).unwrap());
    if let Some(cookie) = cookie {
        headers.insert(COOKIE, HeaderValue::from_str(cookie).unwrap());
    }
    client_with(headers)
}

fn subjects(mails: &[String], to: &str) -> Vec<String> {
    mails
        .iter()
        .filter(|m| m.contains(&format!("To: {to}")))
        .filter_map(|m| m.lines().find(|l| l.starts_with("Subject: ")).map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn an_account_registered_in_french_gets_every_later_mail_in_french_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        let french = browser("fr-CA,fr;q=0.9,en;q=0.5", None);
        let outcome = register("amelie", "amelie@example.com").send(&app, &french, door).await;
        assert_eq!(outcome, Outcome::Done, "{door:?}");
        let mails = app.wait_for_mails(1, MAIL_WAIT).await;
        assert_eq!(subjects(&mails, "amelie@example.com"), [FRENCH_ACTIVATION], "{door:?}");

        let english = browser("en", None);
        assert_eq!(resend("amelie@example.com").send(&app, &english, door).await, Outcome::Done, "{door:?}");
        let mails = app.wait_for_mails(2, MAIL_WAIT).await;
        assert_eq!(subjects(&mails, "amelie@example.com"), [FRENCH_ACTIVATION; 2], "{door:?}: a resend too");
    }
}

#[tokio::test]
async fn a_password_reset_asked_for_in_english_comes_in_the_accounts_language() {
    let app = TestApp::spawn(&[]).await;
    let german = browser("en;q=0.3", Some("lang=de"));
    assert_eq!(register("bernd", "bernd@example.com").send(&app, &german, Door::Form).await, Outcome::Done);
    let mails = app.wait_for_mails(1, MAIL_WAIT).await;
    assert_eq!(subjects(&mails, "bernd@example.com"), [GERMAN_ACTIVATION], "the cookie wins over the header");
    let key = crate::harness::activation_path(&mails[0]);
    assert_eq!(app.post(&key).await.status(), 302);
    assert_eq!(reset("bernd@example.com").send(&app, &browser("en", None), Door::Json).await, Outcome::Done);
    let sql = "SELECT COUNT(*) FROM email_outbox WHERE subject = 'Passwort auf Test Site zurücksetzen'";
    app.count_eventually(sql, 1, MAIL_WAIT).await;
}

#[tokio::test]
async fn the_command_line_resends_in_the_accounts_language_and_languages_limits_the_choice() {
    let db_dir = tempfile::tempdir().unwrap();
    let mail_dir = tempfile::tempdir().unwrap();
    let mut vars = base_vars(db_dir.path(), mail_dir.path()).await;
    vars.insert("LANGUAGES".into(), "en,fr".into());
    let db_url = vars["DATABASE_URL"].clone();
    let app = TestApp::spawn_with(vars).await.keeping(vec![db_dir, mail_dir]);
    let french = browser("fr", None);
    assert_eq!(register("chloe", "chloe@example.com").send(&app, &french, Door::Json).await, Outcome::Done);
    let german = browser("de", None);
    assert_eq!(register("dieter", "dieter@example.com").send(&app, &german, Door::Json).await, Outcome::Done);
    let mails = app.wait_for_mails(2, MAIL_WAIT).await;
    assert_eq!(subjects(&mails, "dieter@example.com"), [ENGLISH_ACTIVATION], "German is not offered here");

    let dir = tempfile::tempdir().unwrap();
    let output = run_cli(dir.path(), &db_url, &["resend", "chloe"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let subjects = app
        .strings("SELECT subject FROM email_outbox WHERE recipient = 'chloe@example.com' ORDER BY id")
        .await;
    assert_eq!(subjects.len(), 2);
    assert!(subjects.iter().all(|s| s.starts_with("Activation de votre compte sur ")), "{subjects:?}");
}

#[tokio::test]
async fn a_sites_own_messages_replace_the_bundled_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("fr")).unwrap();
    std::fs::write(
        dir.path().join("fr/site.ftl"),
        "mail-activation-subject = Bienvenue chez { $site_name } !\n",
    )
    .unwrap();
    let app = TestApp::spawn(&[("LOCALES_DIR", dir.path().to_str().unwrap())]).await;
    active_user(&app, "emma").await;
    assert_eq!(
        register("fanny", "fanny@example.com").send(&app, &browser("fr", None), Door::Form).await,
        Outcome::Done
    );
    let mails = app.wait_for_mails(2, MAIL_WAIT).await;
    assert_eq!(subjects(&mails, "fanny@example.com"), ["Subject: Bienvenue chez Test Site !"]);
    assert_eq!(subjects(&mails, "emma@example.com"), [ENGLISH_ACTIVATION], "other languages keep theirs");
}

#[tokio::test]
async fn the_profile_sets_the_language_of_later_mail_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "gaby").await;
        let session = logged_in(&app, "gaby").await;
        let profile = session.get(app.url("/accounts/profile/")).send().await.unwrap().text().await.unwrap();
        assert!(profile.contains(r#"<option value="en" lang="en" selected"#), "{profile}");

        assert_eq!(set_language("ja").send(&app, &session, door).await, Outcome::Done, "{door:?}");

        let profile = session.get(app.url("/accounts/profile/")).send().await.unwrap().text().await.unwrap();
        assert!(profile.contains(r#"<option value="ja" lang="ja" selected"#), "{door:?}");
        for bad in ["xx", ""] {
            let outcome = set_language(bad).send(&app, &session, door).await;
            assert_eq!(outcome, Outcome::Invalid(vec!["language".into()]), "{door:?} {bad:?}");
        }
        assert_eq!(set_language("fr").send(&app, &client(), door).await, Outcome::LoginRequired, "{door:?}");
        assert_eq!(reset("gaby@example.com").send(&app, &browser("en", None), door).await, Outcome::Done);
        let sql = "SELECT COUNT(*) FROM email_outbox WHERE subject = 'Test Site のパスワードリセット'";
        app.count_eventually(sql, 1, MAIL_WAIT).await;
    }
}

#[tokio::test]
async fn self_service_mail_speaks_the_accounts_language_too() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "hugo").await;
    let session = logged_in(&app, "hugo").await;
    assert_eq!(set_language("fr").send(&app, &session, Door::Json).await, Outcome::Done);
    assert_eq!(
        email_change("hugo@example.org", PASSWORD).send(&app, &session, Door::Json).await,
        Outcome::Done
    );
    assert_eq!(delete_account(PASSWORD).send(&app, &session, Door::Json).await, Outcome::Done);
    for subject in [
        "Confirmez votre nouvelle adresse e-mail sur Test Site",
        "Une nouvelle adresse e-mail a été demandée pour votre compte sur Test Site",
        "Votre compte sur Test Site a été supprimé",
    ] {
        let sql = format!("SELECT COUNT(*) FROM email_outbox WHERE subject = '{subject}'");
        assert_eq!(app.count(&sql).await, 1, "{subject}");
    }
    let notice = app
        .strings("SELECT body_text FROM email_outbox WHERE recipient = 'hugo@example.com' ORDER BY id")
        .await;
    assert!(
        notice.iter().any(|body| body.contains("/accounts/not-me/") && body.contains("hugo@example.org")),
        "{notice:?}"
    );
}
