//! The send breaker: when more than `threshold` deliveries fail within a minute, sending
//! pauses for a minute instead of hammering a relay that is in trouble.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);
/// How long sending pauses once the breaker trips.
pub const PAUSE: Duration = Duration::from_secs(60);

pub struct Breaker {
    threshold: usize,
    failures: VecDeque<Instant>,
    open_until: Option<Instant>,
}

impl Breaker {
    pub fn new(threshold: u32) -> Self {
        Self { threshold: threshold as usize, failures: VecDeque::new(), open_until: None }
    }

    /// Records a failed delivery; true when this failure trips the breaker.
    pub fn record_failure(&mut self, now: Instant) -> bool {
        while self.failures.front().is_some_and(|t| now.duration_since(*t) >= WINDOW) {
            self.failures.pop_front();
        }
        self.failures.push_back(now);
        if self.failures.len() > self.threshold && self.paused_for(now).is_none() {
            self.open_until = Some(now + PAUSE);
            self.failures.clear();
            return true;
        }
        false
    }

    /// How much longer sending stays paused, if it is.
    pub fn paused_for(&self, now: Instant) -> Option<Duration> {
        self.open_until.filter(|until| *until > now).map(|until| until - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trips_after_more_than_the_threshold_within_a_minute_and_closes_after_the_pause() {
        let start = Instant::now();
        let mut breaker = Breaker::new(3);
        for i in 0..3 {
            assert!(!breaker.record_failure(start + Duration::from_secs(i)));
        }
        assert!(breaker.paused_for(start + Duration::from_secs(3)).is_none());
        assert!(breaker.record_failure(start + Duration::from_secs(4)), "the fourth failure trips it");
        assert_eq!(breaker.paused_for(start + Duration::from_secs(4)), Some(PAUSE));
        assert!(breaker.paused_for(start + Duration::from_secs(4) + PAUSE).is_none(), "then it closes");
    }

    #[test]
    fn failures_spread_over_more_than_a_minute_do_not_trip_it() {
        let start = Instant::now();
        let mut breaker = Breaker::new(3);
        for i in 0..20 {
            assert!(!breaker.record_failure(start + Duration::from_secs(21 * i)));
        }
    }
}
