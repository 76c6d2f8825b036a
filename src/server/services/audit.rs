//! The audit trail's words: what happened to an account (`Action`), who did it (`Actor`), and
//! the row a use case writes in its own transaction (`entry`).

use super::events::{current_request, RequestInfo};
use super::RequestCtx;
use crate::server::db::audit::NewEntry;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// What happened to an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Registered,
    Activated,
    Resent,
    LoginSucceeded,
    LoginFailed,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    Locked,
    Deactivated,
    Reactivated,
    Deleted,
    StaffGranted,
    StaffRevoked,
    /// Staff gave a pending registration a new activation period.
    ActivationExtended,
    /// Staff sent a password-reset link and ended every session.
    PasswordResetForced,
    SessionsEnded,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::Activated => "activated",
            Self::Resent => "resent",
            Self::LoginSucceeded => "login_succeeded",
            Self::LoginFailed => "login_failed",
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::EmailChanged => "email_changed",
            Self::Locked => "locked",
            Self::Deactivated => "deactivated",
            Self::Reactivated => "reactivated",
            Self::Deleted => "deleted",
            Self::StaffGranted => "staff_granted",
            Self::StaffRevoked => "staff_revoked",
            Self::ActivationExtended => "activation_extended",
            Self::PasswordResetForced => "password_reset_forced",
            Self::SessionsEnded => "sessions_ended",
        }
    }
}

/// Who did it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The account's owner (or a visitor acting on it: registering, following a link).
    User,
    /// A member of staff, by username.
    Staff(String),
    /// The command line.
    Cli,
    /// The server on its own (cleanup).
    System,
}

impl Actor {
    /// How an activation came about, by who made it.
    pub fn via(&self) -> &'static str {
        match self {
            Self::User => "link",
            Self::Staff(_) => "staff",
            Self::Cli | Self::System => "cli",
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Staff(_) => "staff",
            Self::Cli => "cli",
            Self::System => "system",
        }
    }
}

/// Who made a change and, from a request, which: kept by work that runs after the answer.
#[derive(Clone, Debug)]
pub struct By {
    pub actor: Actor,
    pub request: Option<RequestInfo>,
}

impl By {
    /// The request's visitor.
    pub fn user(ctx: &RequestCtx) -> Self {
        Self { actor: Actor::User, request: Some(ctx.info.clone()) }
    }

    /// A member of staff, from their request.
    pub fn staff(name: &str, ctx: &RequestCtx) -> Self {
        Self { actor: Actor::Staff(name.to_owned()), request: Some(ctx.info.clone()) }
    }

    /// The command line.
    pub fn cli() -> Self {
        Self { actor: Actor::Cli, request: None }
    }

    /// The row recording `action` on `account`, by this.
    pub fn entry(&self, account: (i64, &str), action: Action, now: DateTime<Utc>) -> NewEntry {
        entry(account, action, self.actor.clone(), self.request.as_ref(), now)
    }
}

/// The row recording `action` on the account `(user_id, username)`, by `actor`, with the
/// request's details (none from the command line).
pub fn entry(
    account: (i64, &str),
    action: Action,
    actor: Actor,
    request: Option<&RequestInfo>,
    now: DateTime<Utc>,
) -> NewEntry {
    let request = request.cloned().or_else(current_request).unwrap_or_default();
    NewEntry {
        at: now,
        user_id: Some(account.0),
        username: account.1.to_owned(),
        action: action.as_str(),
        via: None,
        actor_kind: actor.kind(),
        actor: match actor {
            Actor::Staff(name) => Some(name),
            _ => None,
        },
        ip: request.ip.map(|ip| ip.to_string()),
        user_agent: request.user_agent.map(|ua| ua.chars().take(300).collect()),
        request_id: request.request_id,
    }
}

/// The row for a change a request made on its user's own account.
pub fn by_user(ctx: &RequestCtx, account: (i64, &str), action: Action, now: DateTime<Utc>) -> NewEntry {
    entry(account, action, Actor::User, Some(&ctx.info), now)
}

/// The SHA-256 of an address, lower-cased (what a deleted account's rows keep).
pub fn address_digest(address: &str) -> String {
    hex::encode(Sha256::digest(address.to_lowercase().as_bytes()))
}
