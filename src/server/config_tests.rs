use super::*;
use std::collections::HashMap;

fn settings(pairs: &[(&str, &str)]) -> Result<Settings, ConfigError> {
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Settings::from_lookup(|name| map.get(name).cloned())
}

#[test]
fn activation_days_is_required() {
    let err = settings(&[]).unwrap_err();
    assert_eq!(err.variable, "ACCOUNT_ACTIVATION_DAYS");
}

#[test]
fn activation_days_must_be_a_non_negative_integer() {
    for bad in ["seven", "-1", "7.5"] {
        let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", bad)]).unwrap_err();
        assert_eq!(err.variable, "ACCOUNT_ACTIVATION_DAYS", "{bad}");
        assert!(err.to_string().contains("integer"), "{err}");
    }
}

#[test]
fn defaults_follow_the_spec() {
    let s = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7")]).unwrap();
    assert_eq!(s.account_activation_days, 7);
    assert!(s.registration_open && s.include_auth_urls && s.include_register_url && s.send_activation_email);
    assert!(s.email_html && !s.auto_login);
    assert_eq!(s.default_from_email, "webmaster@localhost");
    assert_eq!(s.login_redirect_url, "/accounts/profile/");
    assert_eq!(s.database.url, "sqlite://registration.db");
    assert_eq!(s.database.max_connections, 4, "SQLite's default pool");
    assert_eq!(s.database.acquire_timeout, Duration::from_secs(5));
    let postgres =
        settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("DATABASE_URL", "postgres://app@db/x")]).unwrap();
    assert_eq!(postgres.database.max_connections, 10, "PostgreSQL's default pool");
    assert!(matches!(s.email_url, EmailUrl::Console));
}

#[test]
fn bad_booleans_and_forms_name_their_variable() {
    let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("REGISTRATION_OPEN", "maybe")]).unwrap_err();
    assert_eq!(err.variable, "REGISTRATION_OPEN");
    let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("REGISTRATION_FORM", "Bogus")]).unwrap_err();
    assert_eq!(err.variable, "REGISTRATION_FORM");
}

#[test]
fn site_email_needs_its_user_part() {
    let err =
        settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("REGISTRATION_USE_SITE_EMAIL", "true")]).unwrap_err();
    assert_eq!(err.variable, "REGISTRATION_SITE_USER_EMAIL");
    let ok = settings(&[
        ("ACCOUNT_ACTIVATION_DAYS", "7"),
        ("REGISTRATION_USE_SITE_EMAIL", "true"),
        ("REGISTRATION_SITE_USER_EMAIL", "noreply"),
    ])
    .unwrap();
    assert_eq!(ok.site_user_email.as_deref(), Some("noreply"));
}

#[test]
fn database_pool_limits_are_settings() {
    let s = settings(&[
        ("ACCOUNT_ACTIVATION_DAYS", "7"),
        ("DATABASE_URL", "postgres://app@db/registration"),
        ("DATABASE_MAX_CONNECTIONS", "32"),
        ("DATABASE_ACQUIRE_TIMEOUT_SECONDS", "2"),
    ])
    .unwrap();
    assert_eq!(s.database.engine(), Some(crate::server::db::Engine::Postgres));
    assert_eq!(s.database.max_connections, 32);
    assert_eq!(s.database.acquire_timeout, Duration::from_secs(2));
    let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("DATABASE_MAX_CONNECTIONS", "0")]).unwrap_err();
    assert_eq!(err.variable, "DATABASE_MAX_CONNECTIONS");
}

#[test]
fn unknown_database_schemes_are_refused_without_showing_the_password() {
    let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("DATABASE_URL", "mysql://root:hunter2@db/x")])
        .unwrap_err();
    assert_eq!(err.variable, "DATABASE_URL");
    assert!(!err.to_string().contains("hunter2"), "{err}");
}

#[test]
fn the_cleanup_grace_is_a_number_of_days() {
    assert_eq!(settings(&[("ACCOUNT_ACTIVATION_DAYS", "7")]).unwrap().cleanup_grace_days, 0);
    let set = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("CLEANUP_GRACE_DAYS", "14")]).unwrap();
    assert_eq!(set.cleanup_grace_days, 14);
    for bad in ["two", "-1", "99999999999"] {
        let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("CLEANUP_GRACE_DAYS", bad)]).unwrap_err();
        assert_eq!(err.variable, "CLEANUP_GRACE_DAYS", "{bad}");
    }
}

#[test]
fn allowed_hosts_are_a_comma_separated_list() {
    let set =
        settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("ALLOWED_HOSTS", " a.example, .b.example ,")]).unwrap();
    assert_eq!(set.allowed_hosts, ["a.example", ".b.example"]);
    assert!(settings(&[("ACCOUNT_ACTIVATION_DAYS", "7")]).unwrap().allowed_hosts.is_empty());
}

#[test]
fn the_audit_trail_keeps_a_year_unless_told_otherwise() {
    assert_eq!(settings(&[("ACCOUNT_ACTIVATION_DAYS", "7")]).unwrap().audit_retention_days, 365);
    let set = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("AUDIT_RETENTION_DAYS", "30")]).unwrap();
    assert_eq!(set.audit_retention_days, 30);
    let err = settings(&[("ACCOUNT_ACTIVATION_DAYS", "7"), ("AUDIT_RETENTION_DAYS", "a year")]).unwrap_err();
    assert_eq!(err.variable, "AUDIT_RETENTION_DAYS");
}
