//! The single-use tokens of links in mail (password reset, email change, "this wasn't me"):
//! 32 random bytes as 64 lowercase hex digits; only their SHA-256 digests are stored.

use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh token for a link.
pub fn new_token() -> String {
    let mut raw = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    hex::encode(raw)
}

/// The digest stored for a token.
pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether `token` could be one of ours (anything else is refused without a query).
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Tokens issued at or before this have expired.
pub fn issued_after(timeout: std::time::Duration, now: DateTime<Utc>) -> DateTime<Utc> {
    let seconds = i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX).min(i64::MAX / 1000);
    now.checked_sub_signed(Duration::seconds(seconds)).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_only_their_form_is_trusted() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(is_well_formed(&a));
        assert!(!is_well_formed(&a.to_uppercase()));
        assert!(!is_well_formed(&a[1..]));
        assert_eq!(digest(&a).len(), 64);
        assert_ne!(digest(&a), a, "the stored digest is not the token");
        let now = Utc::now();
        assert_eq!(issued_after(std::time::Duration::from_secs(60), now), now - Duration::seconds(60));
        let _ = issued_after(std::time::Duration::MAX, now); // No overflow.
    }
}
