//! `RequestCtx`: what a use case may know about the request behind it, whichever door it came
//! through: the client's address (for rate limits), the site (for links in mail), the
//! logged-in user, the session (to log in or out), and the request's details (for events).

use super::events::RequestInfo;
use crate::server::db::users::UserRow;
use crate::server::error::AppError;
use crate::server::site::Site;
use std::net::IpAddr;
use tower_sessions::Session;

/// The request a use case serves. Doors build it; use cases only read it.
#[derive(Clone, Debug)]
pub struct RequestCtx {
    pub client_ip: IpAddr,
    pub site: Site,
    pub user: Option<UserRow>,
    /// The session names a user the database could not load (it is away).
    pub user_unknown: bool,
    pub session: Option<Session>,
    /// The browser's device cookie (see `server::device`), if it sent one.
    pub device: Option<String>,
    pub info: RequestInfo,
    /// The request's language (see `server::i18n`): stored on an account it registers.
    pub language: String,
}

impl RequestCtx {
    /// The session, which every door has (the session layer wraps all of them).
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().ok_or(AppError::NoSession)
    }

    /// The browser and address of the request (for the login it makes).
    pub fn client(&self) -> crate::server::session::Client<'_> {
        crate::server::session::Client {
            ip: self.client_ip,
            user_agent: self.info.user_agent.as_deref().unwrap_or_default(),
        }
    }

    /// The logged-in user, or `LoginRequired` (or `UserUnavailable` when the database could
    /// not say who the session's user is).
    pub fn user(&self) -> Result<&UserRow, AppError> {
        match &self.user {
            Some(user) => Ok(user),
            None if self.user_unknown => Err(AppError::UserUnavailable),
            None => Err(AppError::LoginRequired),
        }
    }
}
