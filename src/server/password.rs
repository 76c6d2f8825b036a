//! Password hashing (Argon2id, OWASP parameters) off the async executor, and the bundled
//! list of the 20,000 most common passwords (Django's list).

use super::argon2id;
use argon2::password_hash::PasswordHash;
use std::collections::HashSet;
use std::io::Read;
use std::sync::OnceLock;

static COMMON_GZ: &[u8] = include_bytes!("../../data/common-passwords.txt.gz");

/// True when the (lower-cased) password is among the 20,000 most common ones.
pub fn is_common(password_lowercase: &str) -> bool {
    static LIST: OnceLock<HashSet<String>> = OnceLock::new();
    LIST.get_or_init(load_common).contains(password_lowercase.trim())
}

fn load_common() -> HashSet<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(COMMON_GZ).read_to_string(&mut text).expect("bundled list is valid gzip");
    text.lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect()
}

/// Hashes on a dedicated hashing thread so request handling never waits behind it.
pub async fn hash(password: String) -> Result<String, super::hash_pool::HashError> {
    Ok(super::hash_pool::run(move || argon2id::hash(password.as_bytes())).await??)
}

/// Verifies on a hashing thread; a malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> bool {
    super::hash_pool::run(move || argon2id::verify(password.as_bytes(), &stored)).await.unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_list_is_djangos_twenty_thousand() {
        assert!(is_common("password"));
        assert!(is_common("qwerty"));
        assert!(!is_common("correct-horse-battery-staple"));
        // 20,000 lines, 19,729 distinct entries (the list repeats a few).
        assert_eq!(load_common().len(), 19_729);
    }

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let hashed = hash("s3cret-Passw0rd".into()).await.unwrap();
        assert!(hashed.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"));
        assert!(verify("s3cret-Passw0rd".into(), hashed.clone()).await);
        assert!(!verify("wrong".into(), hashed).await);
    }
}

/// True when a stored hash was made with other parameters than today's (upgrade at login).
pub fn needs_rehash(stored: &str) -> bool {
    let current = argon2id::current_params();
    let Ok(hash) = PasswordHash::new(stored) else {
        return true;
    };
    let param = |name: &str| hash.params.get_decimal(name);
    hash.algorithm.as_str() != "argon2id"
        || param("m") != Some(current.m_cost())
        || param("t") != Some(current.t_cost())
        || param("p") != Some(current.p_cost())
}

/// Burns the same time as a real verification, for usernames that do not exist.
pub async fn verify_dummy(password: String) {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    let dummy = DUMMY
        .get_or_init(|| async { hash("dummy password for timing".to_owned()).await.unwrap_or_default() })
        .await
        .clone();
    let _ = verify(password, dummy).await;
}

/// What a session remembers of the password: a digest of its hash. Changing the password
/// changes it, which ends every session that holds the old one.
pub fn session_auth_hash(stored_hash: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(format!("registration.session:{stored_hash}").as_bytes()))
}

#[cfg(test)]
mod rehash_tests {
    use super::*;

    #[test]
    fn older_parameters_need_a_rehash() {
        let old = "$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
        assert!(needs_rehash(old));
        assert!(needs_rehash("not a hash"));
        let yesterdays = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
        assert!(needs_rehash(yesterdays));
        assert!(!needs_rehash(&argon2id::hash(b"pw").unwrap()));
    }

    #[test]
    fn the_session_digest_follows_the_hash() {
        assert_ne!(session_auth_hash("a"), session_auth_hash("b"));
        assert_eq!(session_auth_hash("a"), session_auth_hash("a"));
    }
}
