//! The site a request belongs to (Django's `Site` / `RequestSite`): used in emails and links.

use axum::http::HeaderMap;
use serde::Serialize;

/// Domain, display name and scheme of the site, as emails render them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Site {
    pub domain: String,
    pub name: String,
    pub scheme: String,
}

/// Site settings; any part left unset is taken from the request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteSettings {
    pub domain: Option<String>,
    pub name: Option<String>,
    pub scheme: Option<String>,
}

impl SiteSettings {
    /// Resolves the site for one request: settings first, then the `Host` header.
    pub fn resolve(&self, headers: &HeaderMap) -> Site {
        let host = headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| is_plausible_host(h))
            .unwrap_or("localhost");
        let domain = self.domain.clone().unwrap_or_else(|| host.to_owned());
        let name = self.name.clone().unwrap_or_else(|| domain.clone());
        let scheme = self.scheme.clone().unwrap_or_else(|| "http".to_owned());
        Site { domain, name, scheme }
    }

    /// The site when there is no request (CLI): settings, else `localhost`.
    pub fn without_request(&self) -> Site {
        self.resolve(&HeaderMap::new())
    }
}

fn is_plausible_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_win_over_the_request() {
        let mut headers = HeaderMap::new();
        headers.insert("host", "evil.example".parse().unwrap());
        let settings =
            SiteSettings { domain: Some("example.com".into()), name: None, scheme: Some("https".into()) };
        let site = settings.resolve(&headers);
        assert_eq!(
            (site.domain.as_str(), site.name.as_str(), site.scheme.as_str()),
            ("example.com", "example.com", "https")
        );
    }

    #[test]
    fn request_host_is_used_when_unset_and_garbage_is_ignored() {
        let mut headers = HeaderMap::new();
        headers.insert("host", "127.0.0.1:3000".parse().unwrap());
        assert_eq!(SiteSettings::default().resolve(&headers).domain, "127.0.0.1:3000");
        headers.insert("host", "a b<script>".parse().unwrap());
        assert_eq!(SiteSettings::default().resolve(&headers).domain, "localhost");
    }
}
