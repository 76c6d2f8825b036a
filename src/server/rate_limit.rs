//! Rate limits on registration, resend, login and password reset: per client address and per
//! target (the username or address the request is about).
//!
//! Two stores with the same quotas (`RATE_LIMIT_STORE`): `database` keeps one GCRA row per key
//! in the database, so every instance on one PostgreSQL shares each limit; `memory` keeps them
//! in this process with the `governor` crate (the default on SQLite, where there is one
//! instance).

use crate::server::db::limits::{self, Key};
use crate::server::db::Pool;
use governor::{DefaultKeyedRateLimiter, Quota};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

/// The limited actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Register,
    Resend,
    Login,
    PasswordReset,
    EmailChange,
    /// Forms a logged-in user confirms with the current password (change it, delete the account).
    PasswordConfirm,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::Resend => "resend",
            Self::Login => "login",
            Self::PasswordReset => "password_reset",
            Self::EmailChange => "email_change",
            Self::PasswordConfirm => "password_confirm",
        }
    }
}

/// Where the counters live (`RATE_LIMIT_STORE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    Database,
    Memory,
}

/// Limit settings (`RATE_LIMITS_ENABLED`, `RATE_LIMIT_PER_IP`, `RATE_LIMIT_PER_TARGET`: requests
/// per minute; `RATE_LIMIT_STORE`).
#[derive(Clone, Copy, Debug)]
pub struct RateLimitSettings {
    pub enabled: bool,
    pub per_ip_per_minute: u32,
    pub per_target_per_minute: u32,
    pub store: Store,
}

/// Why a request was not let through.
#[derive(Debug)]
pub enum Refused {
    /// The quota is used up; the client may try again after this long.
    Exceeded(Duration),
    /// The shared store could not be asked.
    Store(sqlx::Error),
}

pub struct RateLimits {
    enabled: bool,
    counters: Counters,
}

enum Counters {
    Memory {
        per_ip: DefaultKeyedRateLimiter<(Action, IpAddr)>,
        per_target: DefaultKeyedRateLimiter<(Action, String)>,
    },
    Database {
        pool: Pool,
        per_ip_interval_ms: i64,
        per_target_interval_ms: i64,
    },
}

/// Every quota is "N per minute" with a burst of N: GCRA's tolerance is one minute.
const WINDOW_MS: i64 = 60_000;

fn interval_ms(per_minute: u32) -> i64 {
    WINDOW_MS / i64::from(per_minute.max(1))
}

fn target_key(target: Option<&str>) -> Option<String> {
    target.map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty())
}

fn quota(per_minute: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(per_minute.max(1)).expect("at least one"))
}

impl RateLimits {
    /// In-process counters, whatever `settings.store` says.
    pub fn in_memory(settings: RateLimitSettings) -> Self {
        let counters = Counters::Memory {
            per_ip: DefaultKeyedRateLimiter::keyed(quota(settings.per_ip_per_minute)),
            per_target: DefaultKeyedRateLimiter::keyed(quota(settings.per_target_per_minute)),
        };
        Self { enabled: settings.enabled, counters }
    }

    /// The store `settings` names; `database` keeps its counters in `pool`.
    pub fn new(settings: RateLimitSettings, pool: &Pool) -> Self {
        match settings.store {
            Store::Memory => Self::in_memory(settings),
            Store::Database => Self {
                enabled: settings.enabled,
                counters: Counters::Database {
                    pool: pool.clone(),
                    per_ip_interval_ms: interval_ms(settings.per_ip_per_minute),
                    per_target_interval_ms: interval_ms(settings.per_target_per_minute),
                },
            },
        }
    }

    /// Counts one request of `action` by `ip` (and about `target`), or refuses it.
    pub async fn check(&self, action: Action, ip: IpAddr, target: Option<&str>) -> Result<(), Refused> {
        if !self.enabled {
            return Ok(());
        }
        match &self.counters {
            Counters::Memory { per_ip, per_target } => {
                let clock = governor::clock::DefaultClock::default();
                let wait = |not_until: governor::NotUntil<_>| {
                    Refused::Exceeded(not_until.wait_time_from(governor::clock::Clock::now(&clock)))
                };
                per_ip.check_key(&(action, ip)).map_err(wait)?;
                if let Some(target) = target_key(target) {
                    per_target.check_key(&(action, target)).map_err(wait)?;
                }
                Ok(())
            }
            Counters::Database { pool, per_ip_interval_ms, per_target_interval_ms } => {
                let mut keys = vec![Key {
                    name: format!("{}:ip:{ip}", action.name()),
                    interval_ms: *per_ip_interval_ms,
                }];
                if let Some(target) = target_key(target) {
                    // Hashed: any text fits the key (even a NUL, which PostgreSQL's text
                    // refuses), and the table holds no username or address in clear.
                    let digest = hex::encode(Sha256::digest(target.as_bytes()));
                    keys.push(Key {
                        name: format!("{}:to:{digest}", action.name()),
                        interval_ms: *per_target_interval_ms,
                    });
                }
                let now = chrono::Utc::now().timestamp_millis();
                let verdicts =
                    limits::gcra_check(pool, &keys, now, WINDOW_MS).await.map_err(Refused::Store)?;
                let wait = verdicts
                    .iter()
                    .filter(|v| !v.allowed)
                    .filter_map(|v| {
                        keys.iter().find(|k| k.name == v.key).map(|k| v.tat + k.interval_ms - WINDOW_MS - now)
                    })
                    .max();
                match wait {
                    Some(ms) => Err(Refused::Exceeded(Duration::from_millis(u64::try_from(ms).unwrap_or(0)))),
                    None => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_ip: u32, per_target: u32) -> RateLimits {
        RateLimits::in_memory(RateLimitSettings {
            enabled: true,
            per_ip_per_minute: per_ip,
            per_target_per_minute: per_target,
            store: Store::Memory,
        })
    }

    fn check(limits: &RateLimits, action: Action, ip: &str, target: Option<&str>) -> Result<(), Duration> {
        let checked = futures::executor::block_on(limits.check(action, ip.parse().unwrap(), target));
        checked.map_err(|refused| match refused {
            Refused::Exceeded(wait) => wait,
            Refused::Store(e) => panic!("{e}"),
        })
    }

    #[test]
    fn the_quota_per_client_is_enforced_per_action() {
        let limits = limits(2, 100);
        let ip = "10.0.0.1";
        assert!(check(&limits, Action::Login, ip, None).is_ok());
        assert!(check(&limits, Action::Login, ip, None).is_ok());
        assert!(check(&limits, Action::Login, ip, None).is_err());
        assert!(check(&limits, Action::Register, ip, None).is_ok(), "another action has its own quota");
        assert!(check(&limits, Action::Login, "10.0.0.2", None).is_ok(), "another client too");
    }

    #[test]
    fn the_quota_per_target_ignores_case_and_spans_clients() {
        let limits = limits(100, 1);
        assert!(check(&limits, Action::Login, "10.0.0.1", Some("Alice")).is_ok());
        let wait = check(&limits, Action::Login, "10.0.0.2", Some("alice")).unwrap_err();
        assert!(wait > Duration::ZERO);
    }

    #[test]
    fn disabled_limits_never_refuse() {
        let limits = RateLimits::in_memory(RateLimitSettings {
            enabled: false,
            per_ip_per_minute: 1,
            per_target_per_minute: 1,
            store: Store::Memory,
        });
        for _ in 0..10 {
            assert!(check(&limits, Action::Login, "10.0.0.1", Some("a")).is_ok());
        }
    }
}
