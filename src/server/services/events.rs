//! Events for code that embeds the library (`user_registered`, `user_activated`, and the
//! account events: logged in, password changed, password reset), each with the details of
//! the request that caused it. Subscribe with `core.events.subscribe()`; each fires once per
//! real change (a reused activation key fires nothing).

use std::net::IpAddr;

/// Something that happened to an account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    UserRegistered {
        user_id: i64,
        username: String,
    },
    UserActivated {
        user_id: i64,
    },
    UserLoggedIn {
        user_id: i64,
    },
    PasswordChanged {
        user_id: i64,
    },
    PasswordReset {
        user_id: i64,
    },
    /// A confirmation link was sent to a new address (the account keeps its address).
    EmailChangeRequested {
        user_id: i64,
    },
    /// The account's address changed (its owner followed the confirmation link).
    EmailChanged {
        user_id: i64,
    },
    /// "This wasn't me" was confirmed: every session ended, the password is locked until a
    /// reset, whose link went to the address of the notice.
    AccountLocked {
        user_id: i64,
    },
    /// The account was deleted by its owner; its username and address are free again.
    UserDeleted {
        user_id: i64,
        username: String,
    },
}

/// The request behind an event (absent for the command line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestInfo {
    pub ip: Option<IpAddr>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// An event as subscribers receive it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub event: Event,
    pub request: Option<RequestInfo>,
}

tokio::task_local! {
    static CURRENT_REQUEST: RequestInfo;
}

/// Runs `work` with `info` as the request behind any event it emits.
pub async fn within_request<F: std::future::Future>(info: RequestInfo, work: F) -> F::Output {
    CURRENT_REQUEST.scope(info, work).await
}

/// The request being served by this task, if any.
pub fn current_request() -> Option<RequestInfo> {
    CURRENT_REQUEST.try_with(Clone::clone).ok()
}

/// Sends `event` to every subscriber (having none is fine).
pub fn emit(sender: &tokio::sync::broadcast::Sender<Notice>, event: Event) {
    let _ = sender.send(Notice { event, request: current_request() });
}
