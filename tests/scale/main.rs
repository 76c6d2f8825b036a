//! Scaling out on PostgreSQL (always PostgreSQL; see `testdb` for the server it uses): two
//! server processes on one database, the database going away and coming back, and cleanup
//! run from two hosts at once.

#[allow(dead_code)]
#[path = "../http/harness.rs"]
mod harness;
#[path = "../http/testdb.rs"]
mod testdb;

mod cleanup;
mod instances;
mod limits;
mod outage;
mod proxy;
mod server;
