//! `LOGIN_FIELD`: signing in with a username (the default), an email address, or either;
//! an address names an account only when no other account shares it.

use crate::actions::{active_user, login, PASSWORD};
use crate::doors::{client, Outcome, ALL};
use crate::harness::TestApp;

fn refused() -> Outcome {
    Outcome::Invalid(vec!["__all__".into()])
}

#[tokio::test]
async fn with_email_an_address_in_any_case_signs_in_and_a_username_does_not_on_every_door() {
    let app = TestApp::spawn(&[("LOGIN_FIELD", "email")]).await;
    active_user(&app, "alice").await;
    for door in ALL {
        assert_eq!(
            login("ALICE@Example.COM", PASSWORD).send(&app, &client(), door).await,
            Outcome::Done,
            "{door:?}"
        );
        assert_eq!(login("alice", PASSWORD).send(&app, &client(), door).await, refused(), "{door:?}");
        assert_eq!(
            login("alice@example.com", "wrong").send(&app, &client(), door).await,
            refused(),
            "{door:?}"
        );
    }
}

#[tokio::test]
async fn with_either_both_sign_in_but_a_shared_address_names_no_one_on_every_door() {
    let app = TestApp::spawn(&[("LOGIN_FIELD", "either")]).await;
    active_user(&app, "bob").await;
    active_user(&app, "carol").await;
    // Give carol bob's address: registration allows shared addresses unless UniqueEmail.
    app.exec("UPDATE users SET email = 'bob@example.com' WHERE id = $1", carol_id(&app).await).await;
    for door in ALL {
        assert_eq!(login("bob", PASSWORD).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        assert_eq!(login("carol", PASSWORD).send(&app, &client(), door).await, Outcome::Done, "{door:?}");
        let shared = login("bob@example.com", PASSWORD).send(&app, &client(), door).await;
        assert_eq!(shared, refused(), "{door:?}: two accounts share the address");
    }
    app.exec("UPDATE users SET email = 'carol@example.com' WHERE id = $1", carol_id(&app).await).await;
    for door in ALL {
        assert_eq!(
            login("Carol@example.com", PASSWORD).send(&app, &client(), door).await,
            Outcome::Done,
            "{door:?}"
        );
    }
}

#[tokio::test]
async fn by_default_only_the_username_signs_in_and_the_page_says_so() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "dave").await;
    for door in ALL {
        assert_eq!(
            login("dave@example.com", PASSWORD).send(&app, &client(), door).await,
            refused(),
            "{door:?}"
        );
    }
    let page = app.get("/accounts/login/").await.text().await.unwrap();
    assert!(page.contains(">Username</label>"), "{page}");

    let by_address = TestApp::spawn(&[("LOGIN_FIELD", "email")]).await;
    let page = by_address.get("/accounts/login/").await.text().await.unwrap();
    assert!(page.contains(">Email address</label>") && page.contains(r#"type="email""#), "{page}");
    let form = [("username", "nobody@example.com"), ("password", PASSWORD)];
    let html = by_address.post_form("/accounts/login/", &form).await.text().await.unwrap();
    assert!(html.contains("Please enter a correct email address and password."), "{html}");
}

async fn carol_id(app: &TestApp) -> i64 {
    app.count("SELECT id FROM users WHERE username = 'carol'").await
}
