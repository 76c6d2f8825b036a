//! Delivery through a real SMTP server process (aiosmtpd, installed by `make test`).

use crate::harness::{base_vars, TestApp};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

fn smtp_python() -> PathBuf {
    let path = std::env::var_os("REGISTRATION_TEST_SMTP_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/smtp/bin/python"));
    assert!(
        path.exists(),
        "no SMTP server for the tests at {}: run `make test` (scripts/bootstrap.sh installs aiosmtpd)",
        path.display()
    );
    path
}

/// `smtp_server.py`: down (every connection closed at once) until `open`, then a real SMTP
/// server storing into a maildir. It holds its port the whole time.
struct SmtpServer {
    child: Child,
    port: u16,
    stdout: BufReader<ChildStdout>,
}

impl SmtpServer {
    fn start_down(maildir: &Path) -> Self {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/http/smtp_server.py");
        let mut child = Command::new(smtp_python())
            .arg(script)
            .arg(maildir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the SMTP server starts");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let port = read_line(&mut stdout).parse().expect("the SMTP server prints its port");
        Self { child, port, stdout }
    }

    fn open(&mut self) {
        self.tell("open");
    }

    /// From now on, `busy…` recipients are accepted.
    fn relent(&mut self) {
        self.tell("relent");
    }

    fn tell(&mut self, command: &str) {
        writeln!(self.child.stdin.as_mut().unwrap(), "{command}").unwrap();
        assert_eq!(read_line(&mut self.stdout), command, "the SMTP server obeyed {command:?}");
    }
}

fn read_line(stdout: &mut BufReader<ChildStdout>) -> String {
    let mut line = String::new();
    stdout.read_line(&mut line).expect("the SMTP server answers");
    line.trim().to_owned()
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_queued_while_smtp_is_down_arrives_after_it_comes_back_even_across_a_restart() {
    let db = tempfile::tempdir().unwrap();
    let maildir = tempfile::tempdir().unwrap();
    // aiosmtpd creates the maildir only where nothing exists yet.
    let mailbox = maildir.path().join("mailbox");
    let mut smtp = SmtpServer::start_down(&mailbox);
    let port = smtp.port;
    let mut vars = base_vars(db.path(), maildir.path()).await;
    vars.insert("EMAIL_URL".into(), format!("smtp://127.0.0.1:{port}"));
    vars.insert("EMAIL_RETRY_MAX_DELAY_SECONDS".into(), "1".into());

    let mut app = TestApp::spawn_with(vars.clone()).await;
    assert_eq!(app.register("quinn", "quinn@example.com", "s3cret-Passw0rd!").await.status(), 302);
    let attempted = "SELECT COUNT(*) FROM email_outbox WHERE attempts >= 1 AND sent_at IS NULL";
    assert_eq!(
        app.count_eventually(attempted, 1, Duration::from_secs(10)).await,
        1,
        "delivery was attempted and failed"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL").await, 1);
    app.stop().await;

    smtp.open();
    let new_dir = mailbox.join("new");
    let restarted = TestApp::spawn_with(vars).await;
    let mails = wait_for_files_any(&new_dir, 1, Duration::from_secs(15)).await;
    assert_eq!(mails.len(), 1, "the queued mail arrived after the server came back");
    assert!(mails[0].contains("quinn@example.com") && mails[0].contains("/accounts/activate/"));
    let sent = "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL";
    assert_eq!(
        restarted.count_eventually(sent, 1, Duration::from_secs(5)).await,
        1,
        "and it is recorded as sent"
    );
}

const PASSWORD: &str = "s3cret-Passw0rd!";

/// The outbox's CLI on the test's database.
fn outbox_cli(vars: &std::collections::HashMap<String, String>, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_registration"))
        .arg("outbox")
        .args(args)
        .env_clear()
        .env("ACCOUNT_ACTIVATION_DAYS", "7")
        .env("DATABASE_URL", &vars["DATABASE_URL"])
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_recipient_fails_at_once_a_busy_one_is_retried_with_jitter_until_delivered() {
    let db = tempfile::tempdir().unwrap();
    let maildir = tempfile::tempdir().unwrap();
    let mailbox = maildir.path().join("mailbox");
    let mut smtp = SmtpServer::start_down(&mailbox);
    smtp.open();
    let mut vars = base_vars(db.path(), maildir.path()).await;
    vars.insert("EMAIL_URL".into(), format!("smtp://127.0.0.1:{}", smtp.port));
    vars.insert("EMAIL_RETRY_MAX_DELAY_SECONDS".into(), "1".into());
    vars.insert("EMAIL_MAX_ATTEMPTS".into(), "3".into());
    let app = TestApp::spawn_with(vars.clone()).await;
    for who in ["refused", "syntax", "busy1", "busy2", "busy3"] {
        assert_eq!(app.register(who, &format!("{who}@example.com"), PASSWORD).await.status(), 302);
    }

    let given_up = "SELECT COUNT(*) FROM email_outbox WHERE recipient = 'refused@example.com' AND failed_at IS NOT NULL AND attempts = 1";
    assert_eq!(app.count_eventually(given_up, 1, Duration::from_secs(10)).await, 1, "550: failed at once");
    let retried = "SELECT COUNT(*) FROM email_outbox WHERE recipient LIKE 'busy%' AND attempts >= 2 AND sent_at IS NULL AND failed_at IS NULL";
    assert_eq!(app.count_eventually(retried, 3, Duration::from_secs(15)).await, 3, "451: tried again");
    let delays: Vec<i64> = registration::on_pool!(&app.core.db, c => sqlx::query_scalar(
        "SELECT next_attempt_at - last_attempt_at FROM email_outbox WHERE recipient LIKE 'busy%' AND sent_at IS NULL")
        .fetch_all(c).await).unwrap();
    assert_eq!(delays.len(), 3);
    assert!(delays.iter().all(|d| (500..=1000).contains(d)), "a 1 s backoff with jitter: {delays:?}");
    assert!(delays.iter().any(|d| *d != delays[0]), "jitter spreads the retries: {delays:?}");
    crate::harness::count_stays(&app, given_up, 1, Duration::from_millis(1500)).await;
    let out_of_attempts = "SELECT COUNT(*) FROM email_outbox WHERE recipient = 'syntax@example.com' AND failed_at IS NOT NULL AND attempts = 3";
    assert_eq!(
        app.count_eventually(out_of_attempts, 1, Duration::from_secs(15)).await,
        1,
        "501: permanent, but given up only after EMAIL_MAX_ATTEMPTS"
    );

    let failed = outbox_cli(&vars, &["list", "--failed"]);
    assert!(failed.contains("refused@example.com") && failed.contains("failed"), "{failed}");
    assert!(failed.contains("550"), "the relay's answer is kept: {failed}");
    assert!(!failed.contains("busy"), "only failed messages: {failed}");
    assert!(failed.contains("syntax@example.com") && failed.contains("2 message(s)."), "{failed}");

    smtp.relent();
    let mails = wait_for_files_any(&mailbox.join("new"), 3, Duration::from_secs(15)).await;
    assert_eq!(mails.len(), 3, "the busy recipients get their mail once the relay relents");
    let sent = "SELECT COUNT(*) FROM email_outbox WHERE recipient LIKE 'busy%' AND sent_at IS NOT NULL";
    assert_eq!(app.count_eventually(sent, 3, Duration::from_secs(5)).await, 3);
    assert_eq!(app.core.metrics.mails_given_up.get(), 2);

    let id = app.count("SELECT id FROM email_outbox WHERE recipient = 'refused@example.com'").await;
    let retried_by_hand = outbox_cli(&vars, &["retry", &id.to_string()]);
    assert!(retried_by_hand.contains("due now"), "{retried_by_hand}");
    app.core.outbox_wakeup.notify_one();
    let again = "SELECT COUNT(*) FROM email_outbox WHERE recipient = 'refused@example.com' AND failed_at IS NOT NULL AND attempts = 2";
    assert_eq!(app.count_eventually(again, 1, Duration::from_secs(10)).await, 1, "tried once more by hand");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_failed_deliveries_within_a_minute_pause_sending() {
    let db = tempfile::tempdir().unwrap();
    let maildir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start_down(&maildir.path().join("mailbox"));
    let mut vars = base_vars(db.path(), maildir.path()).await;
    vars.insert("EMAIL_URL".into(), format!("smtp://127.0.0.1:{}", smtp.port));
    vars.insert("EMAIL_RETRY_MAX_DELAY_SECONDS".into(), "1".into());
    vars.insert("MAIL_BREAKER_FAILURES".into(), "3".into());
    let app = TestApp::spawn_with(vars).await;
    for who in ["one", "two"] {
        assert_eq!(app.register(who, &format!("{who}@example.com"), PASSWORD).await.status(), 302);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while app.core.metrics.mail_breaker_trips.get() == 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.core.metrics.mail_breaker_trips.get(), 1, "the fourth failure within a minute trips it");
    let attempts = "SELECT CAST(SUM(attempts) AS BIGINT) FROM email_outbox";
    let tried = app.count(attempts).await;
    assert_eq!(tried, 4, "no attempt after the one that tripped it");
    // Unpaused, the two messages would be tried again within a second each.
    crate::harness::count_stays(&app, attempts, 4, Duration::from_secs(3)).await;
    drop(smtp);
}

/// Maildir files have no extension.
async fn wait_for_files_any(dir: &Path, n: usize, timeout: Duration) -> Vec<String> {
    let started = std::time::Instant::now();
    loop {
        let mails: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        if mails.len() >= n || started.elapsed() > timeout {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
