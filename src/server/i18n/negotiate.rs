//! A request's language: its `lang` cookie (set by the language picker) if the site offers
//! that language, else the best offered match of its `Accept-Language` (by quality, then
//! order), else `LANGUAGE_CODE`.

use super::Catalogues;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The cookie the language picker sets.
pub const COOKIE: &str = "lang";

/// The language of a request with these headers (its `lang` cookie and `Accept-Language`).
pub fn for_request<'a>(catalogues: &'a Catalogues, headers: &axum::http::HeaderMap) -> &'a str {
    let cookie = crate::server::http::cookies::cookie(headers, COOKIE);
    let accept = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    choose(catalogues, cookie, accept)
}

/// The language tag for a request with this cookie value and header.
pub fn choose<'a>(
    catalogues: &'a Catalogues,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> &'a str {
    if let Some((tag, _)) = cookie.and_then(|c| catalogues.bundles.get_key_value(c.trim())) {
        return tag;
    }
    let requested = by_quality(accept_language.unwrap_or_default());
    let chosen = negotiate_languages(&requested, &catalogues.offered, None, NegotiationStrategy::Lookup);
    catalogues.resolve(chosen.first().map(|id| id.to_string()).as_deref())
}

/// The header's languages, best first (quality, then order); `q=0` and `*` are dropped.
fn by_quality(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.trim().split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let id = tag.parse::<LanguageIdentifier>().ok().filter(|_| tag != "*")?;
            (quality > 0.0).then_some((quality, id))
        })
        .take(20)
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0)); // Stable: equal qualities keep their order.
    weighted.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Catalogues, LanguageSettings};
    use super::choose;

    #[test]
    fn the_cookie_wins_then_the_header_by_quality_then_the_default() {
        let all = Catalogues::load(&LanguageSettings::default()).unwrap();
        assert_eq!(choose(&all, Some("fr"), Some("de")), "fr");
        assert_eq!(
            choose(&all, Some("klingon"), Some("de-AT,de;q=0.9")),
            "de",
            "an unknown cookie is ignored"
        );
        assert_eq!(choose(&all, None, Some("es;q=0.2, ja;q=0.8")), "ja", "by quality");
        assert_eq!(choose(&all, None, Some("pt")), "pt-BR", "a language matches its region");
        assert_eq!(choose(&all, None, Some("ar-EG")), "ar");
        assert_eq!(choose(&all, None, Some("sv, *;q=0.5")), "en");
        assert_eq!(choose(&all, None, Some("de;q=0, fr")), "fr", "q=0 means not this one");
        assert_eq!(choose(&all, None, None), "en");
        let settings =
            LanguageSettings { offered: vec!["en".into(), "fr".into()], ..LanguageSettings::default() };
        let two = Catalogues::load(&settings).unwrap();
        assert_eq!(choose(&two, Some("de"), Some("de")), "en", "LANGUAGES limits the choice");
    }
}
