//! The checks of an address that need more than its text, run by the server on registration:
//! a throwaway-mail provider (`BLOCK_DISPOSABLE_EMAIL`) and a domain that cannot receive mail
//! (`EMAIL_DOMAIN_CHECK`). Both are off by default; each refusal is one message on the email
//! field. The domain check fails open: when DNS cannot answer in time, the address is accepted.

mod disposable;
mod mail_hosts;

pub use disposable::LIST_VERSION as DISPOSABLE_LIST_VERSION;
pub use mail_hosts::{MailHosts, Verdict};

use crate::domain::messages;
use std::net::SocketAddr;
use std::time::Duration;

/// `BLOCK_DISPOSABLE_EMAIL`, `EMAIL_DOMAIN_CHECK` and the domain check's resolver settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddressCheckSettings {
    pub block_disposable: bool,
    pub domain_check: bool,
    /// `EMAIL_DOMAIN_CHECK_TIMEOUT_MS` (default 800): the whole check, MX and A/AAAA together.
    pub domain_check_timeout: Duration,
    /// `EMAIL_DOMAIN_CHECK_NAMESERVER` (`host:port` or an IP, port 53); unset: the system's.
    pub nameserver: Option<SocketAddr>,
}

impl Default for AddressCheckSettings {
    fn default() -> Self {
        Self {
            block_disposable: false,
            domain_check: false,
            domain_check_timeout: Duration::from_millis(800),
            nameserver: None,
        }
    }
}

/// The enabled checks, built once at startup.
pub struct AddressChecks {
    block_disposable: bool,
    mail_hosts: Option<MailHosts>,
}

impl AddressChecks {
    pub fn new(settings: &AddressCheckSettings) -> Result<Self, String> {
        let mail_hosts = match settings.domain_check {
            true => Some(MailHosts::new(settings.nameserver, settings.domain_check_timeout)?),
            false => None,
        };
        Ok(Self { block_disposable: settings.block_disposable, mail_hosts })
    }

    /// The message refusing an address at `domain` (lower-cased), if an enabled check refuses it.
    pub async fn refusal(&self, domain: &str) -> Option<crate::domain::Msg> {
        if self.block_disposable && disposable::is_disposable(domain) {
            return Some(messages::DISPOSABLE_EMAIL);
        }
        let mail_hosts = self.mail_hosts.as_ref()?;
        match mail_hosts.verdict(domain).await {
            Verdict::CanReceive => None,
            Verdict::CannotReceive => Some(messages::DOMAIN_CANNOT_RECEIVE),
            Verdict::Unknown(reason) => {
                tracing::warn!(domain, reason, "EMAIL_DOMAIN_CHECK could not tell whether the domain receives mail; the address is accepted");
                None
            }
        }
    }
}
