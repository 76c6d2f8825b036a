//! The empty registration and login forms are rendered once and kept: every answer still has
//! its own script nonce and policy, speaks the visitor's language, and comes gzipped to a
//! client that asks for it; a logged-in visitor or a query string gets its own render, gzipped
//! too when asked.

use crate::actions::{active_user, logged_in};
use crate::harness::{client_with, without_nonce, TestApp};
use crate::languages::browser;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_ENCODING};
use std::io::Read;

const FORMS: [&str; 2] = ["/accounts/register/", "/accounts/login/"];

/// The nonce of the policy, and the page's script nonces (all of them must be it).
fn nonces(policy: &str, html: &str) -> (String, Vec<String>) {
    let start = policy.find("'nonce-").expect("a nonce in the policy") + "'nonce-".len();
    let nonce = policy[start..].split('\'').next().unwrap().to_owned();
    let in_page = html.split("nonce=\"").skip(1).map(|s| s.split('"').next().unwrap().to_owned()).collect();
    (nonce, in_page)
}

/// Status, policy, encoding, vary and the body (gunzipped when it was gzipped).
async fn fetch(client: &reqwest::Client, url: String) -> (u16, String, Option<String>, String, String) {
    let response = client.get(url).send().await.unwrap();
    let header = |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
    let vary: Vec<&str> = response.headers().get_all("vary").iter().map(|v| v.to_str().unwrap()).collect();
    let (policy, encoding, vary) =
        (header("content-security-policy"), header("content-encoding"), Some(vary.join(", ")));
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    let body = if encoding.as_deref() == Some("gzip") {
        let mut text = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text).expect("valid gzip");
        text
    } else {
        String::from_utf8(bytes.to_vec()).unwrap()
    };
    (status, policy.unwrap_or_default(), encoding, vary.unwrap_or_default(), body)
}

fn gzip_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("br;q=1.0, gzip;q=0.8"));
    client_with(headers)
}

#[tokio::test]
async fn each_answer_of_a_kept_form_has_its_own_nonce_and_comes_gzipped_when_asked() {
    let app = TestApp::spawn(&[]).await;
    for path in FORMS {
        let (_, first_policy, encoding, _, first) = fetch(&TestApp::client(), app.url(path)).await;
        assert_eq!(encoding, None, "{path}: plain unless gzip is asked for");
        let (status, policy, encoding, vary, zipped) = fetch(&gzip_client(), app.url(path)).await;
        assert_eq!((status, encoding.as_deref()), (200, Some("gzip")), "{path}");
        assert!(vary.contains("Accept-Encoding") && vary.contains("Accept-Language"), "{path}: {vary}");
        let (_, second_policy, _, _, second) = fetch(&TestApp::client(), app.url(path)).await;
        for (policy, html) in [(&first_policy, &first), (&policy, &zipped), (&second_policy, &second)] {
            let (nonce, in_page) = nonces(policy, html);
            assert!(
                in_page.len() >= 3 && in_page.iter().all(|n| *n == nonce),
                "{path}: {nonce} vs {in_page:?}"
            );
        }
        let all = [&first_policy, &policy, &second_policy].map(|p| nonces(p, "").0);
        assert!(all[0] != all[1] && all[1] != all[2] && all[0] != all[2], "{path}: fresh nonces {all:?}");
        assert_eq!(without_nonce(&first), without_nonce(&zipped), "{path}: the same page gzipped");
        assert_eq!(without_nonce(&first), without_nonce(&second), "{path}: the same page again");
    }
}

#[tokio::test]
async fn kept_forms_speak_each_visitors_language() {
    let app = TestApp::spawn(&[("LANGUAGES", "en,fr")]).await;
    let english = fetch(&browser("en", None), app.url(FORMS[0])).await.4;
    let french = fetch(&browser("fr", None), app.url(FORMS[0])).await.4;
    let french_by_cookie = fetch(&browser("en", Some("lang=fr")), app.url(FORMS[0])).await.4;
    assert!(english.contains("lang=\"en\"") && english.contains("Register"));
    assert!(french.contains("lang=\"fr\"") && french.contains("Créer un compte"), "French after English");
    assert_eq!(without_nonce(&french), without_nonce(&french_by_cookie));
    let english_again = fetch(&browser("en", None), app.url(FORMS[0])).await.4;
    assert_eq!(without_nonce(&english), without_nonce(&english_again));
}

#[tokio::test]
async fn a_query_string_or_a_login_gets_its_own_render() {
    let app = TestApp::spawn(&[("ACCOUNT_AUTHENTICATED_REGISTRATION_REDIRECTS", "false")]).await;
    fetch(&gzip_client(), app.url("/accounts/login/")).await;
    let (_, _, _, _, with_next) =
        fetch(&TestApp::client(), app.url("/accounts/login/?next=/accounts/profile/")).await;
    assert!(with_next.contains("value=\"/accounts/profile/\""), "the next page is kept in the form");
    fetch(&gzip_client(), app.url("/accounts/register/")).await;
    active_user(&app, "known").await;
    let member = logged_in(&app, "known").await;
    let page = member.get(app.url("/accounts/register/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("known"), "the logged-in visitor's own page names them");
}

#[tokio::test]
async fn a_page_rendered_for_one_request_comes_gzipped_when_asked() {
    let app = TestApp::spawn(&[]).await;
    let path = "/accounts/login/?next=/accounts/profile/";
    let (status, _, encoding, vary, zipped) = fetch(&gzip_client(), app.url(path)).await;
    assert_eq!((status, encoding.as_deref()), (200, Some("gzip")));
    assert!(vary.to_lowercase().contains("accept-encoding"), "{vary}");
    let (_, _, encoding, _, plain) = fetch(&TestApp::client(), app.url(path)).await;
    assert_eq!(encoding, None, "plain unless gzip is asked for");
    assert!(zipped.contains("value=\"/accounts/profile/\""));
    assert_eq!(without_nonce(&zipped), without_nonce(&plain), "the same page gzipped");
}
