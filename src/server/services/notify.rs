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
    let settings = &core.settings;
    let (lang, dir) = mail_language(core, user.language);
    let context = minijinja::context! {
        lang => lang,
        dir => dir,
        activation_key => key.expose(),
        expiration_days => settings.account_activation_days,
        site => site,
        user => minijinja::context! { username => user.username, email => user.email },
    };
    compose(core, site, "activation_email", &context, user.email)
}

/// Renders `registration/<stem>_subject.txt`, `<stem>.txt` and (with `EMAIL_HTML`) `<stem>.html`
/// into a mail from the registration sender to `to`, its subject prefixed with
/// `EMAIL_SUBJECT_PREFIX` and forced onto one line.
pub fn compose(
    core: &Core,
    site: &Site,
    stem: &str,
    context: &minijinja::Value,
    to: &str,
) -> Result<OutgoingEmail, AppError> {
    let render = |end: &str| core.templates.render(&format!("registration/{stem}{end}"), context);
    let html = if core.settings.email_html { Some(render(".html")?) } else { None };
    let subject = render("_subject.txt")?;
    Ok(OutgoingEmail {
        from: sender(&core.settings, site),
        to: to.to_owned(),
        subject: crate::server::mail::message::condense(&format!(
            "{}{subject}",
            core.settings.email_subject_prefix
        )),
        text: render(".txt")?,
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
    outbox::enqueue_kind(tx, &email, Some("activation"), now).await?;
    Ok(())
}
