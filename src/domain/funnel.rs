//! The sign-up funnel, from the history of the last days: per day, registrations, activation
//! mails delivered, activations, expiries and deletions; how long activation takes (median and
//! 90th percentile, nearest rank); the share of registrations activated within an hour and a
//! day; and delivery failures by recipient domain. Times are milliseconds since the epoch (UTC).

use std::collections::BTreeMap;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// What happened, as the database tells it.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// `(user id, registered at)`.
    pub registered: Vec<(i64, i64)>,
    /// `(user id, activated at)`.
    pub activated: Vec<(i64, i64)>,
    /// When each activation mail was delivered.
    pub delivered: Vec<i64>,
    /// When each account was deleted (by its owner, staff or cleanup).
    pub deleted: Vec<i64>,
    /// The recipients of mails given up on.
    pub failed_recipients: Vec<String>,
}

/// One day's counts; `day` is its first millisecond (UTC midnight).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Day {
    pub day: i64,
    pub registered: u64,
    pub delivered: u64,
    pub activated: u64,
    pub expired: u64,
    pub deleted: u64,
}

/// The funnel of `days` days up to `now`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Funnel {
    /// Oldest first, one per day, the last being today.
    pub days: Vec<Day>,
    /// Time from registration to activation, in milliseconds.
    pub median_to_activation: Option<i64>,
    pub p90_to_activation: Option<i64>,
    /// Of the registrations in the period: the share activated within an hour, within a day.
    pub within_hour: Option<f64>,
    pub within_day: Option<f64>,
    /// Failed deliveries by recipient domain, most first (then by name).
    pub failures_by_domain: Vec<(String, u64)>,
}

/// Midnight (UTC) of the day of `at`.
pub fn day_of(at: i64) -> i64 {
    at.div_euclid(DAY) * DAY
}

/// The funnel of the `days` days ending today, for registrations that expire after
/// `activation_days` days without activation.
pub fn funnel(history: &History, now: i64, days: u32, activation_days: u32) -> Funnel {
    let first = day_of(now) - i64::from(days.saturating_sub(1)) * DAY;
    let mut by_day: BTreeMap<i64, Day> = (0..i64::from(days))
        .map(|i| (first + i * DAY, Day { day: first + i * DAY, ..Day::default() }))
        .collect();
    let mut count = |at: i64, field: fn(&mut Day) -> &mut u64| {
        if let Some(day) = by_day.get_mut(&day_of(at)) {
            *field(day) += 1;
        }
    };
    let activated: BTreeMap<i64, i64> = history.activated.iter().copied().collect();
    for &(user, at) in &history.registered {
        count(at, |d| &mut d.registered);
        let expires = at + i64::from(activation_days) * DAY;
        if !activated.contains_key(&user) && expires <= now {
            count(expires, |d| &mut d.expired);
        }
    }
    history.activated.iter().for_each(|&(_, at)| count(at, |d| &mut d.activated));
    history.delivered.iter().for_each(|&at| count(at, |d| &mut d.delivered));
    history.deleted.iter().for_each(|&at| count(at, |d| &mut d.deleted));

    let in_period: Vec<(i64, i64)> =
        history.registered.iter().copied().filter(|(_, at)| *at >= first).collect();
    let mut waits: Vec<i64> =
        in_period.iter().filter_map(|(user, at)| activated.get(user).map(|done| done - at)).collect();
    waits.sort_unstable();
    let share = |limit: i64| {
        (!in_period.is_empty())
            .then(|| waits.iter().filter(|w| **w <= limit).count() as f64 / in_period.len() as f64)
    };
    Funnel {
        days: by_day.into_values().collect(),
        median_to_activation: nearest_rank(&waits, 50),
        p90_to_activation: nearest_rank(&waits, 90),
        within_hour: share(HOUR),
        within_day: share(DAY),
        failures_by_domain: failures_by_domain(&history.failed_recipients),
    }
}

/// The `percent` percentile of sorted values, nearest-rank method.
fn nearest_rank(sorted: &[i64], percent: usize) -> Option<i64> {
    let rank = (percent * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

fn failures_by_domain(recipients: &[String]) -> Vec<(String, u64)> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for recipient in recipients {
        let domain = recipient.rsplit_once('@').map_or(recipient.as_str(), |(_, d)| d).to_ascii_lowercase();
        *counts.entry(domain).or_default() += 1;
    }
    let mut sorted: Vec<(String, u64)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 20 * DAY + 12 * HOUR; // noon of day 20

    #[test]
    fn a_hand_counted_history() {
        let history = History {
            // Four registrations: day 18 (twice), day 19, day 5 (outside a 10-day window).
            registered: vec![(1, 18 * DAY + HOUR), (2, 18 * DAY + 2 * HOUR), (3, 19 * DAY), (4, 5 * DAY)],
            // User 1 after 30 minutes, user 3 after 26 hours, user 4 never.
            activated: vec![(1, 18 * DAY + HOUR + HOUR / 2), (3, 20 * DAY + 2 * HOUR)],
            delivered: vec![18 * DAY + HOUR, 18 * DAY + 2 * HOUR, 19 * DAY + 1],
            deleted: vec![12 * DAY + 5],
            failed_recipients: vec!["a@Gmial.com".into(), "b@gmial.com".into(), "c@example.org".into()],
        };
        let funnel = funnel(&history, NOW, 10, 7);
        assert_eq!(funnel.days.len(), 10);
        assert_eq!(funnel.days[0].day, 11 * DAY);
        let day = |n: i64| funnel.days.iter().find(|d| d.day == n * DAY).unwrap().clone();
        assert_eq!(
            day(18),
            Day { day: 18 * DAY, registered: 2, delivered: 2, activated: 1, ..Day::default() }
        );
        assert_eq!(day(19), Day { day: 19 * DAY, registered: 1, delivered: 1, ..Day::default() });
        assert_eq!(day(20).activated, 1);
        assert_eq!(day(12).expired, 1, "user 4 registered on day 5 expired on day 12");
        assert_eq!(day(12).deleted, 1);
        assert_eq!(funnel.days.iter().map(|d| d.registered).sum::<u64>(), 3, "day 5 is outside");
        // In the period: users 1, 2, 3; waits 30 min and 26 h.
        assert_eq!(funnel.median_to_activation, Some(HOUR / 2));
        assert_eq!(funnel.p90_to_activation, Some(26 * HOUR));
        assert_eq!(funnel.within_hour, Some(1.0 / 3.0));
        assert_eq!(funnel.within_day, Some(1.0 / 3.0));
        assert_eq!(funnel.failures_by_domain, [("gmial.com".to_owned(), 2), ("example.org".to_owned(), 1)]);
    }

    #[test]
    fn an_empty_history_has_days_and_no_figures() {
        let funnel = funnel(&History::default(), NOW, 30, 7);
        assert_eq!(funnel.days.len(), 30);
        assert!(funnel.days.iter().all(|d| d.registered == 0));
        assert_eq!((funnel.median_to_activation, funnel.within_hour), (None, None));
    }

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let values: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&values, 50), Some(5));
        assert_eq!(nearest_rank(&values, 90), Some(9));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[], 50), None);
    }
}
