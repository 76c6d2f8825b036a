//! Email addresses, checked the way Django's `EmailValidator` does, with a case-folded key.

use super::message::Msg;
use super::messages;
use super::unicode::lowercase;

pub const MAX_LENGTH: usize = 254;

/// A syntactically valid address. The domain is lower-cased (Django's `normalize_email`);
/// `normalized()` is the fully lower-cased key used for case-insensitive lookups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress {
    address: String,
    normalized: String,
}

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, Vec<Msg>> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(vec![messages::REQUIRED.to_owned()]);
        }
        if value.chars().count() > MAX_LENGTH || !is_valid(value) {
            return Err(vec![messages::INVALID_EMAIL.to_owned()]);
        }
        let (user, domain) = value.rsplit_once('@').expect("checked by is_valid");
        let address = format!("{user}@{}", lowercase(domain));
        let normalized = lowercase(&address);
        Ok(Self { address, normalized })
    }

    /// Rebuilds an address read back from storage.
    pub fn from_trusted(address: String) -> Self {
        let normalized = lowercase(&address);
        Self { address, normalized }
    }

    pub fn as_str(&self) -> &str {
        &self.address
    }

    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The lower-cased domain part.
    pub fn domain(&self) -> &str {
        self.address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

/// Case-insensitive key of any address-like input (used by resend lookups).
pub fn normalize(raw: &str) -> String {
    lowercase(raw.trim())
}

fn is_valid(value: &str) -> bool {
    let Some((user, domain)) = value.rsplit_once('@') else {
        return false;
    };
    is_valid_user(user) && is_valid_domain(domain)
}

fn is_valid_user(user: &str) -> bool {
    const ATEXT: &str = "!#$%&'*+-/=?^_`{|}~";
    !user.is_empty()
        && user.len() <= 64
        && user.split('.').all(|atom| {
            !atom.is_empty() && atom.chars().all(|c| c.is_ascii_alphanumeric() || ATEXT.contains(c))
        })
}

fn is_valid_domain(domain: &str) -> bool {
    if domain.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let (tld, rest) = labels.split_last().expect("at least two labels");
    rest.iter().all(|label| is_valid_label(label)) && is_valid_tld(tld)
}

fn is_valid_label(label: &str) -> bool {
    let ok_chars = label.chars().all(|c| c.is_alphanumeric() || c == '-');
    ok_chars
        && !label.is_empty()
        && label.chars().count() <= 63
        && !label.starts_with('-')
        && !label.ends_with('-')
}

fn is_valid_tld(tld: &str) -> bool {
    let count = tld.chars().count();
    (2..=63).contains(&count)
        && !tld.starts_with('-')
        && !tld.ends_with('-')
        && tld.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !tld.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_the_domain_but_keeps_the_local_part() {
        let email = EmailAddress::parse(" Alice.B+tag@Example.COM ").unwrap();
        assert_eq!(email.as_str(), "Alice.B+tag@example.com");
        assert_eq!(email.normalized(), "alice.b+tag@example.com");
        assert_eq!(email.domain(), "example.com");
    }

    #[test]
    fn rejects_what_django_rejects() {
        for bad in [
            "plain",
            "@example.com",
            "a@",
            "a@b",
            "a..b@example.com",
            "a b@example.com",
            "a@-example.com",
            "a@example.c",
            "a@example.123",
            "a@exa mple.com",
            "a\r\nb@example.com",
        ] {
            assert_eq!(EmailAddress::parse(bad).unwrap_err(), vec![messages::INVALID_EMAIL], "{bad}");
        }
    }

    #[test]
    fn accepts_localhost_and_unicode_domains() {
        assert!(EmailAddress::parse("root@localhost").is_ok());
        assert!(EmailAddress::parse("user@bücher.de").is_ok());
    }

    #[test]
    fn over_254_characters_is_invalid() {
        let long = format!("{}@{}.{}.{}.com", "a".repeat(64), "b".repeat(63), "c".repeat(63), "d".repeat(58));
        assert_eq!(long.len(), 255);
        assert!(EmailAddress::parse(&long).is_err());
        assert!(EmailAddress::parse(&long[1..]).is_ok());
    }

    #[test]
    fn empty_is_required() {
        assert_eq!(EmailAddress::parse("").unwrap_err(), vec![messages::REQUIRED]);
    }
}
