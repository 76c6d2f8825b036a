//! Mail transports: console, one `.eml` file per message, SMTP (plain, STARTTLS, TLS), or the
//! in-process development mailbox.

use super::message::OutgoingEmail;
use lettre::message::Message;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};
use std::path::PathBuf;
use std::time::Duration;

/// How SMTP connections are secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpSecurity {
    None,
    StartTls,
    Tls,
}

/// A parsed `EMAIL_URL`. `Debug` never shows the SMTP password.
#[derive(Clone, Debug)]
pub enum EmailUrl {
    Console,
    /// `memory://`: the development mailbox at `/dev/mail/`.
    Memory,
    File(PathBuf),
    Smtp {
        host: String,
        port: u16,
        security: SmtpSecurity,
        user: Option<String>,
        password: Option<SecretString>,
    },
}

impl EmailUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        if raw == "console:" || raw == "console://" {
            return Ok(Self::Console);
        }
        if raw == "memory:" || raw == "memory://" {
            return Ok(Self::Memory);
        }
        let url = url::Url::parse(raw)
            .map_err(|e| format!("expected console://, memory://, file:///dir or smtp://host:port ({e})"))?;
        let security = match url.scheme() {
            "file" => return Ok(Self::File(PathBuf::from(url.path()))),
            "smtp" => SmtpSecurity::None,
            "smtp+tls" => SmtpSecurity::StartTls,
            "smtps" => SmtpSecurity::Tls,
            other => {
                return Err(format!(
                    "unknown scheme {other:?}; expected console, memory, file, smtp, smtp+tls or smtps"
                ))
            }
        };
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or("an SMTP URL needs a host")?.to_owned();
        let port = url.port().unwrap_or(match security {
            SmtpSecurity::Tls => 465,
            SmtpSecurity::StartTls => 587,
            SmtpSecurity::None => 25,
        });
        let decode = |s: &str| percent_decode(s);
        let user = Some(decode(url.username())).filter(|u| !u.is_empty());
        let password = url.password().map(|p| SecretString::from(decode(p)));
        Ok(Self::Smtp { host, port, security, user, password })
    }
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// A ready transport. Sending is the only operation.
#[derive(Clone)]
pub enum Transport {
    Console,
    Memory(std::sync::Arc<super::mailbox::Mailbox>),
    File(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Why a message could not be handed over (its text is stored with the message).
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Message(#[from] super::message::MessageError),
    #[error("file")]
    File(#[from] lettre::transport::file::Error),
    #[error("smtp")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

/// What a failed delivery means for the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The relay or the network is in trouble (SMTP 4xx, connection, timeout, file system):
    /// try again later, for as long as it takes.
    Transient,
    /// A permanent answer that may concern the setup rather than the recipient (SMTP 5xx
    /// other than 55x): try again, up to `EMAIL_MAX_ATTEMPTS`.
    Permanent,
    /// The recipient is refused for good (SMTP 55x) or the message cannot be built: give up now.
    Refused,
}

impl SendError {
    pub fn failure(&self) -> Failure {
        match self {
            Self::Message(_) => Failure::Refused,
            Self::File(_) => Failure::Transient,
            Self::Smtp(e) if e.is_permanent() => {
                let code = e.status().map(|c| c.to_string()).unwrap_or_default();
                if code.starts_with("55") {
                    Failure::Refused
                } else {
                    Failure::Permanent
                }
            }
            Self::Smtp(_) => Failure::Transient,
        }
    }
}

/// How long an SMTP exchange may take before it fails (`lease / SMTP_TIMEOUT` sizes a batch).
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(15);

impl Transport {
    /// The transport `url` names; `memory://` delivers into `mailbox` (which it then needs).
    pub fn from_url(
        url: &EmailUrl,
        mailbox: Option<std::sync::Arc<super::mailbox::Mailbox>>,
    ) -> Result<Self, String> {
        match url {
            EmailUrl::Console => Ok(Self::Console),
            EmailUrl::Memory => {
                mailbox.map(Self::Memory).ok_or_else(|| "memory:// needs the mailbox".to_owned())
            }
            EmailUrl::File(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                Ok(Self::File(AsyncFileTransport::new(dir)))
            }
            EmailUrl::Smtp { host, port, security, user, password } => {
                let builder = match security {
                    SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                    SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
                        .map_err(|e| e.to_string())?,
                    SmtpSecurity::Tls => {
                        AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(|e| e.to_string())?
                    }
                };
                let mut builder = builder.port(*port).timeout(Some(SMTP_TIMEOUT));
                if let (Some(user), Some(password)) = (user, password) {
                    builder = builder
                        .credentials(Credentials::new(user.clone(), password.expose_secret().to_owned()));
                }
                Ok(Self::Smtp(builder.build()))
            }
        }
    }

    /// Hands one email over. The console shows it readably (headers and the plain text, not
    /// the encoded MIME), so a developer can follow its links.
    pub async fn send(&self, email: &OutgoingEmail) -> Result<(), SendError> {
        if let Self::Console = self {
            let rule = "-".repeat(79);
            println!(
                "From: {}\nTo: {}\nSubject: {}\n\n{}\n{rule}",
                email.from, email.to, email.subject, email.text
            );
            return Ok(());
        }
        if let Self::Memory(mailbox) = self {
            mailbox.deliver(email);
            return Ok(());
        }
        let message: Message = email.to_message()?;
        match self {
            Self::Console | Self::Memory(_) => Ok(()),
            Self::File(t) => Ok(t.send(message).await.map(drop)?),
            Self::Smtp(t) => Ok(t.send(message).await.map(drop)?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_scheme() {
        assert!(matches!(EmailUrl::parse("console://"), Ok(EmailUrl::Console)));
        assert!(matches!(EmailUrl::parse("memory://"), Ok(EmailUrl::Memory)));
        assert!(
            matches!(EmailUrl::parse("file:///tmp/mail"), Ok(EmailUrl::File(p)) if p == std::path::Path::new("/tmp/mail"))
        );
        let Ok(EmailUrl::Smtp { host, port, security, user, password }) =
            EmailUrl::parse("smtps://me%40x:p%40ss@mail.example:2465")
        else {
            panic!("smtps");
        };
        assert_eq!(
            (host.as_str(), port, security, user.as_deref()),
            ("mail.example", 2465, SmtpSecurity::Tls, Some("me@x"))
        );
        assert_eq!(password.unwrap().expose_secret(), "p@ss");
        assert!(matches!(
            EmailUrl::parse("smtp+tls://h"),
            Ok(EmailUrl::Smtp { port: 587, security: SmtpSecurity::StartTls, .. })
        ));
        assert!(EmailUrl::parse("ftp://x").is_err());
    }

    #[test]
    fn debug_hides_the_smtp_password() {
        let url = EmailUrl::parse("smtp://u:hunter2@h:25").unwrap();
        assert!(!format!("{url:?}").contains("hunter2"));
    }
}
