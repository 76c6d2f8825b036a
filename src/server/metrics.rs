//! Prometheus metrics, one registry per application (so several instances in one process,
//! as in the tests, never mix their counts). Served at `/metrics` in the text format.

use prometheus::{
    HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    pub registrations: IntCounter,
    pub activations: IntCounter,
    pub activation_failures: IntCounterVec,
    pub cleanup_runs: IntCounter,
    pub deleted_users: IntCounter,
    pub mails_queued: IntCounter,
    pub mails_sent: IntCounter,
    pub mails_failed: IntCounter,
    pub mails_retried: IntCounter,
    pub mails_over_budget: IntCounterVec,
    pub honeypot_catches: IntCounter,
    pub mails_given_up: IntCounter,
    pub mail_breaker_trips: IntCounter,
    pub outbox_depth: IntGauge,
    pub outbox_oldest_age_seconds: IntGauge,
    pub http_request_duration: HistogramVec,
}

fn counter(registry: &Registry, name: &str, help: &str) -> IntCounter {
    let metric = IntCounter::new(name, help).expect("valid metric");
    registry.register(Box::new(metric.clone())).expect("registered once");
    metric
}

fn gauge(registry: &Registry, name: &str, help: &str) -> IntGauge {
    let metric = IntGauge::new(name, help).expect("valid metric");
    registry.register(Box::new(metric.clone())).expect("registered once");
    metric
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("registration".into()), None).expect("valid registry");
        let activation_failures = IntCounterVec::new(
            Opts::new("activation_failures_total", "Activation links that did not activate, by reason"),
            &["reason"],
        )
        .expect("valid metric");
        registry.register(Box::new(activation_failures.clone())).expect("registered once");
        let http_request_duration = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "Time to answer HTTP requests, by route"),
            &["method", "route", "status"],
        )
        .expect("valid metric");
        registry.register(Box::new(http_request_duration.clone())).expect("registered once");
        let mails_over_budget = IntCounterVec::new(
            Opts::new(
                "mails_over_budget_total",
                "Mails not queued because their address had its 24-hour budget, by kind",
            ),
            &["kind"],
        )
        .expect("valid metric");
        registry.register(Box::new(mails_over_budget.clone())).expect("registered once");
        Self {
            mails_over_budget,
            honeypot_catches: counter(
                &registry,
                "honeypot_catches_total",
                "Registrations ignored because the hidden trap field was filled in",
            ),
            mails_given_up: counter(
                &registry,
                "mails_given_up_total",
                "Emails marked failed: refused for good or out of attempts",
            ),
            mail_breaker_trips: counter(
                &registry,
                "mail_breaker_trips_total",
                "Times sending paused after too many failed deliveries",
            ),
            registrations: counter(&registry, "registrations_total", "Accounts registered"),
            activations: counter(&registry, "activations_total", "Accounts activated"),
            cleanup_runs: counter(&registry, "cleanup_runs_total", "Runs of delete_expired_users"),
            deleted_users: counter(&registry, "cleanup_deleted_users_total", "Expired registrations deleted"),
            mails_queued: counter(&registry, "mails_queued_total", "Emails written to the outbox"),
            mails_sent: counter(&registry, "mails_sent_total", "Emails handed to the transport"),
            mails_failed: counter(&registry, "mails_failed_total", "Delivery attempts that failed"),
            mails_retried: counter(
                &registry,
                "mails_retried_total",
                "Emails sent after at least one failed attempt",
            ),
            outbox_depth: gauge(&registry, "outbox_depth", "Emails waiting in the outbox"),
            outbox_oldest_age_seconds: gauge(
                &registry,
                "outbox_oldest_age_seconds",
                "Age of the oldest unsent email",
            ),
            activation_failures,
            http_request_duration,
            registry,
        }
    }

    /// The text exposition of every metric.
    pub fn render(&self) -> String {
        TextEncoder::new().encode_to_string(&self.registry.gather()).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
