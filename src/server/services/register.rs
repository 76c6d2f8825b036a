//! `create_inactive_user`: the gates of `register/`, the rate limit, validation, then in one
//! transaction the inactive user, its profile and its queued activation email, replacing an
//! expired, never-activated account that held the username (or, with unique addresses, the
//! address). The database decides uniqueness races.

use super::audit;
use super::events::Event;
use super::notify::{queue_activation_email, Recipient};
use super::outgoing::{spend_budget, MailKind};
use super::RequestCtx;
use crate::domain::activation::ActivationKey;
use crate::domain::email::EmailAddress;
use crate::domain::registration::{self, RegistrationInput, ValidRegistration, EMAIL, USERNAME};
use crate::domain::{messages, FieldErrors};
use crate::server::db::{self, profiles, users};
use crate::server::error::AppError;
use crate::server::password;
use crate::server::rate_limit::Action;
use crate::server::state::Core;
use chrono::Utc;
use rand::RngCore;

/// The answer to a registration that was accepted: the address the mail goes to. (Under
/// `RegistrationFormUniqueEmail` an address that already has an account gets this same answer,
/// and a mail of its own: see `address_taken`.)
#[derive(Clone, Debug)]
pub struct Registered {
    pub email: String,
}

/// What storing a registration did.
enum Stored {
    /// The new user, and whether its activation mail was queued (not over the mail budget).
    Created { user_id: i64, mailed: bool },
    /// The address belongs to another account (found inside the transaction, which rolls back).
    AddressTaken,
}

/// Whether this visitor may see or send the registration form: `INCLUDE_REGISTER_URL` off is
/// a 404; a logged-in user goes to `LOGIN_REDIRECT_URL` (with
/// `ACCOUNT_AUTHENTICATED_REGISTRATION_REDIRECTS`); a closed registration says so.
pub fn may_register(core: &Core, ctx: &RequestCtx) -> Result<(), AppError> {
    let settings = &core.settings;
    if !settings.include_register_url {
        return Err(AppError::NotFound);
    }
    if settings.authenticated_registration_redirects {
        if ctx.user.is_some() {
            return Err(AppError::AlreadyLoggedIn { redirect: settings.login_redirect_url.clone() });
        }
        if ctx.user_unknown {
            return Err(AppError::UserUnavailable);
        }
    }
    if !settings.registration_open {
        return Err(AppError::RegistrationClosed);
    }
    Ok(())
}

/// Registers a new, inactive account and queues its activation email.
#[tracing::instrument(name = "service.register", skip_all)]
pub async fn register(
    core: &Core,
    ctx: &RequestCtx,
    input: &RegistrationInput,
) -> Result<Registered, AppError> {
    may_register(core, ctx)?;
    super::limit(core, Action::Register, ctx, Some(&input.username)).await?;
    if input.fell_for_the_honeypot() {
        core.metrics.honeypot_catches.inc();
        tracing::info!("registration ignored: the hidden trap field was filled in");
        return Ok(Registered { email: input.email.trim().to_owned() });
    }
    let rules = core.settings.registration_form;
    let valid = registration::validate(input, rules, &password::is_common);
    let mut errors = valid.as_ref().err().cloned().unwrap_or_default();
    for rule in &core.extra_rules {
        errors.merge(rule.check(input));
    }
    check_address(core, input, &mut errors).await;
    check_username(core, input, &mut errors).await?;
    let valid = match valid {
        Ok(valid) if errors.is_empty() => valid,
        _ => return Err(AppError::Invalid(errors)),
    };
    // A taken address is found inside `store`'s transaction, which then rolls back: its answer
    // does the same work (hash, insert, lock) and so takes as long as a new address's.
    let hash = password::hash(valid.password.expose().to_owned()).await?;
    let stored = store(core, &valid, &hash, ctx).await?;
    let registered = Registered { email: valid.email.as_str().to_owned() };
    let Stored::Created { user_id, mailed } = stored else {
        super::address_taken::tell_the_address(core, ctx, &valid.email);
        return Ok(registered);
    };
    core.outbox_wakeup.notify_one();
    core.metrics.registrations.inc();
    if mailed {
        core.metrics.mails_queued.inc();
    }
    super::events::emit(
        &core.events,
        Event::UserRegistered { user_id, username: valid.username.as_str().to_owned() },
    );
    tracing::info!(user.id = user_id, "user registered");
    Ok(registered)
}

/// The address checks that need more than its text (`BLOCK_DISPOSABLE_EMAIL`,
/// `EMAIL_DOMAIN_CHECK`), for an address that passed all the others.
async fn check_address(core: &Core, input: &RegistrationInput, errors: &mut FieldErrors) {
    if errors.has(EMAIL) {
        return;
    }
    let Ok(email) = EmailAddress::parse(&input.email) else { return };
    if let Some(message) = core.address_checks.refusal(email.domain()).await {
        errors.add(EMAIL, message);
    }
}

/// Keys issued at or before this have expired.
fn expiry_cutoff(core: &Core) -> chrono::DateTime<Utc> {
    crate::domain::activation::expiry_cutoff(core.settings.account_activation_days, Utc::now())
}

/// Django reports a taken username with the other field errors, before any hashing. A taken
/// address (`RegistrationFormUniqueEmail`) is not a form error: `store` finds it and the
/// registration answers as if accepted. An expired registration that never activated holds
/// neither: the new registration replaces it.
async fn check_username(
    core: &Core,
    input: &RegistrationInput,
    errors: &mut FieldErrors,
) -> Result<(), sqlx::Error> {
    if !errors.has(USERNAME) && !input.username.trim().is_empty() {
        let mut key = crate::domain::username::normalize(&input.username);
        if core.settings.registration_form.username_lowercase {
            key = key.to_lowercase();
        }
        if users::username_taken(&core.db, &key, expiry_cutoff(core)).await? {
            errors.add(USERNAME, messages::DUPLICATE_USERNAME);
        }
    }
    Ok(())
}

/// The user, its profile and the activation mail (in the request's language, which the
/// account keeps for every later mail), in one transaction.
async fn store(
    core: &Core,
    valid: &ValidRegistration,
    hash: &str,
    ctx: &RequestCtx,
) -> Result<Stored, AppError> {
    let (now, site) = (Utc::now(), &ctx.site);
    let ctx_language = core.catalogues.resolve(Some(&ctx.language)).to_owned();
    let key = ActivationKey::generate(valid.username.as_str(), &random_salt());
    let mut tx = db::begin_write(&core.db).await?;
    let new_user = users::NewUser {
        username: valid.username.as_str(),
        username_normalized: valid.username.normalized(),
        email: valid.email.as_str(),
        email_normalized: valid.email.normalized(),
        password_hash: hash,
        date_joined: now,
        language: &ctx_language,
    };
    let email_holder = core.settings.registration_form.unique_email.then(|| valid.email.normalized());
    let cutoff = crate::domain::activation::expiry_cutoff(core.settings.account_activation_days, now);
    users::delete_expired_holders(&mut tx, valid.username.normalized(), email_holder, cutoff).await?;
    let user_id = match users::insert(&mut tx, &new_user).await {
        Err(e) if db::is_unique_violation(&e, db::USERNAME_UNIQUE) => {
            return Err(AppError::Invalid(FieldErrors::single(USERNAME, messages::DUPLICATE_USERNAME)));
        }
        other => other?,
    };
    if core.settings.registration_form.unique_email && email_taken_by_other(&mut tx, valid, user_id).await? {
        return Ok(Stored::AddressTaken); // Rolled back: nothing of this registration stays.
    }
    profiles::insert(&mut tx, user_id, key.expose()).await?;
    let registered = audit::by_user(ctx, (user_id, valid.username.as_str()), audit::Action::Registered, now);
    db::audit::record(&mut tx, &registered).await?;
    let mailed = core.settings.send_activation_email
        && spend_budget(core, &mut tx, MailKind::Activation, valid.email.as_str(), now).await?;
    if mailed {
        let recipient = Recipient {
            username: valid.username.as_str(),
            email: valid.email.as_str(),
            language: Some(&ctx_language),
        };
        queue_activation_email(core, &mut tx, site, &recipient, &key, now).await?;
    }
    tx.commit().await?;
    Ok(Stored::Created { user_id, mailed })
}

/// Inside the write transaction, after taking the email's lock (writers of one address are
/// serialised on both engines), so a concurrent twin is seen.
async fn email_taken_by_other(
    tx: &mut db::Tx,
    valid: &ValidRegistration,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    users::lock_email(tx, valid.email.normalized()).await?;
    Ok(users::count_others_with_email(tx, valid.email.normalized(), user_id).await? > 0)
}

fn random_salt() -> [u8; 20] {
    let mut salt = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    salt
}
