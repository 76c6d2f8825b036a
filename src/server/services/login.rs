//! `login`: Argon2id verification off the executor, the same answer (and about the same time)
//! for unknown users, inactive users and wrong passwords; old hashes are upgraded.

use super::InternalError;
use crate::domain::password::Password;
use crate::domain::username;
use crate::server::db::users::{self, UserRow};
use crate::server::password;
use crate::server::state::Core;
use chrono::Utc;

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("invalid credentials")]
    Invalid,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<sqlx::Error> for LoginError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(e.into())
    }
}

#[tracing::instrument(name = "service.login", skip_all)]
pub async fn authenticate(
    core: &Core,
    username_input: &str,
    secret: &Password,
) -> Result<UserRow, LoginError> {
    let Some(user) = users::by_username(&core.db, &username::normalize(username_input)).await? else {
        password::verify_dummy(secret.expose().to_owned()).await;
        return Err(LoginError::Invalid);
    };
    let matches = password::verify(secret.expose().to_owned(), user.password.clone()).await;
    if !matches || !user.is_active {
        return Err(LoginError::Invalid);
    }
    if password::needs_rehash(&user.password) {
        let fresh = password::hash(secret.expose().to_owned()).await.map_err(InternalError::Other)?;
        users::upgrade_password_hash(&core.db, user.id, &user.password, &fresh).await?;
    }
    users::touch_last_login(&core.db, user.id, Utc::now()).await?;
    tracing::info!(user.id = user.id, "user logged in");
    super::events::emit(&core.events, super::events::Event::UserLoggedIn { user_id: user.id });
    // Reload so the session digest matches an upgraded hash.
    Ok(users::by_id(&core.db, user.id).await?.unwrap_or(user))
}
