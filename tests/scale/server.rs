//! A `registration serve` process of the real binary, stopped when dropped.

use crate::harness::free_port;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Server {
    pub base: String,
    child: Child,
}

impl Server {
    /// Starts an instance on a free port and waits until it answers.
    pub async fn start(db_url: &str, mail_dir: &Path, work_dir: &Path) -> Self {
        let port = free_port();
        let child = Command::new(env!("CARGO_BIN_EXE_registration"))
            .arg("serve")
            .current_dir(work_dir)
            .env_clear()
            .env("ACCOUNT_ACTIVATION_DAYS", "7")
            .env("DATABASE_URL", db_url)
            .env("EMAIL_URL", format!("file://{}", mail_dir.display()))
            .env("SITE_DOMAIN", "testserver.example")
            .env("ALLOWED_HOSTS", "127.0.0.1")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_OUTPUT_NAME", "registration")
            .env("RATE_LIMITS_ENABLED", "false")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        let server = Self { base: format!("http://127.0.0.1:{port}"), child };
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
        panic!("the server at {} did not become ready", self.base);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
