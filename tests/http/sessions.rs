//! The profile's sessions: each login is listed with its browser and address, "this device"
//! marked; "sign out" ends one other session, "sign out everywhere else" all others, logout
//! its own. Every door.

use crate::actions::{active_user, end_other_sessions, end_session, login, logout, me, PASSWORD};
use crate::doors::{client, Door, Outcome, ALL};
use crate::harness::{client_with, TestApp};
use serde_json::Value;

fn browser(agent: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::USER_AGENT, agent.parse().unwrap());
    client_with(headers)
}

const PHONE: &str =
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";
const LAPTOP: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

async fn logged_in_as(app: &TestApp, agent: &str) -> reqwest::Client {
    let session = browser(agent);
    assert_eq!(login("yuri", PASSWORD).send(app, &session, Door::Form).await, Outcome::Done);
    session
}

async fn sessions(app: &TestApp, session: &reqwest::Client) -> Vec<Value> {
    let response = session.get(app.url("/api/v1/account/sessions")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.json::<Vec<Value>>().await.unwrap()
}

#[tokio::test]
async fn sessions_are_listed_and_signed_out_one_by_one_or_all_others_on_every_door() {
    for door in ALL {
        let app = TestApp::spawn(&[]).await;
        active_user(&app, "yuri").await;
        let laptop = logged_in_as(&app, LAPTOP).await;
        let phone = logged_in_as(&app, PHONE).await;

        let listed = sessions(&app, &laptop).await;
        assert_eq!(listed.len(), 2, "{door:?}: {listed:?}");
        let this = listed.iter().find(|s| s["this_device"] == true).expect("this device");
        assert_eq!(this["browser"], "Firefox on Linux");
        assert_eq!(this["ip"], "127.0.0.1");
        let other = listed.iter().find(|s| s["this_device"] == false).expect("another device");
        assert_eq!(other["browser"], "Chrome on Android");
        let profile = laptop.get(app.url("/accounts/profile/")).send().await.unwrap().text().await.unwrap();
        assert!(profile.contains("Chrome on Android") && profile.contains("(this device)"), "{profile}");

        let phone_id = other["id"].as_str().unwrap();
        assert_eq!(end_session(phone_id).send(&app, &laptop, door).await, Outcome::Done, "{door:?}");
        assert_eq!(me(&app, &phone).await, Outcome::LoginRequired, "{door:?}: the phone is signed out");
        assert!(matches!(me(&app, &laptop).await, Outcome::Done), "{door:?}: the laptop is not");
        assert_eq!(sessions(&app, &laptop).await.len(), 1, "{door:?}");

        let tablet = logged_in_as(&app, PHONE).await;
        let desktop = logged_in_as(&app, LAPTOP).await;
        assert_eq!(end_other_sessions().send(&app, &laptop, door).await, Outcome::Done, "{door:?}");
        for gone in [&tablet, &desktop] {
            assert_eq!(me(&app, gone).await, Outcome::LoginRequired, "{door:?}");
        }
        assert!(matches!(me(&app, &laptop).await, Outcome::Done), "{door:?}");
        let anonymous = end_other_sessions().send(&app, &client(), door).await;
        assert_eq!(anonymous, Outcome::LoginRequired, "{door:?}");
        assert_eq!(
            end_session(phone_id).send(&app, &client(), door).await,
            Outcome::LoginRequired,
            "{door:?}"
        );
    }
}

#[tokio::test]
async fn a_handle_of_another_account_signs_nothing_out_and_logout_ends_its_own_row() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "yuri").await;
    active_user(&app, "zoe").await;
    let yuri = logged_in_as(&app, LAPTOP).await;
    let zoe = client();
    assert_eq!(login("zoe", PASSWORD).send(&app, &zoe, Door::Form).await, Outcome::Done);
    let zoe_id = sessions(&app, &zoe).await[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(end_session(&zoe_id).send(&app, &yuri, Door::Json).await, Outcome::Done, "the same answer");
    assert!(matches!(me(&app, &zoe).await, Outcome::Done), "but zoe stays logged in");
    assert_eq!(app.count("SELECT COUNT(*) FROM user_sessions").await, 2);
    assert_eq!(logout().send(&app, &zoe, Door::Form).await, Outcome::Done);
    assert_eq!(app.count("SELECT COUNT(*) FROM user_sessions").await, 1, "logout ends its row");
    let unauthenticated = client().get(app.url("/api/v1/account/sessions")).send().await.unwrap();
    assert_eq!(unauthenticated.status(), 401);
}
