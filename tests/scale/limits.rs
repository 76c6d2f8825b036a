//! Limits that hold across instances: one rate-limit quota and one mail budget per address,
//! whichever instance a request reaches.

use crate::harness::{read_mails, wait_for_files};
use crate::server::Server;
use futures::stream::{self, StreamExt};
use std::time::Duration;

const PASSWORD: &str = "Harbour-Mosaic-4471";

async fn resend(server: &Server, email: &str) -> (u16, String) {
    let form = [("email", email)];
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let response = client.post(server.url("/accounts/activate/resend/")).form(&form).send().await.unwrap();
    (response.status().as_u16(), without_nonces(&response.text().await.unwrap()))
}

/// The page with its per-response CSP nonces blanked out.
fn without_nonces(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = ["nonce=\"", "crossorigin=\""].iter().filter_map(|attr| rest.find(attr)).min() {
        let (head, tail) = rest.split_at(at);
        let (name, value) = tail.split_once('"').unwrap();
        out.push_str(head);
        out.push_str(name);
        rest = value.split_once('"').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_spreading_twice_its_quota_over_two_instances_gets_429_for_the_excess() {
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    let db_url = crate::testdb::fresh_postgres_database().await;
    let vars = [("RATE_LIMITS_ENABLED", "true"), ("RATE_LIMIT_PER_IP", "10")];
    let (a, b) = tokio::join!(
        Server::start_with(&db_url, &mail, dir.path(), &vars),
        Server::start_with(&db_url, &mail, dir.path(), &vars)
    );
    let mut statuses = Vec::new();
    for i in 0..20 {
        let server = if i % 2 == 0 { &a } else { &b };
        statuses.push(resend(server, &format!("nobody{i}@example.com")).await.0);
    }
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(refused, 10, "one quota of 10 per minute for both instances: {statuses:?}");
    assert!(statuses[..10].iter().all(|s| *s != 429), "the first ten pass: {statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_resends_for_one_address_over_two_instances_queue_at_most_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    let db_url = crate::testdb::fresh_postgres_database().await;
    let (a, b) =
        tokio::join!(Server::start(&db_url, &mail, dir.path()), Server::start(&db_url, &mail, dir.path()));
    let form =
        [("username", "pat"), ("email", "pat@example.com"), ("password1", PASSWORD), ("password2", PASSWORD)];
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let registered = client.post(a.url("/accounts/register/")).form(&form).send().await.unwrap();
    assert_eq!(registered.status(), 302);
    wait_for_files(&mail, 1, Duration::from_secs(10)).await;

    let answers: Vec<(u16, String)> = stream::iter(0..20)
        .map(|i| resend(if i % 2 == 0 { &a } else { &b }, "pat@example.com"))
        .buffer_unordered(8)
        .collect()
        .await;
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    assert!(answers.iter().all(|answer| *answer == answers[0]), "every answer is the same: {statuses:?}");

    // Every resend ends either queued or over budget; wait until all twenty have.
    let over_budget = "registration_mails_over_budget_total";
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let mut over = 0.0;
    while tokio::time::Instant::now() < deadline {
        over = a.metric(over_budget).await + b.metric(over_budget).await;
        if over >= 16.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(over, 16.0, "four resends fit the budget of five with the registration's mail");
    let mails = wait_for_files(&mail, 5, Duration::from_secs(10)).await;
    crate::harness::mails_stay(&mail, 5, Duration::from_secs(2)).await;
    assert_eq!(mails.len(), 5);
    assert!(read_mails(&mail).iter().all(|m| m.contains("To: pat@example.com")));
}
