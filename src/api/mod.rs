//! Server functions (thin doors onto the server's use cases), their error type, and the wire
//! types that the pages and the server share.

pub mod admin_types;
pub mod error;
pub mod forms;
pub mod self_service;
pub mod types;
