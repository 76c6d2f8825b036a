//! Two instances, one PostgreSQL: a user registers on one, activates on the other and logs in
//! on the first; parallel registrations over both give each user and each mail exactly once.

use crate::harness::{activation_path, mails_stay, read_mails, wait_for_files, TestApp};
use crate::server::Server;
use futures::stream::{self, StreamExt};
use registration::on_pool;
use registration::server::db::{connect, DatabaseSettings};
use std::collections::HashSet;
use std::time::Duration;

const PASSWORD: &str = "Harbour-Mosaic-4471";

fn registration_form(name: &str) -> Vec<(String, String)> {
    vec![
        ("username".into(), name.into()),
        ("email".into(), format!("{name}@example.com")),
        ("password1".into(), PASSWORD.into()),
        ("password2".into(), PASSWORD.into()),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_on_one_activate_on_the_other_and_two_hundred_parallel_registrations() {
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    let db_url = crate::testdb::fresh_postgres_database().await;
    let (a, b) =
        tokio::join!(Server::start(&db_url, &mail, dir.path()), Server::start(&db_url, &mail, dir.path()));

    let client = TestApp::client();
    let registered = client.post(a.url("/accounts/register/")).form(&registration_form("first")).send().await;
    assert_eq!(registered.unwrap().status(), 302);
    let link = activation_path(&wait_for_files(&mail, 1, Duration::from_secs(10)).await[0]);
    assert_eq!(TestApp::client().post(b.url(&link)).send().await.unwrap().status(), 302, "activated on B");
    let login = [("username", "first"), ("password", PASSWORD)];
    let logged_in = client.post(a.url("/accounts/login/")).form(&login).send().await.unwrap();
    assert_eq!(logged_in.status(), 302, "logged in on A");
    assert_eq!(
        client.get(b.url("/accounts/profile/")).send().await.unwrap().status(),
        200,
        "session seen on B"
    );

    let statuses: Vec<u16> = stream::iter(0..200)
        .map(|i| {
            let target = if i % 2 == 0 { &a } else { &b };
            let request = TestApp::client()
                .post(target.url("/accounts/register/"))
                .form(&registration_form(&format!("user{i}")));
            async move { request.send().await.map(|r| r.status().as_u16()).unwrap_or(0) }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    assert!(statuses.iter().all(|s| *s == 302), "every registration succeeded: {statuses:?}");

    let mails = wait_for_files(&mail, 201, Duration::from_secs(120)).await;
    assert_eq!(mails.len(), 201, "one mail per registration");
    mails_stay(&mail, 201, Duration::from_secs(2)).await;
    let mails = read_mails(&mail);
    let recipients: HashSet<String> = mails.iter().map(|m| recipient(m)).collect();
    assert_eq!((mails.len(), recipients.len()), (201, 201), "no mail went out twice");

    let pool = connect(&DatabaseSettings::for_url(&db_url)).await.unwrap();
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move { on_pool!(&pool, c => sqlx::query_scalar::<_, i64>(sql).fetch_one(c).await).unwrap() }
    };
    assert_eq!(count("SELECT COUNT(*) FROM users").await, 201);
    assert_eq!(count("SELECT COUNT(*) FROM registration_profiles").await, 201);
    assert_eq!(
        count("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL AND attempts = 1").await,
        201
    );
}

fn recipient(mail: &str) -> String {
    mail.lines().find_map(|l| l.strip_prefix("To: ")).expect("a To header").trim().to_owned()
}
