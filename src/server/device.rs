//! The device cookie: proof that this browser has logged in as a user before, so failed
//! logins from elsewhere never slow it down (see `login_throttle`). Its value is an HMAC of
//! the normalised username under the site's key (`SECRET_KEY`, else a key made at startup,
//! which restarts forget); it names no user and cannot be made for another one.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

pub const COOKIE: &str = "registration_device";
/// A year, in seconds.
const MAX_AGE: u64 = 365 * 24 * 3600;

/// The key device cookies are signed with.
#[derive(Clone)]
pub struct DeviceKey([u8; 32]);

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceKey(<redacted>)")
    }
}

impl DeviceKey {
    /// From `SECRET_KEY`, or random (cookies then last until the process restarts).
    pub fn new(secret: Option<&str>) -> Self {
        match secret {
            Some(secret) => Self(Sha256::digest(secret.as_bytes()).into()),
            None => {
                let mut key = [0u8; 32];
                rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
                Self(key)
            }
        }
    }

    fn mac(&self, username_normalized: &str) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("any key length");
        mac.update(b"device:");
        mac.update(username_normalized.as_bytes());
        mac
    }

    /// The cookie value for this user.
    pub fn token(&self, username_normalized: &str) -> String {
        hex::encode(self.mac(username_normalized).finalize().into_bytes())
    }

    /// Whether `token` was made for this user (compared in constant time).
    pub fn is_for(&self, token: &str, username_normalized: &str) -> bool {
        hex::decode(token).is_ok_and(|bytes| self.mac(username_normalized).verify_slice(&bytes).is_ok())
    }
}

/// The `Set-Cookie` value that remembers this browser for the user.
pub fn set_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/; Max-Age={MAX_AGE}; HttpOnly; SameSite=Lax{secure}")
}

/// The device cookie of a request's `Cookie` headers.
pub fn from_headers(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| v.len() == 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_proves_one_user_under_one_key() {
        let key = DeviceKey::new(Some("site secret"));
        let token = key.token("alice");
        assert!(key.is_for(&token, "alice"));
        assert!(!key.is_for(&token, "bob"), "not another user's");
        assert!(!DeviceKey::new(Some("other")).is_for(&token, "alice"), "not under another key");
        assert!(!key.is_for("zz", "alice"));
        assert_eq!(token.len(), 64);
    }
}
