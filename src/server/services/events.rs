//! Events for code that embeds the library (`user_registered`, `user_activated`, and the
//! account events: logged in, password changed, password reset).
//! Subscribe with `core.events.subscribe()`; each fires once per real change.

/// Something that happened to an account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    UserRegistered { user_id: i64, username: String },
    UserActivated { user_id: i64 },
    UserLoggedIn { user_id: i64 },
    PasswordChanged { user_id: i64 },
    PasswordReset { user_id: i64 },
}
