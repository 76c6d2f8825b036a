//! `profile/`: what the logged-in user's page shows beyond the user — its sessions, a pending
//! email change, and the language of its mail.

use super::RequestCtx;
use crate::api::types::ProfileData;
use crate::server::error::AppError;
use crate::server::state::Core;

pub async fn profile(core: &Core, ctx: &RequestCtx) -> Result<ProfileData, AppError> {
    let user = super::login::me(core, ctx)?;
    Ok(ProfileData {
        sessions: super::sessions::list_sessions(core, ctx).await?,
        pending_email: super::email_change::pending_change(core, user).await?,
        language: super::language::mail_language(core, ctx)?,
        languages: core
            .catalogues
            .offered()
            .into_iter()
            .map(|tag| {
                let name = crate::server::i18n::Catalogues::native_name(&tag).to_owned();
                (tag, name)
            })
            .collect(),
        language_errors: Vec::new(),
    })
}
