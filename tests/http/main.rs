//! HTTP-level tests: the real application on a random port, a fresh database each, real
//! mail transports (files, and an SMTP server process), and the real binary for the CLI.

mod actions;
mod activate;
mod admin;
mod admin_funnel;
mod audit;
mod auth;
mod binary;
mod catalogue_use;
mod catalogues;
mod cli;
mod concurrency;
mod delete_account;
mod dev_mail;
mod dns_server;
mod doors;
mod email_change;
mod enumeration;
mod first_contact;
mod hardening;
mod harness;
mod hosts;
mod languages;
mod login_field;
mod matrix;
mod openapi;
mod operations;
mod page_cache;
mod page_languages;
mod register;
mod remember_me;
mod security_notices;
mod sessions;
mod smtp;
mod testdb;
mod variants;
