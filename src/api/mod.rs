//! Server functions (thin delegations to the server's use cases) and the wire types that the
//! pages and the server share.

pub mod account;
pub mod forms;
pub mod types;
