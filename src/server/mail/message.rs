//! One outgoing email as the outbox stores it, and its conversion to a MIME message.

use lettre::message::{header::ContentType, Mailbox, Message, MultiPart, SinglePart};

/// A fully rendered email, ready to be queued.
#[derive(Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub from: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

impl std::fmt::Debug for OutgoingEmail {
    // The bodies carry activation links, so only the envelope is ever printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutgoingEmail")
            .field("to", &self.to)
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}

impl OutgoingEmail {
    /// Builds the MIME message: plain text, plus an HTML alternative when there is one.
    pub fn to_message(&self) -> Result<Message, MessageError> {
        let from: Mailbox = self.from.parse().map_err(MessageError::Sender)?;
        let to: Mailbox = self.to.parse().map_err(MessageError::Recipient)?;
        let builder = Message::builder().from(from).to(to).subject(condense(&self.subject));
        let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(self.text.clone());
        let message = match &self.html {
            Some(html) => builder.multipart(
                MultiPart::alternative()
                    .singlepart(text)
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html.clone())),
            ),
            None => builder.singlepart(text),
        };
        Ok(message?)
    }
}

/// A queued email that cannot become a MIME message.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("bad sender address")]
    Sender(#[source] lettre::address::AddressError),
    #[error("bad recipient address")]
    Recipient(#[source] lettre::address::AddressError),
    #[error("message")]
    Build(#[from] lettre::error::Error),
}

/// Forces a subject onto one line, as the original does with `''.join(subject.splitlines())`.
pub fn condense(subject: &str) -> String {
    subject.lines().collect::<String>().chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_forced_onto_one_line() {
        assert_eq!(condense("Activate\r\n your account\n"), "Activate your account");
    }

    #[test]
    fn builds_a_multipart_alternative_when_html_is_present() {
        let email = OutgoingEmail {
            from: "webmaster@localhost".into(),
            to: "a@example.com".into(),
            subject: "Hi\nthere".into(),
            text: "plain".into(),
            html: Some("<p>html</p>".into()),
        };
        let raw = String::from_utf8(email.to_message().unwrap().formatted()).unwrap();
        assert!(raw.contains("Subject: Hithere"));
        assert!(raw.contains("multipart/alternative"));
    }
}
