//! `cleanupregistration` started on two hosts at once deletes each expired registration once,
//! and the two reports add up to the number deleted.

use registration::on_pool;
use registration::server::db::{connect, migrate, DatabaseSettings, Pool};
use std::process::Output;

const EXPIRED: i64 = 3000;
const ACTIVE: i64 = 500;

async fn seed(pool: &Pool) {
    let day = 86_400_000_i64;
    let now = chrono::Utc::now().timestamp_millis();
    let users = "INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
         SELECT 'u' || n, 'u' || n, 'u' || n || '@example.com', 'u' || n || '@example.com', 'x', n > $1, $2
         FROM generate_series(1, $3) AS n";
    let profiles = "INSERT INTO registration_profiles (user_id, activation_key, activated)
         SELECT id, lpad(to_hex(id), 40, '0'), is_active FROM users";
    on_pool!(pool, c => sqlx::query(users)
        .bind(EXPIRED)
        .bind(now - 30 * day)
        .bind(EXPIRED + ACTIVE)
        .execute(c)
        .await
        .map(drop))
    .unwrap();
    on_pool!(pool, c => sqlx::query(profiles).execute(c).await.map(drop)).unwrap();
}

fn cleanup(db_url: String) -> std::thread::JoinHandle<Output> {
    std::thread::spawn(move || {
        crate::harness::run_cli(&std::env::temp_dir(), &db_url, &["cleanupregistration"])
    })
}

fn deleted(output: &Output) -> i64 {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    if text.contains("There is no user that has to be deleted.") {
        return 0;
    }
    let count = text.split("Deleted user count=").nth(1).expect("a count");
    count.trim().parse().expect("a number")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_concurrent_cleanups_delete_each_expired_registration_once() {
    let db_url = crate::testdb::fresh_postgres_database().await;
    let pool = connect(&DatabaseSettings::for_url(&db_url)).await.unwrap();
    migrate(&pool).await.unwrap();
    seed(&pool).await;

    let (first, second) = (cleanup(db_url.clone()), cleanup(db_url.clone()));
    let (first, second) = (first.join().unwrap(), second.join().unwrap());
    assert_eq!(deleted(&first) + deleted(&second), EXPIRED, "the reports add up");

    let left: i64 = on_pool!(&pool, c => sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE is_active").fetch_one(c).await)
        .unwrap();
    let all: i64 =
        on_pool!(&pool, c => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(c).await).unwrap();
    assert_eq!((left, all), (ACTIVE, ACTIVE), "only the active users are left");
}
