//! Delivery through a real SMTP server process (aiosmtpd, installed by `make test`).

use crate::harness::{base_vars, free_port, TestApp};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
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

struct SmtpServer(Child);

impl SmtpServer {
    async fn start(port: u16, maildir: &Path) -> Self {
        let child = Command::new(smtp_python())
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd starts");
        let server = Self(child);
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("aiosmtpd did not listen on port {port}");
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_queued_while_smtp_is_down_arrives_after_it_comes_back_even_across_a_restart() {
    let port = free_port();
    let db = tempfile::tempdir().unwrap();
    let maildir = tempfile::tempdir().unwrap();
    let mut vars = base_vars(db.path(), maildir.path()).await;
    vars.insert("EMAIL_URL".into(), format!("smtp://127.0.0.1:{port}"));
    vars.insert("EMAIL_RETRY_MAX_DELAY_SECONDS".into(), "1".into());

    let mut app = TestApp::spawn_with(vars.clone()).await;
    assert_eq!(app.register("quinn", "quinn@example.com", "s3cret-Passw0rd!").await.status(), 302);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let failed: i64 = app.count("SELECT attempts FROM email_outbox").await;
    assert!(failed >= 1, "delivery was attempted and failed");
    assert_eq!(app.count("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL").await, 1);
    app.stop().await;

    // aiosmtpd creates the maildir only where nothing exists yet.
    let mailbox = maildir.path().join("mailbox");
    let _smtp = SmtpServer::start(port, &mailbox).await;
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
