use super::*;
use chrono::TimeZone;

fn joined() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap()
}

fn pending() -> PendingState {
    PendingState { activated: false, user_active: false, key_issued_at: joined() }
}

#[test]
fn generated_keys_are_40_hex_chars_and_depend_on_the_salt() {
    let a = ActivationKey::generate("alice", &[1; 20]);
    let b = ActivationKey::generate("alice", &[2; 20]);
    assert_eq!(a.expose().len(), 40);
    assert!(ActivationKey::parse(a.expose()).is_some());
    assert_ne!(a, b);
}

#[test]
fn key_format_is_40_to_64_lowercase_hex() {
    assert!(ActivationKey::parse(&"a".repeat(40)).is_some());
    assert!(ActivationKey::parse(&"0".repeat(64)).is_some());
    for bad in
        ["a".repeat(39), "a".repeat(65), "A".repeat(40), "g".repeat(40), format!("{}/", "a".repeat(40))]
    {
        assert!(ActivationKey::parse(&bad).is_none(), "{bad}");
    }
}

#[test]
fn key_debug_is_redacted() {
    let key = ActivationKey::generate("alice", &[7; 20]);
    assert!(!format!("{key:?}").contains(key.expose()));
}

#[test]
fn the_deadline_itself_counts_as_expired() {
    let deadline = joined() + Duration::days(7);
    assert!(!activation_key_expired(&pending(), 7, deadline - Duration::milliseconds(1)));
    assert!(activation_key_expired(&pending(), 7, deadline));
}

#[test]
fn zero_days_expires_at_once() {
    assert!(activation_key_expired(&pending(), 0, joined()));
}

#[test]
fn a_valid_unexpired_key_activates() {
    assert_eq!(decide_activation(&pending(), 7, joined() + Duration::days(1)), Ok(()));
}

#[test]
fn an_expired_key_fails_as_expired() {
    assert_eq!(
        decide_activation(&pending(), 7, joined() + Duration::days(8)),
        Err(ActivationFailure::Expired)
    );
}

#[test]
fn a_reused_key_fails_as_already_activated() {
    let used = PendingState { activated: true, user_active: true, ..pending() };
    assert_eq!(decide_activation(&used, 7, joined()), Err(ActivationFailure::AlreadyActivated));
}

#[test]
fn a_deactivated_account_cannot_be_reactivated_with_its_old_key() {
    let deactivated = PendingState { activated: true, user_active: false, ..pending() };
    assert_eq!(decide_activation(&deactivated, 7, joined()), Err(ActivationFailure::AlreadyActivated));
}

#[test]
fn unknown_and_malformed_keys_never_reach_a_decision() {
    assert!(ActivationKey::parse("not-a-key").is_none());
}

#[test]
fn cleanup_keeps_active_activated_and_unexpired_registrations() {
    let late = joined() + Duration::days(30);
    assert!(should_delete(&pending(), 7, late));
    assert!(!should_delete(&pending(), 7, joined() + Duration::days(6)));
    assert!(!should_delete(&PendingState { user_active: true, ..pending() }, 7, late));
    assert!(!should_delete(&PendingState { activated: true, ..pending() }, 7, late));
}

#[test]
fn cutoff_agrees_with_should_delete() {
    let now = joined() + Duration::days(7);
    assert_eq!(expiry_cutoff(7, now), joined());
    assert!(should_delete(&pending(), 7, now));
}

#[test]
fn the_cleanup_grace_moves_the_cutoff_back_by_its_days() {
    let now = joined() + Duration::days(10);
    assert_eq!(cleanup_cutoff(7, 0, now), expiry_cutoff(7, now));
    assert_eq!(cleanup_cutoff(7, 3, now), joined(), "expired 3 days ago: due with 3 days of grace");
    assert!(cleanup_cutoff(7, 4, now) < joined(), "not yet with 4");
}

#[test]
fn resend_serves_every_waiting_registration_expired_or_not() {
    assert!(may_resend(&pending()));
    assert!(!may_resend(&PendingState { activated: true, ..pending() }));
    assert!(!may_resend(&PendingState { user_active: true, ..pending() }));
}
