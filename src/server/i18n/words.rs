//! The catalogues in the language of one request, for the answers built without Leptos (the
//! 413, 429 and 503 pages, refusals of middleware, the development mailbox).

use super::{for_request, Catalogues};
use axum::http::HeaderMap;
use axum::response::Html;
use fluent_bundle::FluentValue;

pub struct Words<'a> {
    catalogues: &'a Catalogues,
    language: &'a str,
}

impl<'a> Words<'a> {
    pub fn new(catalogues: &'a Catalogues, headers: &HeaderMap) -> Self {
        Self { catalogues, language: for_request(catalogues, headers) }
    }

    /// The language's tag.
    pub fn language(&self) -> &str {
        self.language
    }

    pub fn say(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.catalogues.message(self.language, id, args)
    }

    /// A small page: title, one paragraph, the site's stylesheet, in this language.
    pub fn page(&self, title: &str, text: &str) -> Html<String> {
        let (title, text) = (escape(title), escape(text));
        let (lang, dir) = (self.language, Catalogues::direction(self.language));
        Html(format!(
            "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
             <link rel=\"stylesheet\" href=\"/pkg/registration.css\"></head><body><main class=\"page\">\
             <h1>{title}</h1><div class=\"card\"><p>{text}</p></div></main></body></html>"
        ))
    }
}

/// Text made safe inside HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
