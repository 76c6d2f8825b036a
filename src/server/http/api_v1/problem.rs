//! RFC 9457 problem details: how the JSON API answers a use case's refusal or failure, and
//! a JSON body it cannot read. Logged here, once.

use crate::domain::activation::ActivationFailure;
use crate::domain::Msg;
use crate::server::error::AppError;
use crate::server::i18n::Words;
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

/// Puts a message into the words of the request's language.
pub type Say<'a> = &'a dyn Fn(&Msg) -> String;

/// A use case's error as the API answers it, its words in the request's language.
pub fn from_app_error(error: AppError, action: &'static str, say: Say<'_>) -> Problem {
    error.log(action);
    use StatusCode as S;
    let titled = |status, code, id: &'static str| Problem::new(status, code, &say(&Msg::id(id)));
    match error {
        AppError::NotFound => titled(S::NOT_FOUND, "not-found", "problem-not-found"),
        AppError::Invalid(errors) => Problem {
            errors: Some(errors.localized(say).texts()),
            ..titled(S::BAD_REQUEST, "invalid-input", "problem-invalid-input")
        },
        AppError::RateLimited { retry_after } => Problem {
            retry_after: Some(retry_after),
            ..titled(S::TOO_MANY_REQUESTS, "rate-limited", "problem-rate-limited")
                .detail(say(&Msg::with("common-wait-retry", [("retry_after", retry_after.into())])))
        },
        AppError::LoginRequired => titled(S::UNAUTHORIZED, "login-required", "problem-login-required"),
        AppError::RegistrationClosed => {
            titled(S::FORBIDDEN, "registration-closed", "problem-registration-closed")
        }
        AppError::AlreadyLoggedIn { .. } => {
            titled(S::CONFLICT, "already-logged-in", "problem-already-logged-in")
        }
        AppError::ActivationFailed(reason) => activation_problem(reason, say),
        AppError::BadResetToken => titled(S::BAD_REQUEST, "invalid-token", "problem-invalid-token"),
        AppError::BadLink => titled(S::BAD_REQUEST, "invalid-token", "problem-invalid-link"),
        _ => titled(S::SERVICE_UNAVAILABLE, "unavailable", "problem-unavailable")
            .detail(say(&Msg::id("problem-unavailable-detail")))
            .with_retry(5),
    }
}

impl Problem {
    fn with_retry(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }
}

fn activation_problem(reason: ActivationFailure, say: Say<'_>) -> Problem {
    let titled = |status, code, id: &'static str| Problem::new(status, code, &say(&Msg::id(id)));
    match reason {
        ActivationFailure::Invalid => {
            titled(StatusCode::NOT_FOUND, "activation-key-invalid", "problem-activation-key-invalid")
        }
        ActivationFailure::Expired => {
            titled(StatusCode::GONE, "activation-key-expired", "problem-activation-key-expired")
                .detail(say(&Msg::id("problem-activation-key-expired-detail")))
        }
        ActivationFailure::AlreadyActivated => {
            titled(StatusCode::CONFLICT, "already-activated", "problem-already-activated")
        }
    }
}

/// A body that is not the JSON the operation takes.
pub fn from_rejection(rejection: JsonRejection, words: &Words<'_>) -> Problem {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            &words.say("problem-unsupported-media-type", &[]),
        ),
        other => {
            Problem::new(StatusCode::BAD_REQUEST, "malformed-body", &words.say("problem-malformed-body", &[]))
                .detail(other.body_text())
        }
    }
}
