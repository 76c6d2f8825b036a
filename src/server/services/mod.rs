//! Use cases, one per module, shared by the web handlers, server functions and the CLI.
//! Transactions live here; nothing here knows about HTTP.

pub mod activate;
pub mod admin;
pub mod cleanup;
pub mod events;
pub mod login;
pub mod notify;
pub mod password_change;
pub mod password_reset;
pub mod register;
pub mod resend;

/// A failure the user cannot fix (database or template trouble). Logged once at the edge.
#[derive(Debug, thiserror::Error)]
pub enum InternalError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Other(String),
}
