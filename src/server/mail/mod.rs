//! Email: transports chosen by `EMAIL_URL`, message templates, and the outbox worker that
//! delivers what the use cases queued in their own transactions.

pub mod breaker;
pub mod mailbox;
pub mod message;
pub mod templates;
pub mod translate;
pub mod transport;
pub mod worker;
