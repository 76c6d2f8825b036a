//! `EMAIL_DOMAIN_CHECK`: can this domain receive mail? Its MX records say so (unless the only
//! one is the "null MX" of RFC 7505, which says it cannot); with no MX record, an A or AAAA
//! record makes the domain its own mail host (RFC 5321 §5.1). A domain that does not exist, or
//! has none of these, cannot receive mail. Answers, positive and negative, are cached for an
//! hour by the resolver.

use hickory_resolver::config::{
    ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::NetError;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};
use std::net::SocketAddr;
use std::time::Duration;

const CACHE_FOR: Duration = Duration::from_secs(3600);

/// What DNS says about a domain's mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    CanReceive,
    CannotReceive,
    /// No answer in time, or an answer that settles nothing (a server failure): the reason.
    Unknown(String),
}

/// A resolver for the mail-host check.
pub struct MailHosts {
    resolver: TokioResolver,
    timeout: Duration,
}

impl MailHosts {
    /// A resolver asking `nameserver`, or the system's resolvers when `None`.
    pub fn new(nameserver: Option<SocketAddr>, timeout: Duration) -> Result<Self, String> {
        let mut builder = match nameserver {
            Some(address) => {
                let mut udp = ConnectionConfig::udp();
                udp.port = address.port();
                let server = NameServerConfig::new(address.ip(), true, vec![udp]);
                Resolver::builder_with_config(
                    ResolverConfig::from_name_servers(vec![server]),
                    TokioRuntimeProvider::default(),
                )
            }
            None => Resolver::builder_tokio().map_err(|e| {
                format!("EMAIL_DOMAIN_CHECK: cannot read the system's resolver configuration: {e}")
            })?,
        };
        configure(builder.options_mut(), timeout);
        let resolver =
            builder.build().map_err(|e| format!("EMAIL_DOMAIN_CHECK: cannot build a resolver: {e}"))?;
        Ok(Self { resolver, timeout })
    }

    /// Whether `domain` can receive mail, decided within the timeout.
    pub async fn verdict(&self, domain: &str) -> Verdict {
        if domain.starts_with('[') {
            return Verdict::CanReceive; // An address literal names its host itself.
        }
        let fqdn = format!("{}.", domain.trim_end_matches('.'));
        match tokio::time::timeout(self.timeout, self.look_up(&fqdn)).await {
            Ok(verdict) => verdict,
            Err(_) => Verdict::Unknown(format!("no answer within {} ms", self.timeout.as_millis())),
        }
    }

    async fn look_up(&self, fqdn: &str) -> Verdict {
        match self.resolver.mx_lookup(fqdn).await {
            Ok(lookup) => {
                let exchanges: Vec<bool> = lookup
                    .answers()
                    .iter()
                    .filter_map(|record| match &record.data {
                        RData::MX(mx) => Some(mx.exchange.is_root()),
                        _ => None,
                    })
                    .collect();
                match exchanges.iter().all(|null| *null) && !exchanges.is_empty() {
                    true => Verdict::CannotReceive,
                    false => Verdict::CanReceive,
                }
            }
            Err(e) if e.is_nx_domain() => Verdict::CannotReceive,
            Err(e) if e.is_no_records_found() => self.address_records(fqdn).await,
            Err(e) => unknown(&e),
        }
    }

    /// No MX record: the domain is its own mail host if it has an address.
    async fn address_records(&self, fqdn: &str) -> Verdict {
        match self.resolver.lookup_ip(fqdn).await {
            Ok(addresses) if addresses.iter().next().is_some() => Verdict::CanReceive,
            Ok(_) => Verdict::CannotReceive,
            Err(e) if e.is_no_records_found() => Verdict::CannotReceive,
            Err(e) => unknown(&e),
        }
    }
}

fn configure(options: &mut ResolverOpts, timeout: Duration) {
    options.timeout = timeout;
    options.attempts = 1;
    options.use_hosts_file = ResolveHosts::Never;
    options.cache_size = 4096;
    options.positive_min_ttl = Some(CACHE_FOR);
    options.positive_max_ttl = Some(CACHE_FOR);
    options.negative_min_ttl = Some(CACHE_FOR);
    options.negative_max_ttl = Some(CACHE_FOR);
}

fn unknown(error: &NetError) -> Verdict {
    Verdict::Unknown(error.to_string())
}
