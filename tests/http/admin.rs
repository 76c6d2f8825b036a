//! The web admin (`/admin/`): only staff get anything from it; search and keyset pages over
//! ten thousand accounts; each staff action changes the account as the command line does and
//! writes one audit row; actions after a login older than 15 minutes need the password.

use crate::actions::{active_user, logged_in, pending_key, PASSWORD};
use crate::doors::client;
use crate::harness::{location, TestApp};
use reqwest::Client;

const MINUTE: i64 = 60_000;

/// An active staff account, logged in.
async fn staff(app: &TestApp, name: &str) -> Client {
    active_user(app, name).await;
    app.exec(&format!("UPDATE users SET is_staff = TRUE WHERE username = '{name}' AND $1 = $1"), 0).await;
    logged_in(app, name).await
}

async fn id_of(app: &TestApp, name: &str) -> i64 {
    app.count(&format!("SELECT id FROM users WHERE username = '{name}'")).await
}

async fn get(app: &TestApp, who: &Client, path: &str) -> reqwest::Response {
    who.get(app.url(path)).send().await.unwrap()
}

async fn act(app: &TestApp, who: &Client, id: i64, action: &str, password: &str) -> reqwest::Response {
    let form = [("action", action), ("password", password)];
    who.post(app.url(&format!("/admin/users/{id}/"))).form(&form).send().await.unwrap()
}

/// The accounts a list page shows, in order (`data-user` ids).
fn listed(html: &str) -> Vec<i64> {
    html.split("data-user=\"").skip(1).filter_map(|s| s.split('"').next()?.parse().ok()).collect()
}

fn next_link(html: &str) -> Option<String> {
    let at = html.find("rel=\"next\"")?;
    let start = html[..at].rfind("href=\"")? + 6;
    Some(html[start..].split('"').next()?.replace("&amp;", "&"))
}

#[tokio::test]
async fn nobody_but_staff_gets_anything_from_any_admin_route() {
    let app = TestApp::spawn(&[]).await;
    active_user(&app, "member").await;
    let id = id_of(&app, "member").await;
    let member = logged_in(&app, "member").await;
    let paths = ["/admin/".to_owned(), "/admin/users/".to_owned(), format!("/admin/users/{id}/")];
    for path in &paths {
        let anonymous = get(&app, &client(), path).await;
        assert_eq!(anonymous.status(), 302, "{path}");
        assert!(location(&anonymous).starts_with("/accounts/login/?next="), "{path}");
        assert_eq!(get(&app, &member, path).await.status(), 404, "{path}: a member finds nothing");
    }
    let post = act(&app, &client(), id, "deactivate", "").await;
    assert!(location(&post).starts_with("/accounts/login/"));
    assert_eq!(act(&app, &member, id, "deactivate", PASSWORD).await.status(), 404);
    assert_eq!(act(&app, &member, id, "no-such-action", PASSWORD).await.status(), 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'member' AND is_active").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE actor_kind = 'staff'").await, 0);
}

#[tokio::test]
async fn search_and_pages_over_ten_thousand_accounts_are_exact() {
    let app = TestApp::spawn(&[]).await;
    let boss = staff(&app, "boss").await;
    // Ten thousand accounts, joined a second apart; every third one is waiting for activation.
    let seed = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
        SELECT 'Seed' || i, 'seed' || i, 'S' || i || '@Example.com', 's' || i || '@example.com', '!', i % 3 <> 0,
               $1 + i * 1000 FROM n";
    let base = chrono::Utc::now().timestamp_millis() - 3_600_000 * 24;
    assert_eq!(app.exec(seed, base).await, 10_000);
    app.exec("INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
        SELECT id, 'k' || id, FALSE, TRUE FROM users WHERE username LIKE 'Seed%' AND is_active = FALSE AND $1 = $1", 0).await;
    // And a hundred older ones whose username and address both begin with the search.
    let twins = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
        SELECT 'Twin' || i, 'twin' || i, 'twin' || i || '@example.com', 'twin' || i || '@example.com', '!', TRUE,
               $1 - i * 1000 FROM n";
    assert_eq!(app.exec(twins, base).await, 100);
    // Accounts out of join order, in blocks of ids far apart: the block whose newest account is
    // the newest of all holds old matches of `pair`, an older block holds newer ones.
    let pairs = |first_id: i64, name: &str, newest: i64| {
        format!(
            "INSERT INTO users (id, username, username_normalized, email, email_normalized, password, is_active, date_joined)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
            SELECT {first_id} + i, '{name}' || i, lower('{name}') || i, lower('{name}') || i || '@example.com',
                   lower('{name}') || i || '@example.com', '!', TRUE, $1 + {newest} - i * 1000 FROM n"
        )
    };
    assert_eq!(app.exec(&pairs(200_000, "PairOld", -5_000_000), base).await, 60);
    assert_eq!(app.exec(&pairs(300_000, "PairNew", -1_000), base).await, 60);
    let newest_of_all = "INSERT INTO users (id, username, username_normalized, email, email_normalized, password, is_active, date_joined)
        VALUES (200100, 'Zed', 'zed', 'zed@example.com', 'zed@example.com', '!', TRUE, $1 + 1000000000)";
    assert_eq!(app.exec(newest_of_all, base).await, 1);

    for (query, state, wanted) in [
        ("seed1", "", "username_normalized LIKE 'seed1%'"),
        ("S12", "", "email_normalized LIKE 's12%'"),
        ("seed2", "pending", "username_normalized LIKE 'seed2%' AND is_active = FALSE"),
        ("SEED99", "active", "username_normalized LIKE 'seed99%' AND is_active = TRUE"),
        ("twin", "", "username_normalized LIKE 'twin%'"),
        ("pair", "", "username_normalized LIKE 'pair%'"),
        ("PairOld", "active", "username_normalized LIKE 'pairold%'"),
    ] {
        let expected: Vec<i64> = app
            .strings(&format!(
                "SELECT CAST(id AS TEXT) FROM users WHERE {wanted} ORDER BY date_joined DESC, id DESC"
            ))
            .await
            .iter()
            .map(|id| id.parse().unwrap())
            .collect();
        let mut seen = Vec::new();
        let mut next = Some(format!("/admin/users/?q={query}&state={state}"));
        while let Some(path) = next {
            let page = get(&app, &boss, &path).await;
            assert_eq!(page.status(), 200, "{path}");
            let html = page.text().await.unwrap();
            let rows = listed(&html);
            assert!(rows.len() <= 50, "pages of fifty");
            seen.extend(rows);
            next = next_link(&html);
        }
        assert!(!expected.is_empty());
        assert_eq!(seen, expected, "{query} {state}: every account once, newest first");
    }
}

#[tokio::test]
async fn each_action_changes_the_account_and_writes_one_row_naming_the_staff_member() {
    let app = TestApp::spawn(&[]).await;
    let boss = staff(&app, "boss").await;
    pending_key(&app, "waiting").await;
    let waiting = id_of(&app, "waiting").await;
    active_user(&app, "member").await;
    let member = id_of(&app, "member").await;
    let staff_rows =
        || app.count("SELECT COUNT(*) FROM audit_log WHERE actor_kind = 'staff' AND actor = 'boss'");

    let before = app.count("SELECT COUNT(*) FROM email_outbox").await;
    let resent = act(&app, &boss, waiting, "resend", "").await;
    assert_eq!(location(&resent), format!("/admin/users/{waiting}/?done=resend"));
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox").await, before + 1, "a new activation mail");
    assert_eq!(staff_rows().await, 1);

    app.exec(
        "UPDATE registration_profiles SET key_renewed_at = $1",
        chrono::Utc::now().timestamp_millis() - 30 * 24 * 60 * MINUTE,
    )
    .await;
    assert_eq!(act(&app, &boss, waiting, "extend", "").await.status(), 302);
    let page = get(&app, &boss, &format!("/admin/users/{waiting}/")).await.text().await.unwrap();
    assert!(page.contains(r#"data-state="pending""#), "extended: waiting again, not expired");
    assert_eq!(act(&app, &boss, waiting, "activate", "").await.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'waiting' AND is_active").await, 1);
    assert_eq!(staff_rows().await, 3);

    assert_eq!(act(&app, &boss, member, "deactivate", "").await.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'member' AND is_active").await, 0);
    let again = act(&app, &boss, member, "deactivate", "").await;
    assert_eq!(again.status(), 200, "nothing to do: the page says so");
    assert!(again.text().await.unwrap().contains("Nothing to do"));
    assert_eq!(act(&app, &boss, member, "reactivate", "").await.status(), 302);
    let session = logged_in(&app, "member").await;
    assert_eq!(act(&app, &boss, member, "end-sessions", "").await.status(), 302);
    assert_eq!(get(&app, &session, "/api/v1/me").await.status(), 401, "its sessions ended");
    assert_eq!(act(&app, &boss, member, "force-reset", "").await.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM password_reset_tokens").await, 1, "a reset link went out");
    assert_eq!(staff_rows().await, 7);

    let boss_id = id_of(&app, "boss").await;
    assert_eq!(act(&app, &boss, boss_id, "delete", "").await.status(), 200, "not one's own account");
    let deleted = act(&app, &boss, member, "delete", "").await;
    assert_eq!(location(&deleted), "/admin/users/");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'member'").await, 0);
    let actions = app.strings("SELECT action FROM audit_log WHERE actor = 'boss' ORDER BY id").await;
    assert_eq!(
        actions,
        [
            "resent",
            "activation_extended",
            "activated",
            "deactivated",
            "reactivated",
            "sessions_ended",
            "password_reset_forced",
            "deleted"
        ]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE username = 'member' AND email_sha256 IS NULL").await,
        0
    );
}

#[tokio::test]
async fn an_old_login_confirms_actions_with_the_password() {
    let app = TestApp::spawn(&[]).await;
    let boss = staff(&app, "boss").await;
    active_user(&app, "member").await;
    let member = id_of(&app, "member").await;
    app.exec(
        "UPDATE users SET last_login = $1 WHERE username = 'boss'",
        chrono::Utc::now().timestamp_millis() - 16 * MINUTE,
    )
    .await;
    let page = get(&app, &boss, &format!("/admin/users/{member}/")).await.text().await.unwrap();
    assert!(page.contains(r#"name="password""#), "the forms ask for the password");

    let without = act(&app, &boss, member, "deactivate", "").await;
    assert_eq!(without.status(), 200);
    assert!(without.text().await.unwrap().contains("Enter your password to confirm this action."));
    let wrong = act(&app, &boss, member, "deactivate", "not-my-password").await;
    assert!(wrong.text().await.unwrap().contains("Your password was entered incorrectly."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE username = 'member' AND is_active").await,
        1,
        "nothing changed"
    );

    assert_eq!(act(&app, &boss, member, "deactivate", PASSWORD).await.status(), 302);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE username = 'member' AND is_active").await, 0);
    assert_eq!(
        act(&app, &boss, member, "reactivate", "").await.status(),
        302,
        "a fresh confirmation counts as a login"
    );
}

#[tokio::test]
async fn the_mail_page_lists_retries_and_purges_the_outbox_for_staff_only() {
    let app = TestApp::spawn(&[]).await;
    let boss = staff(&app, "boss").await;
    pending_key(&app, "waiting").await;
    let failed = app.count("SELECT MAX(id) FROM email_outbox").await;
    app.exec("UPDATE email_outbox SET sent_at = NULL, failed_at = $1, attempts = 5, last_error = 'mailbox unavailable' WHERE id = (SELECT MAX(id) FROM email_outbox)", 1).await;

    let all = get(&app, &boss, "/admin/mail/").await.text().await.unwrap();
    assert!(all.contains(&format!(r#"data-mail="{failed}" data-status="failed""#)), "{all}");
    assert!(all.contains("mailbox unavailable"));
    let sent = get(&app, &boss, "/admin/mail/?status=sent").await.text().await.unwrap();
    assert!(sent.contains(r#"data-status="sent""#) && !sent.contains(r#"data-status="failed""#));

    let retried = boss.post(app.url(&format!("/admin/mail/{failed}/retry/"))).send().await.unwrap();
    assert_eq!(location(&retried), "/admin/mail/?done=retried");
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM email_outbox WHERE id = {failed} AND failed_at IS NULL"))
            .await,
        1
    );
    app.count_eventually(
        &format!("SELECT COUNT(*) FROM email_outbox WHERE id = {failed} AND sent_at IS NOT NULL"),
        1,
        crate::actions::MAIL_WAIT,
    )
    .await;

    let sent_before = app.count("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL").await;
    let purged = boss.post(app.url("/admin/mail/purge/")).form(&[("days", "0")]).send().await.unwrap();
    assert_eq!(location(&purged), format!("/admin/mail/?done=purged:{sent_before}"));
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL").await, 0);

    active_user(&app, "member").await;
    let member_session = logged_in(&app, "member").await;
    assert_eq!(get(&app, &member_session, "/admin/mail/").await.status(), 404);
    let refused =
        member_session.post(app.url("/admin/mail/purge/")).form(&[("days", "0")]).send().await.unwrap();
    assert_eq!(refused.status(), 404);
    assert_eq!(member_session.post(app.url("/admin/mail/1/retry/")).send().await.unwrap().status(), 404);
}
