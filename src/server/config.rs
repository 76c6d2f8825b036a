//! Settings: read once from the environment (after `.env`) into one typed value.
//!
//! Every invalid value stops startup with one line naming the variable and what it expects.

use super::address_check::AddressCheckSettings;
use super::db::{DatabaseSettings, Engine};
use super::mail::transport::EmailUrl;
use super::rate_limit::{RateLimitSettings, Store};
use super::site::SiteSettings;
use crate::domain::account_forms::LoginField;
use crate::domain::password::PasswordPolicy;
use crate::domain::registration::FormRules;
use std::path::PathBuf;
use std::time::Duration;
use vars::Vars;

/// A setting that could not be used; its `Display` is the one line shown at startup.
#[derive(Debug, thiserror::Error)]
#[error("invalid setting {variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

/// Every setting of the product (see the README for their meaning).
#[derive(Clone, Debug)]
pub struct Settings {
    pub account_activation_days: u32,
    pub registration_open: bool,
    pub include_auth_urls: bool,
    pub include_register_url: bool,
    pub registration_form: FormRules,
    pub auto_login: bool,
    /// `ACTIVATE_ON_GET`: following the link activates at once, as the original did (mail
    /// scanners that follow links then activate accounts too). Off: a button POSTs.
    pub activate_on_get: bool,
    pub authenticated_registration_redirects: bool,
    pub login_redirect_url: String,
    pub send_activation_email: bool,
    pub email_html: bool,
    pub default_from_email: String,
    pub registration_default_from_email: Option<String>,
    pub email_subject_prefix: String,
    pub site_user_email: Option<String>,
    pub site: SiteSettings,
    pub database: DatabaseSettings,
    pub email_url: EmailUrl,
    pub templates_dir: Option<PathBuf>,
    pub email_retry_max_delay: Duration,
    /// How long an outbox message stays claimed by one worker (`OUTBOX_LEASE_SECONDS`).
    pub outbox_lease: Duration,
    pub password_reset_timeout: Duration,
    /// Run cleanup inside the server this often (`CLEANUP_INTERVAL_SECONDS`; unset or 0: never).
    pub cleanup_interval: Option<Duration>,
    /// Days cleanup keeps a registration after it expired (`CLEANUP_GRACE_DAYS`, default 0).
    pub cleanup_grace_days: u32,
    /// Days the audit trail keeps its rows (`AUDIT_RETENTION_DAYS`, default 365); cleanup
    /// deletes older ones.
    pub audit_retention_days: u32,
    pub metrics_enabled: bool,
    pub log_json: bool,
    pub rate_limits: RateLimitSettings,
    /// Proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`, comma-separated IPs).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Signs device cookies (`SECRET_KEY`; unset: a key made at each start).
    pub secret_key: Option<secrecy::SecretString>,
    /// Host names this site answers to (`ALLOWED_HOSTS`, comma-separated; see `http::hosts`).
    pub allowed_hosts: Vec<String>,
    /// Authentication mails one address may be sent per 24 hours (`MAIL_BUDGET_PER_ADDRESS`).
    pub mail_budget_per_address: u32,
    /// Failed deliveries within a minute that pause sending for a minute (`MAIL_BREAKER_FAILURES`).
    pub mail_breaker_failures: u32,
    /// Attempts after which a message the relay keeps refusing is marked failed (`EMAIL_MAX_ATTEMPTS`).
    pub email_max_attempts: u32,
    /// How long `serve` keeps trying to open the database (`DATABASE_STARTUP_TIMEOUT_SECONDS`).
    pub database_startup_timeout: Duration,
    /// `BLOCK_DISPOSABLE_EMAIL`, `EMAIL_DOMAIN_CHECK` and its resolver.
    pub address_checks: AddressCheckSettings,
    /// What the login form's first field accepts (`LOGIN_FIELD`).
    pub login_field: LoginField,
    /// How long a "remember me" session lasts after its last request (`SESSION_REMEMBER_DAYS`).
    pub session_remember: Duration,
    /// How long an email-change confirmation link works (`EMAIL_CHANGE_TIMEOUT`, seconds).
    pub email_change_timeout: Duration,
    /// How long a security notice's "this wasn't me" link works (`SECURITY_LINK_TIMEOUT`, seconds).
    pub security_link_timeout: Duration,
    /// `LANGUAGE_CODE`, `LANGUAGES` and `LOCALES_DIR`.
    pub languages: crate::server::i18n::LanguageSettings,
}

impl Settings {
    /// Reads the process environment (a `.env` in the working directory fills the gaps).
    pub fn from_env() -> Result<Self, ConfigError> {
        let _ = dotenvy::dotenv();
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Builds settings from any variable lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let vars = Vars(&get);
        let use_site_email = vars.bool("REGISTRATION_USE_SITE_EMAIL", false)?;
        let database = vars.database()?;
        let site_user_email = vars.string("REGISTRATION_SITE_USER_EMAIL");
        if use_site_email && site_user_email.is_none() {
            return Err(ConfigError {
                variable: "REGISTRATION_SITE_USER_EMAIL",
                problem: "must be set when REGISTRATION_USE_SITE_EMAIL is true".into(),
            });
        }
        Ok(Self {
            account_activation_days: vars.activation_days()?,
            registration_open: vars.bool("REGISTRATION_OPEN", true)?,
            include_auth_urls: vars.bool("INCLUDE_AUTH_URLS", true)?,
            include_register_url: vars.bool("INCLUDE_REGISTER_URL", true)?,
            registration_form: vars.form_rules()?,
            auto_login: vars.bool("REGISTRATION_AUTO_LOGIN", false)?,
            activate_on_get: vars.bool("ACTIVATE_ON_GET", false)?,
            authenticated_registration_redirects: vars
                .bool("ACCOUNT_AUTHENTICATED_REGISTRATION_REDIRECTS", true)?,
            login_redirect_url: vars
                .string("LOGIN_REDIRECT_URL")
                .unwrap_or_else(|| "/accounts/profile/".into()),
            send_activation_email: vars.bool("SEND_ACTIVATION_EMAIL", true)?,
            email_html: vars.bool("REGISTRATION_EMAIL_HTML", true)?,
            default_from_email: vars
                .string("DEFAULT_FROM_EMAIL")
                .unwrap_or_else(|| "webmaster@localhost".into()),
            registration_default_from_email: vars.string("REGISTRATION_DEFAULT_FROM_EMAIL"),
            email_subject_prefix: get("REGISTRATION_EMAIL_SUBJECT_PREFIX").unwrap_or_default(),
            site_user_email: site_user_email.filter(|_| use_site_email),
            site: vars.site()?,
            rate_limits: vars.rate_limits(&database)?,
            database,
            email_url: vars.email_url()?,
            templates_dir: vars.string("REGISTRATION_TEMPLATES_DIR").map(PathBuf::from),
            email_retry_max_delay: Duration::from_secs(
                vars.u64("EMAIL_RETRY_MAX_DELAY_SECONDS", 300)?.max(1),
            ),
            outbox_lease: Duration::from_secs(vars.u64("OUTBOX_LEASE_SECONDS", 120)?.max(1)),
            password_reset_timeout: Duration::from_secs(vars.u64("PASSWORD_RESET_TIMEOUT", 259_200)?),
            cleanup_interval: Some(vars.u64("CLEANUP_INTERVAL_SECONDS", 0)?)
                .filter(|s| *s > 0)
                .map(Duration::from_secs),
            cleanup_grace_days: vars.days("CLEANUP_GRACE_DAYS")?,
            audit_retention_days: vars.days_or("AUDIT_RETENTION_DAYS", 365)?,
            metrics_enabled: vars.bool("METRICS_ENABLED", true)?,
            log_json: vars.log_json()?,
            trusted_proxies: vars.trusted_proxies()?,
            allowed_hosts: vars.list("ALLOWED_HOSTS"),
            secret_key: vars.string("SECRET_KEY").map(secrecy::SecretString::from),
            mail_budget_per_address: vars.u32("MAIL_BUDGET_PER_ADDRESS", 5)?,
            mail_breaker_failures: vars.u32("MAIL_BREAKER_FAILURES", 50)?,
            email_max_attempts: vars.u32("EMAIL_MAX_ATTEMPTS", 8)?,
            database_startup_timeout: Duration::from_secs(vars.u64("DATABASE_STARTUP_TIMEOUT_SECONDS", 60)?),
            address_checks: vars.address_checks()?,
            login_field: vars.login_field()?,
            session_remember: Duration::from_secs(
                u64::from(vars.u32("SESSION_REMEMBER_DAYS", 30)?.min(36_500)) * 86_400,
            ),
            email_change_timeout: Duration::from_secs(vars.u64("EMAIL_CHANGE_TIMEOUT", 259_200)?),
            security_link_timeout: Duration::from_secs(vars.u64("SECURITY_LINK_TIMEOUT", 604_800)?),
            languages: vars.languages(),
        })
    }
}

impl Vars<'_> {
    /// `LANGUAGE_CODE` (default `en`), `LANGUAGES` (default: every bundled language) and
    /// `LOCALES_DIR`; whether they name catalogues is checked when they are loaded.
    fn languages(&self) -> crate::server::i18n::LanguageSettings {
        let default = crate::server::i18n::LanguageSettings::default();
        let offered = self.list("LANGUAGES");
        crate::server::i18n::LanguageSettings {
            default: self.string("LANGUAGE_CODE").unwrap_or(default.default),
            offered: if offered.is_empty() { default.offered } else { offered },
            overrides: self.string("LOCALES_DIR").map(PathBuf::from),
        }
    }

    fn trusted_proxies(&self) -> Result<Vec<std::net::IpAddr>, ConfigError> {
        let raw = self.string("TRUSTED_PROXIES").unwrap_or_default();
        raw.split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.parse().map_err(|_| ConfigError {
                    variable: "TRUSTED_PROXIES",
                    problem: format!("expected IP addresses, got {a:?}"),
                })
            })
            .collect()
    }

    fn database(&self) -> Result<DatabaseSettings, ConfigError> {
        let url = self.string("DATABASE_URL").unwrap_or_else(|| "sqlite://registration.db".into());
        if Engine::of_url(&url).is_none() {
            let shown = DatabaseSettings::for_url(url).redacted_url();
            return Err(ConfigError {
                variable: "DATABASE_URL",
                problem: format!("expected sqlite://… or postgres://…, got {shown:?}"),
            });
        }
        let defaults = DatabaseSettings::for_url(url);
        let acquire_secs =
            self.u64("DATABASE_ACQUIRE_TIMEOUT_SECONDS", defaults.acquire_timeout.as_secs())?;
        Ok(DatabaseSettings {
            max_connections: self.u32("DATABASE_MAX_CONNECTIONS", defaults.max_connections)?,
            acquire_timeout: Duration::from_secs(acquire_secs.max(1)),
            ..defaults
        })
    }

    fn rate_limits(&self, database: &DatabaseSettings) -> Result<RateLimitSettings, ConfigError> {
        let store = match self.string("RATE_LIMIT_STORE").as_deref() {
            None if database.engine() == Some(Engine::Postgres) => Store::Database,
            None => Store::Memory,
            Some("database") => Store::Database,
            Some("memory") => Store::Memory,
            Some(other) => {
                return Err(ConfigError {
                    variable: "RATE_LIMIT_STORE",
                    problem: format!("expected database or memory, got {other:?}"),
                })
            }
        };
        Ok(RateLimitSettings {
            enabled: self.bool("RATE_LIMITS_ENABLED", true)?,
            per_ip_per_minute: self.u32("RATE_LIMIT_PER_IP", 60)?,
            per_target_per_minute: self.u32("RATE_LIMIT_PER_TARGET", 10)?,
            store,
        })
    }

    fn login_field(&self) -> Result<LoginField, ConfigError> {
        let raw = self.string("LOGIN_FIELD").unwrap_or_else(|| "username".into());
        LoginField::parse(&raw).map_err(|problem| ConfigError { variable: "LOGIN_FIELD", problem })
    }

    fn address_checks(&self) -> Result<AddressCheckSettings, ConfigError> {
        const NAMESERVER: &str = "EMAIL_DOMAIN_CHECK_NAMESERVER";
        let nameserver = self.string(NAMESERVER).map(|raw| {
            raw.parse()
                .or_else(|_| raw.parse::<std::net::IpAddr>().map(|ip| std::net::SocketAddr::new(ip, 53)))
                .map_err(|_| ConfigError {
                    variable: NAMESERVER,
                    problem: format!("expected an IP address with an optional :port, got {raw:?}"),
                })
        });
        Ok(AddressCheckSettings {
            block_disposable: self.bool("BLOCK_DISPOSABLE_EMAIL", false)?,
            domain_check: self.bool("EMAIL_DOMAIN_CHECK", false)?,
            domain_check_timeout: Duration::from_millis(u64::from(
                self.u32("EMAIL_DOMAIN_CHECK_TIMEOUT_MS", 800)?,
            )),
            nameserver: nameserver.transpose()?,
        })
    }

    fn log_json(&self) -> Result<bool, ConfigError> {
        match self.string("LOG_FORMAT").as_deref() {
            None | Some("text") => Ok(false),
            Some("json") => Ok(true),
            Some(other) => Err(ConfigError {
                variable: "LOG_FORMAT",
                problem: format!("expected text or json, got {other:?}"),
            }),
        }
    }

    fn activation_days(&self) -> Result<u32, ConfigError> {
        const NAME: &str = "ACCOUNT_ACTIVATION_DAYS";
        let problem = |p: String| ConfigError { variable: NAME, problem: p };
        let raw = self.string(NAME).ok_or_else(|| {
            problem("required: the number of days (an integer >= 0) a new account has to activate".into())
        })?;
        raw.parse().map_err(|_| problem(format!("expected an integer >= 0, got {raw:?}")))
    }

    fn password_policy(&self) -> Result<PasswordPolicy, ConfigError> {
        let min = self.u32("PASSWORD_MIN_LENGTH", 8)? as usize;
        let names = self.string("PASSWORD_VALIDATORS").unwrap_or_else(|| {
            "UserAttributeSimilarityValidator,MinimumLengthValidator,CommonPasswordValidator,NumericPasswordValidator".into()
        });
        PasswordPolicy::parse(&names, min).map_err(|problem| ConfigError {
            variable: "PASSWORD_VALIDATORS",
            problem: format!("{problem}; expected none or a comma-separated list of UserAttributeSimilarityValidator, MinimumLengthValidator, CommonPasswordValidator, NumericPasswordValidator"),
        })
    }

    fn form_rules(&self) -> Result<FormRules, ConfigError> {
        let raw = self.string("REGISTRATION_FORM").unwrap_or_else(|| "RegistrationForm".into());
        let rules = FormRules::parse(&raw).map_err(|problem| ConfigError {
            variable: "REGISTRATION_FORM",
            problem: format!("{problem}; expected RegistrationForm or a comma-separated list of RegistrationFormTermsOfService, RegistrationFormUniqueEmail, RegistrationFormNoFreeEmail, RegistrationFormUsernameLowercase"),
        })?;
        Ok(FormRules { password: self.password_policy()?, ..rules })
    }

    fn site(&self) -> Result<SiteSettings, ConfigError> {
        let scheme = self.string("SITE_SCHEME");
        if let Some(s) = scheme.as_deref().filter(|s| !matches!(*s, "http" | "https")) {
            return Err(ConfigError {
                variable: "SITE_SCHEME",
                problem: format!("expected http or https, got {s:?}"),
            });
        }
        Ok(SiteSettings { domain: self.string("SITE_DOMAIN"), name: self.string("SITE_NAME"), scheme })
    }

    fn email_url(&self) -> Result<EmailUrl, ConfigError> {
        let raw = self.string("EMAIL_URL").unwrap_or_else(|| "console://".into());
        EmailUrl::parse(&raw).map_err(|problem| ConfigError { variable: "EMAIL_URL", problem })
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;

#[path = "config_vars.rs"]
mod vars;
