//! `ServerError`: how the server's `AppError` travels to a hydrated form (postcard), and the
//! status code each kind answers with. The server maps `AppError` into it in one place
//! (`server::door`); the browser turns it into errors in place or a page to load.

use crate::domain::FieldErrors;
use serde::{Deserialize, Serialize};
use server_fn::codec::PostcardEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

/// Why a server function did not succeed, as the browser needs to know it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ServerError {
    /// The action is switched off on this site (404).
    #[error("not found")]
    NotFound,
    /// Errors to show on the form (400).
    #[error("the form has errors")]
    Invalid(FieldErrors),
    /// Too many attempts; retry after this many seconds (429).
    #[error("too many attempts")]
    RateLimited { retry_after: u64 },
    /// The action needs a login (401).
    #[error("login required")]
    LoginRequired,
    /// The page at this path explains what happened (closed registration, already logged
    /// in): load it; an empty path means this very page (a used key or token), reload it (409).
    #[error("see {0}")]
    Redirect(String),
    /// A failure of ours; try again in a moment (503).
    #[error("temporarily unavailable")]
    Unavailable,
    /// The request could not be decoded (400).
    #[error("bad request")]
    BadRequest,
}

impl ServerError {
    /// The HTTP status this error answers with.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::Invalid(_) | Self::BadRequest => 400,
            Self::RateLimited { .. } => 429,
            Self::LoginRequired => 401,
            Self::Redirect(_) => 409,
            Self::Unavailable => 503,
        }
    }
}

impl FromServerFnError for ServerError {
    type Encoder = PostcardEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::BadRequest,
            _ => Self::Unavailable,
        }
    }
}
