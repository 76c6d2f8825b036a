//! `BLOCK_DISPOSABLE_EMAIL`: the throwaway-mail domains of the `mailchecker` package (kept up
//! to date there, not here). A domain is disposable when it or any parent domain is listed.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The list's origin and version, shown by `registration --version` (set by `build.rs`).
pub const LIST_VERSION: &str = env!("DISPOSABLE_LIST_VERSION");

static DOMAINS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| mailchecker::blacklist().into_iter().collect());

/// True when `domain` (lower-cased) or one of its parent domains is a throwaway-mail provider.
pub fn is_disposable(domain: &str) -> bool {
    let domain = domain.trim_end_matches('.');
    let mut rest = domain;
    loop {
        if DOMAINS.contains(rest) {
            return true;
        }
        match rest.split_once('.') {
            Some((_, parent)) if parent.contains('.') => rest = parent,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_domains_and_their_subdomains_are_disposable() {
        assert!(is_disposable("mailinator.com"));
        assert!(is_disposable("eu.mailinator.com"), "a subdomain of a listed domain");
        assert!(is_disposable("yopmail.com"));
    }

    #[test]
    fn ordinary_domains_are_not() {
        for domain in ["gmail.com", "example.com", "university.edu", "com", ""] {
            assert!(!is_disposable(domain), "{domain}");
        }
    }

    #[test]
    fn the_version_names_the_package() {
        assert!(LIST_VERSION.starts_with("mailchecker "), "{LIST_VERSION}");
    }
}
