//! The profile's "language of your emails": a logged-in user picks one of the offered
//! languages, and every later mail to the account is written in it.

use super::RequestCtx;
use crate::domain::account_forms::{invalid_choice, LanguageInput};
use crate::domain::{messages, FieldErrors};
use crate::server::db::users;
use crate::server::error::AppError;
use crate::server::state::Core;

/// The language the account's mail is written in (the stored one, else the site's default).
pub fn mail_language(core: &Core, ctx: &RequestCtx) -> Result<String, AppError> {
    let user = super::login::me(core, ctx)?;
    Ok(core.catalogues.resolve(user.language.as_deref()).to_owned())
}

#[tracing::instrument(name = "service.set_language", skip_all)]
pub async fn set_language(core: &Core, ctx: &RequestCtx, input: &LanguageInput) -> Result<(), AppError> {
    let user = super::login::me(core, ctx)?;
    let tag = input.language.trim();
    if tag.is_empty() {
        return Err(AppError::Invalid(FieldErrors::single("language", messages::REQUIRED)));
    }
    if !core.catalogues.offers(tag) {
        let shown: String = tag.chars().filter(|c| !c.is_control()).take(35).collect();
        return Err(AppError::Invalid(FieldErrors::single("language", invalid_choice(&shown))));
    }
    users::set_language(&core.db, user.id, tag).await?;
    tracing::info!(user.id = user.id, language = tag, "mail language changed");
    Ok(())
}
