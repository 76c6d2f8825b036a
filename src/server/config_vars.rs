//! Reading one setting: the typed readers (text, flag, count, days, list) every section of
//! `Settings` is built from, each failing with the variable's name and what it expects.

use super::ConfigError;

/// The environment (or any lookup), read by name.
pub(super) struct Vars<'a>(pub(super) &'a dyn Fn(&str) -> Option<String>);

impl Vars<'_> {
    pub(super) fn string(&self, name: &str) -> Option<String> {
        (self.0)(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    }

    pub(super) fn bool(&self, name: &'static str, default: bool) -> Result<bool, ConfigError> {
        match self.string(name).map(|v| v.to_ascii_lowercase()) {
            None => Ok(default),
            Some(v) if matches!(v.as_str(), "true" | "1" | "yes" | "on") => Ok(true),
            Some(v) if matches!(v.as_str(), "false" | "0" | "no" | "off") => Ok(false),
            Some(v) => {
                Err(ConfigError { variable: name, problem: format!("expected true or false, got {v:?}") })
            }
        }
    }

    /// A number of days, 0 by default.
    pub(super) fn days(&self, name: &'static str) -> Result<u32, ConfigError> {
        self.days_or(name, 0)
    }

    pub(super) fn days_or(&self, name: &'static str, default: u32) -> Result<u32, ConfigError> {
        let value = self.u64(name, u64::from(default))?;
        u32::try_from(value).ok().filter(|d| *d <= 36_500).ok_or(ConfigError {
            variable: name,
            problem: format!("expected a number of days from 0 to 36500, got {value}"),
        })
    }

    pub(super) fn u64(&self, name: &'static str, default: u64) -> Result<u64, ConfigError> {
        self.string(name).map_or(Ok(default), |v| {
            v.parse().map_err(|_| ConfigError {
                variable: name,
                problem: format!("expected a whole number, got {v:?}"),
            })
        })
    }

    pub(super) fn u32(&self, name: &'static str, default: u32) -> Result<u32, ConfigError> {
        let value = self.u64(name, u64::from(default))?;
        u32::try_from(value).ok().filter(|v| *v > 0).ok_or(ConfigError {
            variable: name,
            problem: format!("expected a whole number from 1 to {}, got {value}", u32::MAX),
        })
    }

    pub(super) fn list(&self, name: &str) -> Vec<String> {
        let text = self.string(name).unwrap_or_default();
        text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }
}
