//! "Remember me" on login: ticked, the session cookie lasts `SESSION_REMEMBER_DAYS` (30 by
//! default) after the last request; unticked, it ends with the browser. Every door.

use crate::actions::{active_user, PASSWORD};
use crate::doors::{client, Door, ALL};
use crate::harness::TestApp;

/// Logs `username` in through `door` and returns the session cookie the answer sets.
async fn session_cookie(app: &TestApp, door: Door, username: &str, remember: Option<&str>) -> String {
    let mut fields = vec![("username", username), ("password", PASSWORD)];
    if let Some(value) = remember {
        fields.push(("remember", value));
    }
    let request = match door {
        Door::Form => client().post(app.url("/accounts/login/")).form(&fields),
        Door::ServerFn => {
            let body: Vec<(String, &str)> = fields.iter().map(|(k, v)| (format!("form[{k}]"), *v)).collect();
            client().post(app.url("/api/login")).form(&body)
        }
        Door::Json => {
            let body: serde_json::Map<String, serde_json::Value> = fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
                .collect();
            client().post(app.url("/api/v1/login")).json(&body)
        }
    };
    let response = request.send().await.unwrap();
    assert!(response.status().is_success() || response.status() == 302, "{door:?}: {}", response.status());
    sessionid(&response)
}

fn sessionid(response: &reqwest::Response) -> String {
    let cookies = response.headers().get_all("set-cookie");
    let mut cookies = cookies.iter().map(|v| v.to_str().unwrap().to_owned());
    cookies.find(|c| c.starts_with("sessionid=")).expect("a session cookie")
}

fn max_age(cookie: &str) -> Option<u64> {
    cookie
        .split(';')
        .map(str::trim)
        .find_map(|part| part.strip_prefix("Max-Age="))
        .map(|v| v.parse().unwrap())
}

#[tokio::test]
async fn a_remembered_session_lasts_the_remember_days_and_another_ends_with_the_browser_on_every_door() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "erin").await;
    for door in ALL {
        let remembered = session_cookie(&app, door, "erin", Some("on")).await;
        let age = max_age(&remembered).unwrap_or_else(|| panic!("{door:?}: {remembered}"));
        assert!((30 * 86_400 - 60..=30 * 86_400).contains(&age), "{door:?}: {remembered}");

        let browser_only = session_cookie(&app, door, "erin", None).await;
        assert_eq!(max_age(&browser_only), None, "{door:?}: {browser_only}");
        assert!(!browser_only.contains("Expires="), "{door:?}: {browser_only}");
    }
}

#[tokio::test]
async fn the_remember_days_are_a_setting_and_the_api_takes_a_boolean() {
    let app = TestApp::spawn(&[("SESSION_REMEMBER_DAYS", "2")]).await;
    active_user(&app, "frank").await;
    let cookie = session_cookie(&app, Door::Form, "frank", Some("on")).await;
    assert!(max_age(&cookie).is_some_and(|age| (2 * 86_400 - 60..=2 * 86_400).contains(&age)), "{cookie}");

    for (remember, lasting) in [(true, true), (false, false)] {
        let body = serde_json::json!({"username": "frank", "password": PASSWORD, "remember": remember});
        let response = client().post(app.url("/api/v1/login")).json(&body).send().await.unwrap();
        assert!(response.status().is_success(), "{}", response.status());
        let cookie = sessionid(&response);
        assert_eq!(max_age(&cookie).is_some(), lasting, "{cookie}");
    }
}

#[tokio::test]
async fn the_login_form_offers_remember_me_and_keeps_the_tick_when_it_comes_back() {
    let app = TestApp::spawn(&[]).await;
    let page = app.get("/accounts/login/").await.text().await.unwrap();
    assert!(page.contains(r#"type="checkbox" id="id_remember" name="remember" value="on""#), "{page}");
    let form = [("username", "nobody"), ("password", "wrong-password"), ("remember", "on")];
    let again = app.post_form("/accounts/login/", &form).await.text().await.unwrap();
    assert!(again.contains(r#"name="remember" value="on" checked"#), "{again}");
}
