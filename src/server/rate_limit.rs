//! Rate limits on registration, resend, login and password reset: per client address and per
//! target (the username or address the request is about), with the `governor` crate.
//!
//! Limits live in this process; several instances each enforce their own.

use governor::{DefaultKeyedRateLimiter, Quota};
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
}

/// Limit settings (`RATE_LIMITS_ENABLED`, `RATE_LIMIT_PER_IP`, `RATE_LIMIT_PER_TARGET`: requests
/// per minute).
#[derive(Clone, Copy, Debug)]
pub struct RateLimitSettings {
    pub enabled: bool,
    pub per_ip_per_minute: u32,
    pub per_target_per_minute: u32,
}

pub struct RateLimits {
    enabled: bool,
    per_ip: DefaultKeyedRateLimiter<(Action, IpAddr)>,
    per_target: DefaultKeyedRateLimiter<(Action, String)>,
}

fn quota(per_minute: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(per_minute.max(1)).expect("at least one"))
}

impl RateLimits {
    pub fn new(settings: RateLimitSettings) -> Self {
        Self {
            enabled: settings.enabled,
            per_ip: DefaultKeyedRateLimiter::keyed(quota(settings.per_ip_per_minute)),
            per_target: DefaultKeyedRateLimiter::keyed(quota(settings.per_target_per_minute)),
        }
    }

    /// `Err(wait)` when the client or the target has used up its quota.
    pub fn check(&self, action: Action, ip: IpAddr, target: Option<&str>) -> Result<(), Duration> {
        if !self.enabled {
            return Ok(());
        }
        let clock = governor::clock::DefaultClock::default();
        let wait =
            |not_until: governor::NotUntil<_>| not_until.wait_time_from(governor::clock::Clock::now(&clock));
        self.per_ip.check_key(&(action, ip)).map_err(wait)?;
        if let Some(target) = target.map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()) {
            self.per_target.check_key(&(action, target)).map_err(wait)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_ip: u32, per_target: u32) -> RateLimits {
        RateLimits::new(RateLimitSettings {
            enabled: true,
            per_ip_per_minute: per_ip,
            per_target_per_minute: per_target,
        })
    }

    #[test]
    fn the_quota_per_client_is_enforced_per_action() {
        let limits = limits(2, 100);
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        assert!(limits.check(Action::Login, ip, None).is_ok());
        assert!(limits.check(Action::Login, ip, None).is_ok());
        assert!(limits.check(Action::Login, ip, None).is_err());
        assert!(limits.check(Action::Register, ip, None).is_ok(), "another action has its own quota");
        assert!(limits.check(Action::Login, "10.0.0.2".parse().unwrap(), None).is_ok(), "another client too");
    }

    #[test]
    fn the_quota_per_target_ignores_case_and_spans_clients() {
        let limits = limits(100, 1);
        assert!(limits.check(Action::Login, "10.0.0.1".parse().unwrap(), Some("Alice")).is_ok());
        let wait = limits.check(Action::Login, "10.0.0.2".parse().unwrap(), Some("alice")).unwrap_err();
        assert!(wait > Duration::ZERO);
    }

    #[test]
    fn disabled_limits_never_refuse() {
        let limits = RateLimits::new(RateLimitSettings {
            enabled: false,
            per_ip_per_minute: 1,
            per_target_per_minute: 1,
        });
        for _ in 0..10 {
            assert!(limits.check(Action::Login, "10.0.0.1".parse().unwrap(), Some("a")).is_ok());
        }
    }
}
