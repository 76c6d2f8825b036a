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
        writeln!(self.child.stdin.as_mut().unwrap(), "open").unwrap();
        assert_eq!(read_line(&mut self.stdout), "open", "the SMTP server opened");
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
