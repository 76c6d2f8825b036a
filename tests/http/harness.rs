//! Starts the real application on a random port with a fresh database (SQLite, or
//! PostgreSQL with `TEST_DATABASE=postgres`) and a file mail transport, and offers helpers to
//! drive it the way a browser without JavaScript does.

use leptos::config::LeptosOptions;
use registration::server::config::Settings;
use registration::server::startup::Application;
use registration::server::state::Core;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::sync::oneshot;

pub struct TestApp {
    pub base: String,
    pub core: Core,
    pub mail_dir: PathBuf,
    stop: Option<oneshot::Sender<()>>,
    served: Option<tokio::task::JoinHandle<()>>,
    _dirs: Vec<TempDir>,
}

/// The settings every test starts from, with a fresh database (see `testdb`).
pub async fn base_vars(db_dir: &Path, mail_dir: &Path) -> HashMap<String, String> {
    HashMap::from([
        ("ACCOUNT_ACTIVATION_DAYS".to_owned(), "7".to_owned()),
        ("DATABASE_URL".to_owned(), crate::testdb::fresh_url(db_dir, "test").await),
        ("EMAIL_URL".to_owned(), format!("file://{}", mail_dir.display())),
        ("SITE_DOMAIN".to_owned(), "testserver.example".to_owned()),
        ("SITE_NAME".to_owned(), "Test Site".to_owned()),
        // Tests reach the app at 127.0.0.1; mail links use SITE_DOMAIN.
        ("ALLOWED_HOSTS".to_owned(), "127.0.0.1,localhost".to_owned()),
    ])
}

impl TestApp {
    pub async fn spawn(overrides: &[(&str, &str)]) -> Self {
        let db_dir = tempfile::tempdir().unwrap();
        let mail_dir = tempfile::tempdir().unwrap();
        let mut vars = base_vars(db_dir.path(), mail_dir.path()).await;
        for (k, v) in overrides {
            vars.insert((*k).to_owned(), (*v).to_owned());
        }
        let mut app = Self::spawn_with(vars).await;
        app._dirs = vec![db_dir, mail_dir];
        app
    }

    pub async fn spawn_with(vars: HashMap<String, String>) -> Self {
        Self::spawn_customized(vars, |core| core).await
    }

    pub async fn spawn_customized(
        vars: HashMap<String, String>,
        customize: impl FnOnce(Core) -> Core,
    ) -> Self {
        let settings = Settings::from_lookup(|k| vars.get(k).cloned()).expect("test settings are valid");
        let options = LeptosOptions::builder()
            .output_name("registration")
            .site_root("target/site")
            .site_addr("127.0.0.1:0".parse::<std::net::SocketAddr>().unwrap())
            .build();
        let mail_dir = match &settings.email_url {
            registration::server::mail::transport::EmailUrl::File(dir) => dir.clone(),
            _ => PathBuf::new(),
        };
        let app = Application::build_with(settings, options, customize).await.expect("application starts");
        let base = format!("http://{}", app.local_addr());
        let core = app.state.core.clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let served = tokio::spawn(async move {
            app.run_until(async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        Self { base, core, mail_dir, stop: Some(stop), served: Some(served), _dirs: Vec::new() }
    }

    /// Stops serving and the outbox worker (the database and mail directory stay).
    pub async fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(served) = self.served.take() {
            let _ = served.await;
        }
    }

    /// Keeps `dirs` (the database and mail directories) for as long as the app lives.
    pub fn keeping(mut self, dirs: Vec<TempDir>) -> Self {
        self._dirs.extend(dirs);
        self
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn client() -> reqwest::Client {
        client_with(reqwest::header::HeaderMap::new())
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        Self::client().get(self.url(path)).send().await.unwrap()
    }

    /// A POST without a body: the "Activate my account" button of an activation page.
    pub async fn post(&self, path: &str) -> reqwest::Response {
        Self::client().post(self.url(path)).send().await.unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        Self::client().post(self.url(path)).form(form).send().await.unwrap()
    }

    pub async fn register(&self, username: &str, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/accounts/register/",
            &[("username", username), ("email", email), ("password1", password), ("password2", password)],
        )
        .await
    }

    /// Runs `sql` with one BIGINT parameter (tests use it to age rows and such).
    pub async fn exec(&self, sql: &str, value: i64) -> u64 {
        registration::on_pool!(&self.core.db, c => sqlx::query(sql)
            .bind(value)
            .execute(c)
            .await
            .map(|d| d.rows_affected()))
        .unwrap()
    }

    pub async fn strings(&self, sql: &str) -> Vec<String> {
        registration::on_pool!(&self.core.db, c => sqlx::query_scalar(sql).fetch_all(c).await).unwrap()
    }

    /// Waits (up to `timeout`) until `sql` counts `expected`, and returns the last count.
    pub async fn count_eventually(&self, sql: &str, expected: i64, timeout: Duration) -> i64 {
        let started = Instant::now();
        loop {
            let count = self.count(sql).await;
            if count == expected || started.elapsed() > timeout {
                return count;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn count(&self, sql: &str) -> i64 {
        registration::on_pool!(&self.core.db, c => sqlx::query_scalar(sql).fetch_one(c).await).unwrap()
    }

    /// Waits until the outbox records `n` deliveries (each mail file is whole by then) and
    /// returns every mail in the mail directory.
    pub async fn wait_for_mails(&self, n: usize, timeout: Duration) -> Vec<String> {
        let delivered = "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL";
        let started = Instant::now();
        while self.count(delivered).await < n as i64 && started.elapsed() < timeout {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        read_mails(&self.mail_dir)
    }
}

/// A client that keeps cookies, follows no redirect, and sends `headers` with every request.
pub fn client_with(headers: reqwest::header::HeaderMap) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

pub async fn wait_for_files(dir: &Path, n: usize, timeout: Duration) -> Vec<String> {
    let started = Instant::now();
    let mut previous = Vec::new();
    loop {
        // A file may still be being written: done when `n` are there and two reads agree.
        let mails = read_mails(dir);
        if (mails.len() >= n && mails == previous) || started.elapsed() > timeout {
            return mails;
        }
        previous = mails;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub fn read_mails(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}

/// The activation path (`/accounts/activate/<key>/`) in a raw message (quoted-printable aware).
pub fn activation_path(raw: &str) -> String {
    let text = raw.replace("=\r\n", "").replace("=\n", "");
    let start = text.find("/accounts/activate/").expect("the mail contains an activation link");
    let rest = &text[start + "/accounts/activate/".len()..];
    let key: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(key.len(), 40, "a 40-character key");
    format!("/accounts/activate/{key}/")
}

pub fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// Pages carry a fresh script nonce each time; everything else must be identical (island
/// props aside, see `without_island_props`).
pub fn without_nonce(html: &str) -> String {
    let start = html.find("nonce=\"").expect("a nonce") + "nonce=\"".len();
    let nonce = html[start..].split('"').next().unwrap();
    without_island_props(&html.replace(nonce, "NONCE"))
}

/// The page without its islands' `data-props` (the form's seed, encoded: the same typed
/// values and errors the visible form shows, so comparisons of pages look at those instead).
fn without_island_props(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("data-props=\"") {
        let value = start + "data-props=\"".len();
        out.push_str(&rest[..value]);
        rest = &rest[value..];
        rest = &rest[rest.find('"').expect("a closing quote")..];
    }
    out.push_str(rest);
    out
}

/// The password-reset path (`/accounts/password/reset/confirm/<token>/`) in a raw message.
pub fn reset_path(raw: &str) -> String {
    let text = raw.replace("=\r\n", "");
    let start = text.find("/accounts/password/reset/confirm/").expect("a reset link");
    let token: String = text[start + 33..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(token.len(), 64);
    format!("/accounts/password/reset/confirm/{token}/")
}

/// The 64-digit token of the first link under `prefix` (such as `/accounts/not-me/`) in a
/// raw message (quoted-printable aware).
pub fn link_token(raw: &str, prefix: &str) -> String {
    let text = raw.replace("=\r\n", "").replace("=\n", "");
    let start = text.find(prefix).unwrap_or_else(|| panic!("a link under {prefix} in {raw}"));
    let token: String = text[start + prefix.len()..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(token.len(), 64, "a 64-digit token");
    token
}

/// Polls until `deadline` passes and fails the moment `sql` counts anything but `expected`
/// (a negative assertion that does not hang on a fixed sleep).
pub async fn count_stays(app: &TestApp, sql: &str, expected: i64, deadline: Duration) {
    let started = Instant::now();
    while started.elapsed() < deadline {
        assert_eq!(app.count(sql).await, expected, "{sql}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Polls until `deadline` passes and fails the moment `dir` holds other than `expected` mails.
pub async fn mails_stay(dir: &Path, expected: usize, deadline: Duration) {
    let started = Instant::now();
    while started.elapsed() < deadline {
        assert_eq!(read_mails(dir).len(), expected, "mails in {}", dir.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A `registration serve` process listening on a port the system chose (`127.0.0.1:0`): its
/// address is read from its own "listening on" log line, and its standard error is kept.
/// Waits (at most 10 s, else the test fails) until the server at `base` says it is ready: it
/// listens before its database answers.
pub async fn wait_until_ready(base: &str) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if reqwest::get(format!("{base}/readyz")).await.is_ok_and(|r| r.status() == 200) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{base} did not become ready within 10 s");
}

pub struct ServerProcess {
    pub child: std::process::Child,
    pub base: String,
    pub log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    /// The thread reading standard error; it ends when the process does.
    pub reader: std::thread::JoinHandle<()>,
}

impl ServerProcess {
    /// Starts `command` (a `registration serve` with its environment) with
    /// `LEPTOS_SITE_ADDR=127.0.0.1:0` and the log filter `log_filter`, and waits (at most 30 s, else the test fails) until it
    /// reports where it listens.
    pub fn start(mut command: std::process::Command, log_filter: &str) -> Self {
        use std::io::BufRead;
        command
            .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
            .env(
                "RUST_LOG",
                format!("{log_filter},registration::server::cli=info,registration::server::startup=info"),
            )
            .stderr(std::process::Stdio::piped());
        let mut child = command.spawn().expect("the binary starts");
        let stderr = child.stderr.take().unwrap();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (address, reported) = std::sync::mpsc::channel();
        let lines = log.clone();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let addr: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != '"').collect();
                    let _ = address.send(addr);
                }
                lines.lock().unwrap().push(line);
            }
        });
        let Ok(addr) = reported.recv_timeout(Duration::from_secs(30)) else {
            let _ = child.kill();
            panic!("the server did not report its address within 30 s: {:?}", log.lock().unwrap());
        };
        Self { child, base: format!("http://{addr}"), log, reader }
    }
}

/// Everything a `ServerProcess` wrote to standard error so far.
pub fn joined(log: &std::sync::Mutex<Vec<String>>) -> String {
    log.lock().unwrap().join("\n")
}

/// Runs the real `registration` binary with `args` against `db_url`, in `dir`.
pub fn run_cli(dir: &Path, db_url: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_registration"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", db_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}
