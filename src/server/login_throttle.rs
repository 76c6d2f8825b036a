//! Failed logins, counted so that they cannot be turned against the account's owner.
//!
//! Failures count per (username, client): a client is its address, or, for a browser that has
//! logged in as that user before (it carries a signed device cookie), that known device. A few
//! failures are free, then each one doubles the wait before that client may try that username
//! again (1 s, 2 s, 4 s, … up to 15 minutes). Only far above that, a ceiling per username
//! (failures from any address within a window) stops guessing spread over many addresses —
//! and it never applies to known devices, so nobody can lock the owner's browser out. A
//! successful login clears its client's count; a successful password reset clears every count
//! of the user. Counts live in this process.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures per (username, address) before the waits begin.
pub const FREE_FAILURES: u32 = 5;
/// The longest wait for one client.
pub const MAX_WAIT: Duration = Duration::from_secs(15 * 60);
/// Failures of one username, from all addresses within `WINDOW`, that stop further attempts
/// (except from its known browsers).
pub const USER_CEILING: u32 = 50;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Entries kept before old ones are dropped.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Clone, Copy)]
struct ClientEntry {
    failures: u32,
    blocked_until: Option<Instant>,
    last: Instant,
}

#[derive(Clone, Copy)]
struct UserEntry {
    failures: u32,
    since: Instant,
}

/// Who is trying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Client {
    Address(IpAddr),
    /// A browser that has logged in as this user before.
    KnownDevice,
}

#[derive(Default)]
pub struct LoginThrottle {
    clients: Mutex<HashMap<(String, Client), ClientEntry>>,
    users: Mutex<HashMap<String, UserEntry>>,
}

/// The wait after `failures` failures of one client (none for the free ones).
pub fn wait_after(failures: u32) -> Option<Duration> {
    let extra = failures.checked_sub(FREE_FAILURES)?;
    let seconds = 1u64.checked_shl(extra).unwrap_or(u64::MAX);
    Some(Duration::from_secs(seconds).min(MAX_WAIT))
}

impl LoginThrottle {
    /// `Err(wait)` when this client may not try this username now.
    pub fn check(&self, username: &str, client: Client, now: Instant) -> Result<(), Duration> {
        let clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(until) = clients.get(&(username.to_owned(), client)).and_then(|e| e.blocked_until) {
            if until > now {
                return Err(until - now);
            }
        }
        drop(clients);
        if client == Client::KnownDevice {
            return Ok(());
        }
        let users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        match users.get(username) {
            Some(entry) if entry.failures >= USER_CEILING && now < entry.since + WINDOW => {
                Err(entry.since + WINDOW - now)
            }
            _ => Ok(()),
        }
    }

    pub fn record_failure(&self, username: &str, client: Client, now: Instant) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if clients.len() > PRUNE_ABOVE {
            clients.retain(|_, e| now.duration_since(e.last) < MAX_WAIT);
        }
        let entry = clients.entry((username.to_owned(), client)).or_insert(ClientEntry {
            failures: 0,
            blocked_until: None,
            last: now,
        });
        entry.failures += 1;
        entry.last = now;
        entry.blocked_until = wait_after(entry.failures).map(|wait| now + wait);
        drop(clients);
        if client == Client::KnownDevice {
            return;
        }
        let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        if users.len() > PRUNE_ABOVE {
            users.retain(|_, e| now < e.since + WINDOW);
        }
        let entry = users.entry(username.to_owned()).or_insert(UserEntry { failures: 0, since: now });
        if now >= entry.since + WINDOW {
            *entry = UserEntry { failures: 0, since: now };
        }
        entry.failures += 1;
    }

    /// A successful login: this client's count for this username starts again.
    pub fn record_success(&self, username: &str, client: Client) {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).remove(&(username.to_owned(), client));
    }

    /// A successful password reset: every count of this username starts again.
    pub fn clear_user(&self, username: &str) {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).retain(|(name, _), _| name != username);
        self.users.lock().unwrap_or_else(|e| e.into_inner()).remove(username);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> Client {
        Client::Address(IpAddr::from([203, 0, 113, last]))
    }

    #[test]
    fn waits_double_after_the_free_failures_up_to_a_cap() {
        assert_eq!(wait_after(FREE_FAILURES - 1), None);
        assert_eq!(wait_after(FREE_FAILURES), Some(Duration::from_secs(1)));
        assert_eq!(wait_after(FREE_FAILURES + 3), Some(Duration::from_secs(8)));
        assert_eq!(wait_after(FREE_FAILURES + 40), Some(MAX_WAIT));
    }

    #[test]
    fn one_clients_failures_do_not_slow_another_client() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..FREE_FAILURES {
            throttle.record_failure("owner", ip(1), now);
        }
        assert!(throttle.check("owner", ip(1), now).is_err(), "the guesser waits");
        assert!(throttle.check("owner", ip(2), now).is_ok(), "the owner elsewhere does not");
        assert!(throttle.check("owner", Client::KnownDevice, now).is_ok(), "nor the owner's browser");
        assert!(throttle.check("owner", ip(1), now + Duration::from_secs(2)).is_ok(), "the wait ends");
    }

    #[test]
    fn the_user_ceiling_spares_known_browsers_and_a_reset_clears_it() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for i in 0..USER_CEILING {
            throttle.record_failure("owner", ip(i as u8), now);
        }
        assert!(throttle.check("owner", ip(250), now).is_err(), "spread guessing stops");
        assert!(throttle.check("owner", Client::KnownDevice, now).is_ok(), "a known browser is not slowed");
        assert!(throttle.check("owner", ip(250), now + WINDOW).is_ok(), "the window ends");
        throttle.clear_user("owner");
        assert!(throttle.check("owner", ip(1), now).is_ok(), "a reset clears everything");
    }

    #[test]
    fn a_success_clears_its_clients_count() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..FREE_FAILURES {
            throttle.record_failure("owner", ip(1), now);
        }
        throttle.record_success("owner", ip(1));
        assert!(throttle.check("owner", ip(1), now).is_ok());
    }
}
