//! The language of pages and answers: the `lang` cookie (set by the picker on every page), else
//! `Accept-Language`, else `LANGUAGE_CODE`, within `LANGUAGES`. Form errors come in that
//! language through every door; Arabic pages are right-to-left.

use crate::actions::register;
use crate::doors::{Action, Door, ALL};
use crate::harness::{location, TestApp};
use crate::languages::browser;

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn accept_language_picks_the_pages_language_and_the_cookie_wins_over_it() {
    let app = TestApp::spawn(&[]).await;
    let response = browser("de", None).get(app.url("/accounts/register/")).send().await.unwrap();
    let vary =
        response.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert!(vary.iter().any(|v| v.contains("Accept-Language")), "caches keep a copy per language: {vary:?}");
    let german = page(&app, &browser("de-AT,de;q=0.9,en;q=0.5", None), "/accounts/register/").await;
    assert!(german.contains(r#"<html lang="de" dir="ltr""#), "{german}");
    assert!(german.contains("<h1>Konto erstellen</h1>") && german.contains(">Benutzername</label>"));
    assert!(!german.contains("Register for an account"));

    let french = page(&app, &browser("de", Some("lang=fr")), "/accounts/login/").await;
    assert!(french.contains(r#"<html lang="fr""#), "the cookie wins");
    let arabic = page(&app, &browser("ar", None), "/").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#));

    let nobody = page(&app, &browser("tlh, sw;q=0.5", None), "/accounts/register/").await;
    assert!(nobody.contains(r#"<html lang="en" dir="ltr""#), "LANGUAGE_CODE when nothing matches");
    assert!(nobody.contains("<h1>Register for an account</h1>"), "English keeps its words");
}

#[tokio::test]
async fn form_errors_come_in_the_requests_language_through_every_door() {
    let app = TestApp::spawn(&[]).await;
    let german = browser("de", None);
    for door in ALL {
        let mismatch = Action::new("register", "/accounts/register/", "/accounts/register/complete/")
            .field("username", "dora")
            .field("email", "dora@example.com")
            .field("password1", "a-long-enough-secret")
            .field("password2", "something-else-entirely");
        let words = mismatch.words(&app, &german, door).await;
        assert!(words.contains("Die beiden Passwörter sind nicht identisch."), "{door:?}: {words}");
        assert!(!words.contains("didn’t match"), "{door:?}");
    }
    let json = register("dora", "not-an-address").words(&app, &browser("fr", None), Door::Json).await;
    assert!(json.contains("Saisissez une adresse e-mail valide."), "{json}");
}

#[tokio::test]
async fn the_language_picker_sets_the_cookie_and_goes_back_without_javascript() {
    let app = TestApp::spawn(&[]).await;
    let client = browser("en", None);
    let login = page(&app, &client, "/accounts/login/?next=/accounts/profile/").await;
    for (tag, name) in [("de", "Deutsch"), ("ja", "日本語"), ("ar", "العربية")] {
        let button = format!(r#"name="language" value="{tag}" lang="{tag}""#);
        assert!(login.contains(&button) && login.contains(name), "a form per language: {tag}");
    }
    assert!(login.contains(r#"value="/accounts/login/?next=/accounts/profile/""#), "it comes back here");

    let form = [("language", "ja"), ("next", "/accounts/login/")];
    let response = client.post(app.url("/i18n/setlang/")).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 302);
    assert_eq!(location(&response), "/accounts/login/");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=ja;") && cookie.contains("Max-Age=31536000"), "{cookie}");
    let japanese = page(&app, &browser("en", Some("lang=ja")), "/accounts/login/").await;
    assert!(japanese.contains(r#"<html lang="ja""#) && japanese.contains("<h1>ログイン</h1>"), "{japanese}");

    let unknown = [("language", "xx"), ("next", "//elsewhere.example/")];
    let response = client.post(app.url("/i18n/setlang/")).form(&unknown).send().await.unwrap();
    assert_eq!(location(&response), "/", "only local paths");
    assert!(response.headers().get("set-cookie").is_none(), "an unknown language changes nothing");
}

#[tokio::test]
async fn languages_limits_what_is_offered_and_the_error_pages_speak_it() {
    let app = TestApp::spawn(&[("LANGUAGES", "en,fr"), ("LANGUAGE_CODE", "fr")]).await;
    let german = page(&app, &browser("de", None), "/accounts/login/").await;
    assert!(german.contains(r#"<html lang="fr""#), "German is not offered: LANGUAGE_CODE");
    assert!(!german.contains(r#"value="de""#), "the picker offers only LANGUAGES");
    let missing = browser("en", None).get(app.url("/no/such/page/")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("<h1>Page not found</h1>"));
    let api = browser("fr", None).post(app.url("/api/v1/nothing-here")).json(&()).send().await.unwrap();
    let problem: serde_json::Value = api.json().await.unwrap();
    assert_eq!(problem["title"], "Cette opération n’existe pas.", "{problem}");
}
