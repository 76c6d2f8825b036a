//! `AppError`: every way a use case can end without its success value, typed, with sources.
//!
//! Use cases return it; each door maps it once (`http::html_errors` to pages and redirects,
//! `http::api_v1::problem` to RFC 9457 problem details, `api::error::ServerError` for the
//! server functions), and logs it there, once, through [`AppError::log`].

use crate::domain::activation::ActivationFailure;
use crate::domain::FieldErrors;

/// Why a use case did not complete.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The action is switched off (`INCLUDE_REGISTER_URL`, `INCLUDE_AUTH_URLS`): 404.
    #[error("this action is not available on this site")]
    NotFound,
    /// The input has errors the user can fix.
    #[error("the form has errors")]
    Invalid(FieldErrors),
    /// Too many attempts from this client or about this target.
    #[error("too many attempts; retry in {retry_after} s")]
    RateLimited { retry_after: u64 },
    /// The action needs a logged-in user.
    #[error("login required")]
    LoginRequired,
    /// `REGISTRATION_OPEN` is false.
    #[error("registration is closed")]
    RegistrationClosed,
    /// A logged-in user asked to register (`ACCOUNT_AUTHENTICATED_REGISTRATION_REDIRECTS`).
    #[error("already logged in")]
    AlreadyLoggedIn { redirect: String },
    /// The activation key did not activate anything.
    #[error("activation failed: {0:?}")]
    ActivationFailed(ActivationFailure),
    /// The password-reset token is malformed, unknown, used or expired.
    #[error("invalid or used password-reset token")]
    BadResetToken,
    /// An email-change or "this wasn't me" link is malformed, unknown, used or expired.
    #[error("invalid, used or expired link")]
    BadLink,
    /// Temporary: the database did not answer or failed.
    #[error("database")]
    Database(#[from] sqlx::Error),
    /// Temporary: the session store failed.
    #[error("session store")]
    Session(#[from] tower_sessions::session::Error),
    /// Temporary: the session names a user the database could not load.
    #[error("the session's user could not be loaded")]
    UserUnavailable,
    /// The request reached a use case without a session (the session layer is missing).
    #[error("no session on this request")]
    NoSession,
    /// An email template failed to render.
    #[error("email template")]
    Template(#[from] crate::server::mail::templates::TemplateError),
    /// Password hashing failed (its threads stopped or a job panicked).
    #[error("password hashing")]
    Hashing(#[from] crate::server::hash_pool::HashError),
}

impl AppError {
    /// True for failures of ours (the user can only retry later): 503 on every door.
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            Self::Database(_)
                | Self::Session(_)
                | Self::NoSession
                | Self::UserUnavailable
                | Self::Template(_)
                | Self::Hashing(_)
        )
    }

    /// True when the database could not be reached (the work may succeed once it is back).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Database(e) if crate::server::db::is_unavailable(e))
    }

    /// Logs the error once, where a door maps it: failures of ours as errors with their
    /// source chain, refusals as warnings or not at all.
    pub fn log(&self, action: &'static str) {
        match self {
            e if e.is_internal() => tracing::error!(action, error = %chain(e), "request failed"),
            Self::RateLimited { .. } => tracing::warn!(action, "rate limit reached"),
            _ => {}
        }
    }
}

/// The error with its sources, `outer: inner: innermost`.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_failures_are_told_apart_from_refusals() {
        assert!(AppError::Database(sqlx::Error::PoolTimedOut).is_internal());
        assert!(!AppError::NotFound.is_internal());
        assert!(!AppError::Invalid(FieldErrors::new()).is_internal());
    }

    #[test]
    fn the_chain_names_every_source() {
        let error = AppError::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(chain(&error), format!("database: {}", sqlx::Error::PoolTimedOut));
    }
}
