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
        let process = ServerProcess::start(command, "warn");
        let server = Self { base: process.base.clone(), process };
        server.wait_until_ready().await;
        server
    }

    async fn wait_until_ready(&self) {
        for _ in 0..200 {
            if let Ok(response) = reqwest::get(self.url("/readyz")).await {
                if response.status() == 200 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "the server at {} did not become ready: {}",
            self.base,
            crate::harness::joined(&self.process.log)
        );
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.process.child.kill();
        let _ = self.process.child.wait();
    }
}
