//! A `registration serve` process of the real binary, stopped when dropped.

use crate::harness::ServerProcess;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

pub struct Server {
    pub base: String,
    process: ServerProcess,
}

impl Server {
    /// Starts an instance on a port the system chooses and waits until it is ready.
    pub async fn start(db_url: &str, mail_dir: &Path, work_dir: &Path) -> Self {
        Self::start_with(db_url, mail_dir, work_dir, &[]).await
    }

    /// Like `start`, with more (or overriding) settings.
    pub async fn start_with(db_url: &str, mail_dir: &Path, work_dir: &Path, vars: &[(&str, &str)]) -> Self {
        let server = Self::spawn(db_url, mail_dir, work_dir, vars);
        server.wait_until_ready(Duration::from_secs(10)).await;
        server
    }

    /// Starts an instance and returns as soon as it listens (ready or not).
    pub fn spawn(db_url: &str, mail_dir: &Path, work_dir: &Path, vars: &[(&str, &str)]) -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_registration"));
        command
            .arg("serve")
            .current_dir(work_dir)
            .env_clear()
            .env("ACCOUNT_ACTIVATION_DAYS", "7")
            .env("DATABASE_URL", db_url)
            .env("EMAIL_URL", format!("file://{}", mail_dir.display()))
            .env("SITE_DOMAIN", "testserver.example")
            .env("ALLOWED_HOSTS", "127.0.0.1")
            .env("LEPTOS_OUTPUT_NAME", "registration")
            .env("RATE_LIMITS_ENABLED", "false")
            .stdout(Stdio::null());
        for (name, value) in vars {
            command.env(name, value);
        }
        let process = ServerProcess::start(command, "warn");
        Self { base: process.base.clone(), process }
    }

    /// Waits until `/readyz` answers 200; the test fails after `patience`.
    pub async fn wait_until_ready(&self, patience: Duration) {
        let deadline = tokio::time::Instant::now() + patience;
        while tokio::time::Instant::now() < deadline {
            if let Ok(response) = reqwest::get(self.url("/readyz")).await {
                if response.status() == 200 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server at {} did not become ready: {}", self.base, self.log());
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn log(&self) -> String {
        crate::harness::joined(&self.process.log)
    }

    /// The value of a counter on this instance's `/metrics` (summed over its labels).
    pub async fn metric(&self, name: &str) -> f64 {
        let text = reqwest::get(self.url("/metrics")).await.unwrap().text().await.unwrap();
        text.lines()
            .filter(|l| l.starts_with(name) && l[name.len()..].starts_with([' ', '{']))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.process.child.kill();
        let _ = self.process.child.wait();
    }
}
