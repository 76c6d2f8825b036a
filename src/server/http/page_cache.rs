//! Pages an anonymous visitor gets the same on every request (the empty registration and login
//! forms) are rendered once per language and site, and kept. Each answer puts a fresh script
//! nonce into the kept page, with the matching Content-Security-Policy; a client that accepts
//! gzip gets the page compressed at the strongest level, at no compression cost per answer
//! (`gzip_splice`). Anything that could make the page differ — a session user, a query string,
//! a status other than 200 — is rendered as usual and not kept.

use super::gzip_splice::{deflate_part, gzip_spliced, wants_gzip};
use crate::server::services::RequestCtx;
use crate::server::site::Site;
use axum::body::{Body, Bytes};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};

/// The kept pages, by page, language and site.
#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, Arc<Template>>>,
}

/// A rendered page cut at each occurrence of its render's nonce.
struct Template {
    parts: Vec<Bytes>,
    /// Each part compressed on its own (`deflate_part`).
    deflated: Vec<Bytes>,
    content_type: HeaderValue,
}

/// What a page's words and links depend on besides the page: the language and the site.
pub fn key(page: &str, ctx: &RequestCtx) -> String {
    key_for(page, &ctx.language, &ctx.site)
}

/// The key of `page` in `language` on `site`.
pub fn key_for(page: &str, language: &str, site: &Site) -> String {
    format!("{page}\n{language}\n{}://{}", site.scheme, site.domain)
}

/// Whether this request sees the page every anonymous visitor sees.
pub fn fits(ctx: &RequestCtx, parts: &Parts) -> bool {
    ctx.user.is_none() && !ctx.user_unknown && parts.uri.query().is_none()
}

impl PageCache {
    /// The kept page for `key`, or `render`'s answer, kept when it can be.
    pub async fn serve<F>(&self, key: String, parts: &Parts, render: F) -> Response
    where
        F: Future<Output = Response>,
    {
        let gzip = wants_gzip(&parts.headers);
        if let Some(template) = self.template(&key) {
            return template.answer(gzip);
        }
        let response = render.await;
        match Template::capture(response).await {
            Ok(template) => {
                let template = Arc::new(template);
                self.pages.write().unwrap_or_else(|e| e.into_inner()).insert(key, template.clone());
                template.answer(gzip)
            }
            Err(response) => response,
        }
    }

    /// The kept page for `key`, answered to a request with these headers, if it is kept.
    pub fn kept(&self, key: &str, headers: &HeaderMap) -> Option<Response> {
        self.template(key).map(|template| template.answer(wants_gzip(headers)))
    }

    fn template(&self, key: &str) -> Option<Arc<Template>> {
        self.pages.read().unwrap_or_else(|e| e.into_inner()).get(key).cloned()
    }
}

impl Template {
    /// Cuts a rendered page at its nonce; gives back a page that cannot be kept.
    async fn capture(response: Response) -> Result<Self, Response> {
        let nonce = nonce_of(response.headers());
        let (Some(nonce), StatusCode::OK) = (nonce, response.status()) else { return Err(response) };
        let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
        let Some(content_type) = content_type else { return Err(response) };
        let (head, body) = response.into_parts();
        let Ok(page) = axum::body::to_bytes(body, 1 << 20).await else {
            return Err(Response::from_parts(head, Body::empty()));
        };
        let parts: Vec<Bytes> = split(&page, nonce.as_bytes());
        let deflated = parts.iter().map(|p| Bytes::from(deflate_part(p))).collect();
        Ok(Self { parts, deflated, content_type })
    }

    /// The page with a fresh nonce, gzipped if `gzip`.
    fn answer(&self, gzip: bool) -> Response {
        let nonce = fresh_nonce();
        let parts: Vec<&[u8]> = self.parts.iter().map(|p| p.as_ref()).collect();
        let body = if gzip {
            let deflated: Vec<&[u8]> = self.deflated.iter().map(|p| p.as_ref()).collect();
            gzip_spliced(&parts, &deflated, nonce.as_bytes())
        } else {
            parts.join(nonce.as_bytes())
        };
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        if let Ok(policy) = HeaderValue::from_str(&super::headers::page_policy(&nonce)) {
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"));
        if gzip {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        (headers, body).into_response()
    }
}

/// The nonce a page render named in its Content-Security-Policy.
fn nonce_of(headers: &HeaderMap) -> Option<String> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let length = policy[start..].find('\'')?;
    Some(policy[start..start + length].to_owned()).filter(|n| n.len() >= 16)
}

/// `page` cut at every `separator`.
fn split(page: &Bytes, separator: &[u8]) -> Vec<Bytes> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at + separator.len() <= page.len() {
        if &page[at..at + separator.len()] == separator {
            parts.push(page.slice(start..at));
            at += separator.len();
            start = at;
        } else {
            at += 1;
        }
    }
    parts.push(page.slice(start..));
    parts
}

/// A nonce as Leptos makes one for each render (128 random bits).
fn fresh_nonce() -> String {
    leptos::nonce::Nonce::new().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_cut_at_every_nonce() {
        let page = Bytes::from_static(b"<a n='XY'><b n='XY'>XYXY end");
        let parts = split(&page, b"XY");
        assert_eq!(parts, ["<a n='", "'><b n='", "'>", "", " end"].map(|s| Bytes::from_static(s.as_bytes())));
        assert_eq!(split(&Bytes::from_static(b"none"), b"XY").len(), 1);
    }

    #[test]
    fn the_nonce_is_read_from_the_policy_and_fresh_ones_differ() {
        let mut headers = HeaderMap::new();
        let policy =
            "default-src 'self'; script-src 'self' 'nonce-GttaUHLtzphEGjAISOW-fA' 'wasm-unsafe-eval'";
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
        assert_eq!(nonce_of(&headers).as_deref(), Some("GttaUHLtzphEGjAISOW-fA"));
        assert_eq!(nonce_of(&HeaderMap::new()), None);
        let (a, b) = (fresh_nonce(), fresh_nonce());
        assert_eq!(a.len(), 22);
        assert_ne!(a, b);
    }
}
