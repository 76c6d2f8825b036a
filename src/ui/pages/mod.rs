//! One module per page (or per group of small pages).

pub mod activate;
pub mod admin;
mod admin_funnel;
pub mod admin_mail;
mod admin_person;
pub mod delete_account;
pub mod email_change;
pub mod home;
pub mod login;
pub mod not_found;
pub mod password;
pub mod profile;
pub mod register;
pub mod register_done;
mod register_fields;
mod register_state;
pub mod resend;
pub mod terms;
