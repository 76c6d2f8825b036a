//! RFC 9457 problem details: how the JSON API answers a use case's refusal or failure, and
//! a JSON body it cannot read. Logged here, once.

use crate::domain::activation::ActivationFailure;
use crate::server::error::AppError;
use axum::extract::rejection::JsonRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A problem-details body (`application/problem+json`).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem, e.g. `/api/v1/problems/invalid-input`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What happened in this occurrence, when there is more to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Field name (`__all__` for the form as a whole) to its messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, Vec<String>>>,
    /// Seconds to wait before trying again (also in `Retry-After`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, code: &str, title: &str) -> Self {
        Self {
            kind: format!("/api/v1/problems/{code}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: None,
            errors: None,
            retry_after: None,
        }
    }

    fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry = self.retry_after.map(|s| s.to_string());
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response =
            (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response();
        if let Some(value) = retry.and_then(|r| HeaderValue::from_str(&r).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// A use case's error as the API answers it.
pub fn from_app_error(error: AppError, action: &'static str) -> Problem {
    error.log(action);
    use StatusCode as S;
    match error {
        AppError::NotFound => {
            Problem::new(S::NOT_FOUND, "not-found", "This action is not available on this site.")
        }
        AppError::Invalid(errors) => {
            let fields = errors.fields().map(|f| (f.to_owned(), errors.get(f).to_vec())).collect();
            Problem {
                errors: Some(fields),
                ..Problem::new(S::BAD_REQUEST, "invalid-input", "The input has errors.")
            }
        }
        AppError::RateLimited { retry_after } => Problem {
            retry_after: Some(retry_after),
            ..Problem::new(S::TOO_MANY_REQUESTS, "rate-limited", "Too many attempts.")
                .detail(format!("Please wait {retry_after} seconds, then try again."))
        },
        AppError::LoginRequired => Problem::new(S::UNAUTHORIZED, "login-required", "You need to log in."),
        AppError::RegistrationClosed => {
            Problem::new(S::FORBIDDEN, "registration-closed", "Registration is closed.")
        }
        AppError::AlreadyLoggedIn { .. } => {
            Problem::new(S::CONFLICT, "already-logged-in", "You are already logged in.")
        }
        AppError::ActivationFailed(reason) => activation_problem(reason),
        AppError::BadResetToken => Problem::new(
            S::BAD_REQUEST,
            "invalid-token",
            "The password reset link was invalid, possibly because it has already been used.",
        ),
        AppError::BadLink => Problem::new(
            S::BAD_REQUEST,
            "invalid-token",
            "The link was invalid, possibly because it has already been used or has expired.",
        ),
        _ => Problem::new(S::SERVICE_UNAVAILABLE, "unavailable", "Something went wrong on our side.")
            .detail("Please try again in a moment.")
            .with_retry(5),
    }
}

impl Problem {
    fn with_retry(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }
}

fn activation_problem(reason: ActivationFailure) -> Problem {
    match reason {
        ActivationFailure::Invalid => {
            Problem::new(StatusCode::NOT_FOUND, "activation-key-invalid", "This activation key is not valid.")
        }
        ActivationFailure::Expired => {
            Problem::new(StatusCode::GONE, "activation-key-expired", "This activation key has expired.")
                .detail("Ask for a new activation email.")
        }
        ActivationFailure::AlreadyActivated => Problem::new(
            StatusCode::CONFLICT,
            "already-activated",
            "This account has already been activated.",
        ),
    }
}

/// A body that is not the JSON the operation takes.
pub fn from_rejection(rejection: JsonRejection) -> Problem {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Send the body as application/json.",
        ),
        other => Problem::new(StatusCode::BAD_REQUEST, "malformed-body", "The body could not be read.")
            .detail(other.body_text()),
    }
}
