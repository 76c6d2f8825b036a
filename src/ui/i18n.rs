//! Words on pages. Pages render on the server, where `t` and `rich` read the request's
//! language from the catalogues (`I18n`, provided by the server). An island runs in the browser
//! too, so it carries its own few messages (`Texts`, in its props): the browser never loads a
//! catalogue.

use crate::domain::message::{fill, Arg, Msg};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// The server's catalogues in one language.
pub trait Speaker: Send + Sync {
    /// The language's tag (`de`, `pt-BR`).
    fn lang(&self) -> &str;
    /// Message `id` (or `id.attribute`) with `args`.
    fn say(&self, id: &str, args: &[(Cow<'static, str>, Arg)]) -> String;
    /// Message `id` with `fixed` arguments, and `{$name}` left where any other goes.
    fn template(&self, id: &str, fixed: &[(Cow<'static, str>, Arg)]) -> String;
}

/// The language of this render, as context.
#[derive(Clone)]
pub struct I18n(pub Arc<dyn Speaker>);

fn speaker() -> Option<I18n> {
    use_context::<I18n>()
}

/// Message `id` in the page's language (the id itself where no catalogue is at hand).
pub fn t(id: &str) -> String {
    t_args(id, &[])
}

/// Message `id` with arguments.
pub fn t_args(id: &str, args: &[(&'static str, Arg)]) -> String {
    let args: Vec<_> = args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone())).collect();
    speaker().map_or_else(|| id.to_owned(), |s| s.0.say(id, &args))
}

/// A rule's message in the page's language.
pub fn say(msg: &Msg) -> String {
    msg.render(|id, args| speaker().map_or_else(|| id.to_owned(), |s| s.0.say(id, args)))
}

/// The page's language and its writing direction.
pub fn lang() -> (String, &'static str) {
    let tag = speaker().map_or_else(|| "en".to_owned(), |s| s.0.lang().to_owned());
    let dir = direction(&tag);
    (tag, dir)
}

/// The writing direction of a language: `rtl` for Arabic, Hebrew, Persian and Urdu.
pub fn direction(tag: &str) -> &'static str {
    if matches!(tag.split('-').next(), Some("ar" | "he" | "fa" | "ur")) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The language picker's facts: the page's language, the offered ones (tag, name in itself),
/// and the path to come back to.
#[derive(Clone, Debug, Default)]
pub struct Languages {
    pub current: String,
    pub offered: Vec<(String, String)>,
    pub here: String,
}

/// What stands for a variable of a message inside a sentence.
pub enum Part {
    /// A link; its text is the message's attribute named like the variable (`$login_link` →
    /// `.login-link`).
    Link(String),
    /// Text in `<strong class=…>`.
    Strong(String, &'static str),
    /// Text in `<code>`.
    Code(String),
    /// Plain text (or a number, for plural forms).
    Plain(Arg),
}

/// Message `id` with elements where its variables stand, so a translation can move them.
pub fn rich(id: &str, parts: Vec<(&'static str, Part)>) -> AnyView {
    let marked: Vec<(&'static str, Arg)> = parts
        .iter()
        .enumerate()
        .map(|(i, (name, part))| match part {
            Part::Plain(value) => (*name, value.clone()),
            _ => (*name, Arg::Str(format!("\u{E000}{i}\u{E001}"))),
        })
        .collect();
    let text = t_args(id, &marked);
    let mut pieces: Vec<AnyView> = Vec::new();
    let mut parts: Vec<Option<(&'static str, Part)>> = parts.into_iter().map(Some).collect();
    let mut segments = text.split('\u{E000}');
    pieces.push(segments.next().unwrap_or_default().to_owned().into_any());
    for segment in segments {
        let (index, rest) = segment.split_once('\u{E001}').unwrap_or(("", segment));
        if let Some((name, part)) = index.parse::<usize>().ok().and_then(|i| parts.get_mut(i)?.take()) {
            pieces.push(element(id, name, part));
        }
        pieces.push(rest.to_owned().into_any());
    }
    pieces.into_any()
}

fn element(id: &str, name: &str, part: Part) -> AnyView {
    match part {
        Part::Link(href) => {
            let text = t(&format!("{id}.{}", name.replace('_', "-")));
            view! { <a href=href>{text}</a> }.into_any()
        }
        Part::Strong(text, class) => view! { <strong class=class>{text}</strong> }.into_any(),
        Part::Code(text) => view! { <code>{text}</code> }.into_any(),
        Part::Plain(value) => value.to_string().into_any(),
    }
}

/// An island's messages: each id with its text, `{$name}` standing for what the browser fills
/// in. Built on the server (`Texts::of`), carried in the island's props.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// The messages `ids` in the page's language, with `fixed` arguments filled in.
    pub fn of(ids: &[&str], fixed: &[(&'static str, Arg)]) -> Self {
        let fixed: Vec<_> = fixed.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone())).collect();
        let speaker = speaker();
        let text = |id: &str| speaker.as_ref().map_or_else(|| id.to_owned(), |s| s.0.template(id, &fixed));
        Self(ids.iter().map(|id| ((*id).to_owned(), text(id))).collect())
    }

    /// The text of `id` (the id itself when it was not included).
    pub fn get(&self, id: &str) -> String {
        self.0.iter().find(|(known, _)| known == id).map_or_else(|| id.to_owned(), |(_, text)| text.clone())
    }

    /// A rule's message in words.
    pub fn say(&self, msg: &Msg) -> String {
        msg.render(|id, args| fill(&self.get(id), args))
    }
}
