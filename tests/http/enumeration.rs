//! Known and unknown accounts get the same answers, in times that cannot be told apart.

use crate::harness::{activation_path, without_nonce, TestApp};
use std::time::{Duration, Instant};

const PASSWORD: &str = "s3cret-Passw0rd!";
const SAMPLES: usize = 25;
const ROUNDS: usize = 3;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Timing tests measure one at a time: the password-hashing threads are shared by the whole
/// test process, and two timing tests hashing at once would disturb each other.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Interleaves the two requests so machine noise hits both alike; returns both medians. The
/// other tests of the binary run meanwhile, so a round whose medians differ is measured again,
/// up to `ROUNDS` times: a real difference shows in every round, a burst of noise seldom does.
async fn timed<F, Fut>(mut send: F) -> (Duration, Duration, Vec<String>)
where
    F: FnMut(bool) -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let _alone = ONE_AT_A_TIME.lock().await;
    let mut bodies = Vec::new();
    let mut round = 0;
    loop {
        let (mut known, mut unknown) = (Vec::new(), Vec::new());
        for i in 0..SAMPLES * 2 {
            let is_known = i % 2 == 0;
            let started = Instant::now();
            let body = send(is_known).await;
            let elapsed = started.elapsed();
            if is_known {
                known.push(elapsed)
            } else {
                unknown.push(elapsed)
            }
            bodies.push(body);
        }
        let (known, unknown) = (median(known), median(unknown));
        round += 1;
        if indistinguishable(known, unknown) || round == ROUNDS {
            return (known, unknown, bodies);
        }
    }
}

fn indistinguishable(a: Duration, b: Duration) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi - lo <= Duration::from_millis(5).max(hi / 4)
}

async fn active_user(app: &TestApp) {
    assert_eq!(app.register("known", "known@example.com", PASSWORD).await.status(), 302);
    let link = activation_path(&app.wait_for_mails(1, Duration::from_secs(5)).await[0]);
    assert_eq!(app.post(&link).await.status(), 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_answers_alike_for_known_and_unknown_users() {
    let app = TestApp::spawn(&[("RATE_LIMITS_ENABLED", "false")]).await;
    active_user(&app).await;
    let (known, unknown, bodies) = timed(|is_known| {
        let user = if is_known { "known" } else { "unknown-user" };
        let form = [("username", user.to_owned()), ("password", "wrong-password".to_owned())];
        let request = TestApp::client().post(app.url("/accounts/login/")).form(&form).send();
        async move {
            let response = request.await.unwrap();
            assert_eq!(response.status(), 200);
            response.text().await.unwrap().replace("unknown-user", "known")
        }
    })
    .await;
    assert!(indistinguishable(known, unknown), "known {known:?} vs unknown {unknown:?}");
    assert_eq!(without_nonce(&bodies[0]), without_nonce(&bodies[1]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_reset_and_resend_answer_alike_for_known_and_unknown_addresses() {
    let app = TestApp::spawn(&[("RATE_LIMITS_ENABLED", "false")]).await;
    active_user(&app).await;
    assert_eq!(app.register("waiting", "waiting@example.com", PASSWORD).await.status(), 302);
    for (path, known_address) in [
        ("/accounts/password/reset/", "known@example.com"),
        ("/accounts/activate/resend/", "waiting@example.com"),
    ] {
        let (known, unknown, bodies) = timed(|is_known| {
            let address = if is_known { known_address } else { "nobody@example.com" };
            let request = TestApp::client().post(app.url(path)).form(&[("email", address)]).send();
            async move {
                let response = request.await.unwrap();
                let status = response.status().as_u16();
                let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
                let body = response.text().await.unwrap().replace(address, "ADDRESS");
                let body = if body.contains("nonce=") { without_nonce(&body) } else { body };
                format!("{status} {location:?} {body}")
            }
        })
        .await;
        assert!(indistinguishable(known, unknown), "{path}: known {known:?} vs unknown {unknown:?}");
        assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{path}: identical answers");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_unique_addresses_registration_answers_alike_for_taken_and_new_addresses() {
    let vars = [("RATE_LIMITS_ENABLED", "false"), ("REGISTRATION_FORM", "RegistrationFormUniqueEmail")];
    let app = TestApp::spawn(&vars).await;
    active_user(&app).await;
    let mut n = 0;
    let (taken, new, answers) = timed(|is_taken| {
        n += 1;
        let address = if is_taken { "known@example.com".to_owned() } else { format!("new{n}@example.com") };
        let username = format!("someone{n}");
        let form = [
            ("username", username),
            ("email", address),
            ("password1", PASSWORD.to_owned()),
            ("password2", PASSWORD.to_owned()),
        ];
        let request = TestApp::client().post(app.url("/accounts/register/")).form(&form).send();
        async move {
            let response = request.await.unwrap();
            let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
            format!("{} {location:?}", response.status())
        }
    })
    .await;
    assert!(indistinguishable(taken, new), "taken {taken:?} vs new {new:?}");
    assert!(answers.iter().all(|a| a == "302 Found Some(\"/accounts/register/complete/\")"), "{answers:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE email = 'known@example.com'").await, 1);
}
