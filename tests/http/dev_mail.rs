//! The development mailbox: with `EMAIL_URL=memory://` the mails this server sent are at
//! `/dev/mail/`, each readable as text with working links and as HTML; with any other transport
//! those pages do not exist.

use crate::harness::{activation_path, TestApp};
use std::time::{Duration, Instant};

const PASSWORD: &str = "s3cret-Passw0rd!";

/// Waits until the mailbox lists `n` mails and returns its page.
async fn mailbox_with(app: &TestApp, n: usize) -> String {
    let started = Instant::now();
    loop {
        let page = app.get("/dev/mail/").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        if html.matches("<tr><td>").count() >= n || started.elapsed() > Duration::from_secs(10) {
            return html;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_newcomer_reads_the_activation_mail_in_the_browser_and_follows_its_link() {
    let app = TestApp::spawn(&[("EMAIL_URL", "memory://")]).await;
    let empty = mailbox_with(&app, 0).await;
    assert!(empty.contains("No mail yet"), "the empty mailbox says what to do");
    assert_eq!(app.register("newcomer", "newcomer@example.com", PASSWORD).await.status(), 302);

    let list = mailbox_with(&app, 1).await;
    assert!(list.contains("newcomer@example.com") && list.contains("Account activation"), "{list}");
    assert_eq!(app.get("/dev/mail").await.status(), 308, "the slashless path redirects");
    let text = app.get("/dev/mail/1/").await;
    assert_eq!(text.status(), 200);
    // The page escapes `/` in attributes as `&#x2f;` (browsers read it back as `/`).
    let text = text.text().await.unwrap().replace("&#x2f;", "/");
    let link = text
        .split("<a href=\"")
        .map(|rest| rest.split('"').next().unwrap())
        .find(|href| href.contains("/accounts/activate/"))
        .expect("the activation link is a link");
    assert!(link.starts_with("http://testserver.example/accounts/activate/"), "{link}");
    assert!(text.contains("View the HTML version"));

    let html = app.get("/dev/mail/1/html").await;
    assert_eq!(html.status(), 200);
    let policy = html.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(policy.starts_with("default-src 'none'") && !policy.contains("script"), "{policy}");
    assert!(html.text().await.unwrap().contains(&format!("<a href=\"{link}\"")));

    let path = activation_path(&format!("{link}\n"));
    assert_eq!(app.post(&path).await.status(), 302, "the link activates");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_active").await, 1);
    assert_eq!(app.get("/dev/mail/99/").await.status(), 404);
    assert_eq!(app.get("/dev/mail/x/html").await.status(), 404);
    let sent = "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL";
    assert_eq!(app.count(sent).await, 1, "the outbox records the delivery");
}

#[tokio::test]
async fn without_the_memory_transport_the_mailbox_does_not_exist() {
    let app = TestApp::spawn(&[]).await;
    for path in ["/dev/mail/", "/dev/mail/1/", "/dev/mail/1/html"] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}
