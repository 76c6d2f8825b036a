//! The admin's sign-up funnel (`/admin/`) for a seeded history: the numbers a person counts by
//! hand from the events below.

use crate::actions::{active_user, logged_in};
use crate::harness::TestApp;
use chrono::{TimeZone, Utc};

const HOUR: i64 = 3_600_000;

fn day(at: i64) -> String {
    Utc.timestamp_millis_opt(at).unwrap().format("%Y-%m-%d").to_string()
}

/// The `<td>` numbers of a day's row: registered, delivered, activated, expired, deleted.
fn row(html: &str, day: &str) -> Vec<u64> {
    let start = html.find(&format!(r#"data-day="{day}""#)).unwrap_or_else(|| panic!("no row for {day}"));
    let row = &html[start..html[start..].find("</tr>").unwrap() + start];
    row.split("<td>").skip(1).map(|cell| cell.split('<').next().unwrap().parse().unwrap()).collect()
}

fn figure(html: &str, name: &str) -> String {
    let start = html.find(&format!(r#"data-figure="{name}">"#)).unwrap() + name.len() + 15;
    html[start..].split('<').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_funnel_counts_a_seeded_history_as_a_person_would() {
    let app = TestApp::spawn(&[("ACCOUNT_ACTIVATION_DAYS", "7")]).await;
    active_user(&app, "boss").await;
    app.exec("UPDATE users SET is_staff = TRUE WHERE username = 'boss' AND $1 = $1", 0).await;
    let boss = logged_in(&app, "boss").await;
    // Only the seeded history below counts.
    app.exec("DELETE FROM audit_log WHERE $1 = $1", 0).await;
    app.exec("DELETE FROM email_outbox WHERE $1 = $1", 0).await;
    let empty = boss.get(app.url("/admin/")).send().await.unwrap().text().await.unwrap();
    assert!(empty.contains(r#"<p class="no-failures">No failed deliveries in these 30 days.</p>"#));

    let now = Utc::now().timestamp_millis();
    let events: [(i64, &str, i64); 8] = [
        (101, "registered", now - 50 * HOUR),
        (101, "activated", now - 50 * HOUR + HOUR / 2), // after 30 minutes
        (102, "registered", now - 49 * HOUR),           // never activated
        (103, "registered", now - 30 * HOUR),
        (103, "activated", now - 4 * HOUR),       // after 26 hours
        (104, "registered", now - 9 * 24 * HOUR), // expired 7 days later
        (105, "deleted", now - 3 * 24 * HOUR),
        (106, "registered", now - 40 * 24 * HOUR), // before the 30 days
    ];
    for (user, action, at) in events {
        let sql = format!(
            "INSERT INTO audit_log (at, user_id, username, action, actor_kind) VALUES ($1, {user}, 'u{user}', '{action}', 'user')"
        );
        app.exec(&sql, at).await;
    }
    for at in [now - 50 * HOUR, now - 49 * HOUR, now - 30 * HOUR] {
        app.exec("INSERT INTO email_outbox (sender, recipient, subject, body_text, created_at, next_attempt_at, sent_at, kind)
            VALUES ('s@example.com', 'r@example.com', 'Activation', 'x', $1, $1, $1, 'activation')", at).await;
    }
    for recipient in ["x@gmial.com", "y@GMIAL.com", "z@example.org"] {
        let sql = format!("INSERT INTO email_outbox (sender, recipient, subject, body_text, created_at, next_attempt_at, failed_at, attempts)
            VALUES ('s@example.com', '{recipient}', 'Activation', 'x', $1, $1, $1, 5)");
        app.exec(&sql, now - HOUR).await;
    }

    let html = boss.get(app.url("/admin/")).send().await.unwrap().text().await.unwrap();
    let mut expected: std::collections::BTreeMap<String, [u64; 5]> = Default::default();
    let mut add = |at: i64, column: usize| expected.entry(day(at)).or_default()[column] += 1;
    for at in [now - 50 * HOUR, now - 49 * HOUR, now - 30 * HOUR, now - 9 * 24 * HOUR] {
        add(at, 0); // registered
    }
    for at in [now - 50 * HOUR, now - 49 * HOUR, now - 30 * HOUR] {
        add(at, 1); // delivered
    }
    for at in [now - 50 * HOUR + HOUR / 2, now - 4 * HOUR] {
        add(at, 2); // activated
    }
    add(now - 2 * 24 * HOUR, 3); // user 104's period ended (and user 102's has not)
    add(now - 3 * 24 * HOUR, 4); // deleted
    for (day, counts) in &expected {
        assert_eq!(row(&html, day), counts, "{day}");
    }
    assert!(!html.contains(&format!(r#"data-day="{}""#, day(now - 40 * 24 * HOUR))), "30 days only");
    assert_eq!(html.matches("data-day=").count(), 30);
    // Four registrations in the period; waits of 30 minutes and 26 hours.
    assert_eq!(figure(&html, "median"), "30 min");
    assert_eq!(figure(&html, "p90"), "1 d 2 h");
    assert_eq!(figure(&html, "hour"), "25.0 %");
    assert_eq!(figure(&html, "day"), "25.0 %");
    let gmial = html.find(r#"data-domain="gmial.com""#).unwrap();
    let example = html.find(r#"data-domain="example.org""#).unwrap();
    assert!(gmial < example, "most failures first");
    assert!(!html.contains("no-failures"));
    assert!(html[gmial..].starts_with(r#"data-domain="gmial.com"><th scope="row">gmial.com</th><td>2</td>"#));
}
