//! The development mailbox (`EMAIL_URL=memory://`): the last `CAPACITY` mails delivered by this
//! process, kept in memory and shown at `/dev/mail/`, so a newcomer can follow an activation
//! link without an SMTP server. Never for production: anyone who can reach the site reads them.

use super::message::OutgoingEmail;
use chrono::{DateTime, Utc};
use std::collections::VecDeque;
use std::sync::Mutex;

/// How many mails the mailbox keeps (the oldest go first).
pub const CAPACITY: usize = 100;

/// One delivered mail.
#[derive(Clone, serde::Serialize)]
pub struct StoredMail {
    pub id: u64,
    pub received: DateTime<Utc>,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

#[derive(Default)]
pub struct Mailbox {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    next_id: u64,
    mails: VecDeque<StoredMail>,
}

impl Mailbox {
    /// Keeps `email`, dropping the oldest mail when full; returns its id.
    pub fn deliver(&self, email: &OutgoingEmail) -> u64 {
        let mut inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        inner.next_id += 1;
        let id = inner.next_id;
        if inner.mails.len() == CAPACITY {
            inner.mails.pop_front();
        }
        inner.mails.push_back(StoredMail {
            id,
            received: Utc::now(),
            from: email.from.clone(),
            to: email.to.clone(),
            subject: email.subject.clone(),
            text: email.text.clone(),
            html: email.html.clone(),
        });
        id
    }

    /// Every kept mail, newest first.
    pub fn newest_first(&self) -> Vec<StoredMail> {
        let inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        inner.mails.iter().rev().cloned().collect()
    }

    pub fn get(&self, id: u64) -> Option<StoredMail> {
        let inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        inner.mails.iter().find(|m| m.id == id).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(n: usize) -> OutgoingEmail {
        OutgoingEmail {
            from: "site@example.com".into(),
            to: format!("user{n}@example.com"),
            subject: format!("mail {n}"),
            text: "text".into(),
            html: None,
        }
    }

    #[test]
    fn keeps_the_newest_hundred_newest_first() {
        let mailbox = Mailbox::default();
        for n in 1..=CAPACITY + 5 {
            mailbox.deliver(&mail(n));
        }
        let kept = mailbox.newest_first();
        assert_eq!(kept.len(), CAPACITY);
        assert_eq!(kept[0].subject, format!("mail {}", CAPACITY + 5));
        assert_eq!(kept[CAPACITY - 1].subject, "mail 6");
        assert!(mailbox.get(5).is_none(), "the oldest went first");
        assert_eq!(mailbox.get(6).map(|m| m.to), Some("user6@example.com".into()));
    }
}
