//! The refusals an operation can answer with, as OpenAPI responses (all problem details).
//! Each operation's `#[utoipa::path]` lists the ones it can give; the door-matrix tests
//! exercise them.

#![allow(dead_code)]

use super::problem::Problem;

#[derive(utoipa::IntoResponses)]
#[response(
    status = 400,
    description = "The input has errors (see `errors`), or the body could not be read",
    content_type = "application/problem+json"
)]
pub struct Invalid(Problem);

#[derive(utoipa::IntoResponses)]
#[response(status = 401, description = "Not logged in", content_type = "application/problem+json")]
pub struct LoginRequired(Problem);

#[derive(utoipa::IntoResponses)]
#[response(status = 403, description = "Registration is closed", content_type = "application/problem+json")]
pub struct Closed(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 404,
    description = "The action is switched off on this site",
    content_type = "application/problem+json"
)]
pub struct NotFound(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 404,
    description = "The key is not valid (or the action is switched off)",
    content_type = "application/problem+json"
)]
pub struct KeyInvalid(Problem);

#[derive(utoipa::IntoResponses)]
#[response(status = 409, description = "Already logged in", content_type = "application/problem+json")]
pub struct AlreadyLoggedIn(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 409,
    description = "The account has already been activated",
    content_type = "application/problem+json"
)]
pub struct AlreadyActivated(Problem);

#[derive(utoipa::IntoResponses)]
#[response(status = 410, description = "The key has expired", content_type = "application/problem+json")]
pub struct Expired(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 415,
    description = "The body is not application/json",
    content_type = "application/problem+json"
)]
pub struct UnsupportedMediaType(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 429,
    description = "Too many attempts from this client or about this target; see `Retry-After`",
    content_type = "application/problem+json"
)]
pub struct RateLimited(Problem);

#[derive(utoipa::IntoResponses)]
#[response(
    status = 503,
    description = "Temporarily unavailable (usually the database); see `Retry-After`",
    content_type = "application/problem+json"
)]
pub struct Unavailable(Problem);
