//! Composing the activation email (`send_activation_email`) into the outbox.

use crate::domain::activation::ActivationKey;
use crate::server::config::Settings;
use crate::server::db::{outbox, Tx};
use crate::server::mail::message::OutgoingEmail;
use crate::server::site::Site;
use crate::server::state::Core;
use chrono::{DateTime, Utc};

use crate::server::error::AppError;

/// The account an activation email is about.
pub struct Recipient<'a> {
    pub username: &'a str,
    pub email: &'a str,
    /// The account's language (`None`: the site's default).
    pub language: Option<&'a str>,
}

/// The language a mail to a user with this stored language is written in, and its direction.
pub fn mail_language<'a>(core: &'a Core, stored: Option<&'a str>) -> (&'a str, &'static str) {
    let language = core.catalogues.resolve(stored);
    (language, crate::server::i18n::Catalogues::direction(language))
}

/// Renders the activation email from the templates.
pub fn activation_email(
    core: &Core,
    site: &Site,
    user: &Recipient<'_>,
    key: &ActivationKey,
) -> Result<OutgoingEmail, AppError> {
    let (settings, templates) = (&core.settings, &core.templates);
    let (lang, dir) = mail_language(core, user.language);
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        activation_key => key.expose(),
        expiration_days => settings.account_activation_days,
        site => site,
        user => minijinja::context! { username => user.username, email => user.email },
    };
    let render = |name: &str| templates.render(name, &context);
    let subject =
        format!("{}{}", settings.email_subject_prefix, render("registration/activation_email_subject.txt")?);
    let html = if settings.email_html { Some(render("registration/activation_email.html")?) } else { None };
    Ok(OutgoingEmail {
        from: sender(settings, site),
        to: user.email.to_owned(),
        subject: crate::server::mail::message::condense(&subject),
        text: render("registration/activation_email.txt")?,
        html,
    })
}

/// `REGISTRATION_USE_SITE_EMAIL`, else `REGISTRATION_DEFAULT_FROM_EMAIL`, else `DEFAULT_FROM_EMAIL`.
pub fn sender(settings: &Settings, site: &Site) -> String {
    match (&settings.site_user_email, &settings.registration_default_from_email) {
        (Some(user), _) => format!("{user}@{}", site.domain.split(':').next().unwrap_or_default()),
        (None, Some(from)) => from.clone(),
        (None, None) => settings.default_from_email.clone(),
    }
}

/// Renders and queues the activation email in the caller's transaction (the caller has spent
/// the address's mail budget: see `outgoing::spend_budget`).
pub async fn queue_activation_email(
    core: &Core,
    tx: &mut Tx,
    site: &Site,
    user: &Recipient<'_>,
    key: &ActivationKey,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let email = activation_email(core, site, user, key)?;
    outbox::enqueue(tx, &email, now).await?;
    Ok(())
}
