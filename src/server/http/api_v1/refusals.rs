//! The refusals each operation can answer with, as OpenAPI responses (all problem details).
//! One enum per operation, listed in its `#[utoipa::path]`; the door-matrix tests exercise them.

#![allow(dead_code)]

use super::problem::Problem;

/// What `Register` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Register {
    #[response(
        status = 400,
        description = "The input has errors (see `errors`), or the body could not be read",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
    #[response(
        status = 403,
        description = "Registration is closed",
        content_type = "application/problem+json"
    )]
    Closed(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(status = 409, description = "Already logged in", content_type = "application/problem+json")]
    AlreadyLoggedIn(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 429,
        description = "Too many attempts from this client or about this account; see `Retry-After`",
        content_type = "application/problem+json"
    )]
    RateLimited(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Resend` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Resend {
    #[response(
        status = 400,
        description = "The input has errors (see `errors`), or the body could not be read",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 429,
        description = "Too many attempts from this client or about this account; see `Retry-After`",
        content_type = "application/problem+json"
    )]
    RateLimited(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `ActivationProbe` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum ActivationProbe {
    #[response(
        status = 404,
        description = "The key is not valid, or the action is switched off",
        content_type = "application/problem+json"
    )]
    InvalidKey(Problem),
    #[response(
        status = 409,
        description = "The account has already been activated",
        content_type = "application/problem+json"
    )]
    AlreadyActivated(Problem),
    #[response(status = 410, description = "The key has expired", content_type = "application/problem+json")]
    Expired(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Activate` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Activate {
    #[response(
        status = 404,
        description = "The key is not valid, or the action is switched off",
        content_type = "application/problem+json"
    )]
    InvalidKey(Problem),
    #[response(
        status = 409,
        description = "The account has already been activated",
        content_type = "application/problem+json"
    )]
    AlreadyActivated(Problem),
    #[response(status = 410, description = "The key has expired", content_type = "application/problem+json")]
    Expired(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Login` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Login {
    #[response(
        status = 400,
        description = "The input has errors (see `errors`), or the body could not be read",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 429,
        description = "Too many attempts from this client or about this account; see `Retry-After`",
        content_type = "application/problem+json"
    )]
    RateLimited(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Logout` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Logout {
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Me` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Me {
    #[response(status = 401, description = "Not logged in", content_type = "application/problem+json")]
    LoginRequired(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `PasswordChange` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum PasswordChange {
    #[response(
        status = 400,
        description = "The input has errors (see `errors`), or the body could not be read",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
    #[response(status = 401, description = "Not logged in", content_type = "application/problem+json")]
    LoginRequired(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `ResetConfirm` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum ResetConfirm {
    #[response(
        status = 400,
        description = "The input has errors (see `errors`), or the body could not be read",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
    #[response(
        status = 404,
        description = "The action is switched off on this site",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 503,
        description = "Temporarily unavailable (usually the database); see `Retry-After`",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
}

/// What `Renew` can refuse with.
#[derive(utoipa::IntoResponses)]
pub enum Renew {
    #[response(
        status = 415,
        description = "The body is not application/json",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 429,
        description = "Too many attempts from this client or about this key; see `Retry-After`",
        content_type = "application/problem+json"
    )]
    RateLimited(Problem),
}
