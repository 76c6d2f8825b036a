//! The values every use case and handler shares, built once at startup and injected.

use super::config::Settings;
use super::db::Pool;
use super::mail::templates::Templates;
use super::metrics::Metrics;
use super::rate_limit::RateLimits;
use super::services::events::Notice;
use crate::domain::registration::RegistrationRule;
use leptos::config::LeptosOptions;
use std::sync::Arc;
use tokio::sync::{broadcast, Notify};

/// What the use cases need: settings, database, templates, the outbox wake-up and events.
/// Handlers and layers clone it on every request, so it is one reference-counted pointer.
#[derive(Clone)]
pub struct Core(Arc<Shared>);

/// The contents of `Core` (reached through `Deref`: `core.settings`, `core.db`, …).
#[derive(Clone)]
pub struct Shared {
    pub settings: Arc<Settings>,
    pub db: Pool,
    pub templates: Arc<Templates>,
    pub outbox_wakeup: Arc<Notify>,
    pub events: broadcast::Sender<Notice>,
    pub metrics: Arc<Metrics>,
    pub rate_limits: Arc<RateLimits>,
    /// Failed logins per (username, client) and per username.
    pub login_throttle: Arc<super::login_throttle::LoginThrottle>,
    /// Signs the device cookies of browsers that have logged in.
    pub device_key: super::device::DeviceKey,
    /// Rules the embedding site added to the registration form.
    pub extra_rules: Vec<Arc<dyn RegistrationRule>>,
    /// The development mailbox, with `EMAIL_URL=memory://` only.
    pub dev_mailbox: Option<Arc<super::mail::mailbox::Mailbox>>,
    /// The registration's address checks that need more than the text (DNS, disposable list).
    pub address_checks: Arc<super::address_check::AddressChecks>,
    /// Every offered language's messages (pages and mail).
    pub catalogues: Arc<super::i18n::Catalogues>,
}

impl Core {
    pub fn new(settings: Settings, db: Pool) -> Result<Self, String> {
        let catalogues = Arc::new(super::i18n::Catalogues::load(&settings.languages)?);
        let templates = Templates::load(settings.templates_dir.as_deref(), catalogues.clone())?;
        let (events, _) = broadcast::channel(256);
        let rate_limits = Arc::new(RateLimits::new(settings.rate_limits, &db));
        let device_key = super::device::DeviceKey::new(
            settings.secret_key.as_ref().map(secrecy::ExposeSecret::expose_secret),
        );
        let address_checks = Arc::new(super::address_check::AddressChecks::new(&settings.address_checks)?);
        let dev_mailbox = matches!(settings.email_url, super::mail::transport::EmailUrl::Memory).then(|| {
            tracing::warn!("EMAIL_URL=memory://: mail is kept in this process and shown to anyone at /dev/mail/; never use it in production");
            Arc::default()
        });
        Ok(Self(Arc::new(Shared {
            settings: Arc::new(settings),
            db,
            templates: Arc::new(templates),
            outbox_wakeup: Arc::new(Notify::new()),
            events,
            metrics: Arc::new(Metrics::new()),
            rate_limits,
            login_throttle: Arc::default(),
            device_key,
            extra_rules: Vec::new(),
            dev_mailbox,
            address_checks,
            catalogues,
        })))
    }
}

impl std::ops::Deref for Core {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl Core {
    /// Adds a site-specific registration rule.
    pub fn with_rule(mut self, rule: Arc<dyn RegistrationRule>) -> Self {
        Arc::make_mut(&mut self.0).extra_rules.push(rule);
        self
    }
}

/// The web application's state: the core plus Leptos's options, behind one `Arc` (axum clones
/// the state for every request and layer; a clone is one reference count).
#[derive(Clone)]
pub struct AppState(Arc<AppParts>);

/// The contents of `AppState` (reached through `Deref`: `state.core`, …).
pub struct AppParts {
    pub core: Core,
    pub leptos_options: LeptosOptions,
    /// The pages every anonymous visitor sees alike, rendered once (see `http::page_cache`).
    pub page_cache: crate::server::http::page_cache::PageCache,
}

impl AppState {
    pub fn new(core: Core, leptos_options: LeptosOptions) -> Self {
        Self(Arc::new(AppParts { core, leptos_options, page_cache: Default::default() }))
    }
}

impl std::ops::Deref for AppState {
    type Target = AppParts;
    fn deref(&self) -> &AppParts {
        &self.0
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl axum::extract::FromRef<AppState> for Core {
    fn from_ref(state: &AppState) -> Self {
        state.core.clone()
    }
}
