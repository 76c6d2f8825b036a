//! Everything that only runs on the server: settings, storage, mail, use cases, HTTP, CLI.

pub mod address_check;
pub mod argon2id;
pub mod cli;
pub mod config;
pub mod db;
pub mod device;
pub mod door;
pub mod error;
pub mod hash_pool;
pub mod http;
pub mod i18n;
pub mod login_throttle;
pub mod mail;
pub mod metrics;
pub mod password;
pub mod rate_limit;
pub mod services;
pub mod session;
pub mod session_store;
pub mod site;
pub mod startup;
pub mod state;
