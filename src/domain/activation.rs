//! Activation keys and the lifecycle of a pending registration: expiry, activation outcome,
//! resend eligibility and cleanup criteria (`RegistrationProfile` in the original).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};
use std::fmt;

/// A well-formed activation key: 40 to 64 lowercase hex characters. `Debug` redacts it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ActivationKey(String);

impl ActivationKey {
    /// Accepts only the key format; anything else is rejected without touching storage.
    pub fn parse(raw: &str) -> Option<Self> {
        let well_formed = (40..=64).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        well_formed.then(|| Self(raw.to_owned()))
    }

    /// SHA1 hexdigest of a random salt plus the username (the salt comes from a CSPRNG).
    pub fn generate(username: &str, salt: &[u8; 20]) -> Self {
        let mut hasher = Sha1::new();
        hasher.update(hex::encode(salt).as_bytes());
        hasher.update(username.as_bytes());
        Self(hex::encode(hasher.finalize()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ActivationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ActivationKey(<redacted>)")
    }
}

/// What is known about one registration when deciding what happens to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingState {
    pub activated: bool,
    pub user_active: bool,
    /// When the current key was issued: at registration, or at its last renewal (resend).
    pub key_issued_at: DateTime<Utc>,
}

/// The moment a key issued at `key_issued_at` stops being usable.
pub fn expires_at(key_issued_at: DateTime<Utc>, activation_days: u32) -> DateTime<Utc> {
    key_issued_at + Duration::days(i64::from(activation_days))
}

/// `activation_key_expired()`: activated, or the deadline has been reached (the deadline
/// itself counts as expired).
pub fn activation_key_expired(state: &PendingState, activation_days: u32, now: DateTime<Utc>) -> bool {
    state.activated || expires_at(state.key_issued_at, activation_days) <= now
}

/// Why an activation link did not activate anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivationFailure {
    /// Malformed, or no registration has this key.
    Invalid,
    /// The deadline passed before the link was used.
    Expired,
    /// The key was used before (also when an admin deactivated the account since).
    AlreadyActivated,
}

/// Decides the outcome for a found key. `Ok(())` means: activate now.
pub fn decide_activation(
    state: &PendingState,
    activation_days: u32,
    now: DateTime<Utc>,
) -> Result<(), ActivationFailure> {
    if state.activated {
        Err(ActivationFailure::AlreadyActivated)
    } else if activation_key_expired(state, activation_days, now) {
        Err(ActivationFailure::Expired)
    } else {
        Ok(())
    }
}

/// A new key and activation mail go out for any registration still waiting: never activated
/// and inactive. An expired one gets a fresh window (expiry counts from the new key).
pub fn may_resend(state: &PendingState) -> bool {
    !state.activated && !state.user_active
}

/// `delete_expired_users()` removes a registration only if it was never activated, its user
/// is inactive and its deadline has been reached.
pub fn should_delete(state: &PendingState, activation_days: u32, now: DateTime<Utc>) -> bool {
    !state.activated && !state.user_active && expires_at(state.key_issued_at, activation_days) <= now
}

/// The latest key issue time that is expired at `now` (for set-based queries).
pub fn expiry_cutoff(activation_days: u32, now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(i64::from(activation_days))
}

/// The latest key issue time that cleanup removes at `now`: expired, and expired for at least
/// `grace_days` more (`CLEANUP_GRACE_DAYS`).
pub fn cleanup_cutoff(activation_days: u32, grace_days: u32, now: DateTime<Utc>) -> DateTime<Utc> {
    expiry_cutoff(activation_days, now) - Duration::days(i64::from(grace_days))
}

#[cfg(test)]
#[path = "activation_tests.rs"]
mod tests;
