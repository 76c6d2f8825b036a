//! The catalogues against the code: every message id the code asks for (in `src/` and in
//! `templates/`) exists in English (and so, by `catalogues`, in every locale), and every English
//! message is asked for somewhere, so no translator works on a sentence nobody sees.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// How code asks for a message by a literal id.
const CALLS: [&str; 8] =
    ["t(\"", "t_args(\"", "rich(\"", "Msg::id(\"", "Msg::with(\"", ".say(\"", "template(\"", "message(\""];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

/// Every source and template file, as text.
fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files_under(&root().join("src"), &mut paths);
    files_under(&root().join("templates"), &mut paths);
    paths.into_iter().filter_map(|p| std::fs::read_to_string(&p).ok().map(|text| (p, text))).collect()
}

fn looks_like_id(text: &str) -> bool {
    let (message, attribute) = text.split_once('.').unwrap_or((text, ""));
    let kebab = |s: &str| {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    kebab(message)
        && message.contains('-')
        && !message.ends_with('-')
        && message.as_bytes()[0].is_ascii_lowercase()
        && (attribute.is_empty() || kebab(attribute))
}

/// Every double-quoted literal of a text, minding `\"` escapes and `'"'` characters.
fn literals(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let (mut found, mut i) = (Vec::new(), 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\'' if bytes.get(i + 1) == Some(&b'"') && bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                found.push(&text[start..i.min(text.len())]);
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The English messages and their attributes (`id.attribute`).
fn english() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut paths = Vec::new();
    files_under(&root().join("locales/en"), &mut paths);
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                for attribute in &message.attributes {
                    ids.insert(format!("{}.{}", message.id.name, attribute.id.name));
                }
                ids.insert(message.id.name.to_owned());
            }
        }
    }
    ids
}

/// The ids the code asks for by name: a literal right after one of `CALLS`, or listed in an
/// island's `TEXTS`.
fn asked_for(sources: &[(PathBuf, String)]) -> BTreeSet<(String, String)> {
    let mut asked = BTreeSet::new();
    for (path, text) in sources {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        for call in CALLS {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue; // `get("…")` is no `t("…")`
                }
                let rest = &text[at + call.len()..];
                let id = rest.split('"').next().unwrap_or_default();
                let concatenated = rest[id.len()..].trim_start_matches('"').trim_start().starts_with('~');
                if looks_like_id(id) && !concatenated {
                    asked.insert((id.to_owned(), name.clone()));
                }
            }
        }
        for (at, _) in text.match_indices("const TEXTS") {
            let list = text[at..].split("];").next().unwrap_or_default();
            asked.extend(
                literals(list).into_iter().filter(|l| looks_like_id(l)).map(|l| (l.to_owned(), name.clone())),
            );
        }
    }
    asked
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let english = english();
    let sources = sources();
    let asked = asked_for(&sources);
    assert!(asked.len() > 150, "the scan finds the code's messages ({} found)", asked.len());
    let missing: Vec<_> = asked.iter().filter(|(id, _)| !english.contains(id)).collect();
    assert!(missing.is_empty(), "asked for, but not in locales/en: {missing:?}");
}

#[test]
fn every_english_message_is_used_by_the_code() {
    let sources = sources();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    // A literal ending in `-` joined with a value (`"account-notice-" ~ kind`) asks for a family.
    let mut families: Vec<&str> = Vec::new();
    for (_, text) in &sources {
        for literal in literals(text) {
            if looks_like_id(literal) {
                used.insert(literal);
            } else if literal.ends_with('-') && looks_like_id(&format!("{literal}x")) {
                families.push(literal);
            }
        }
    }
    let unused: Vec<String> = english()
        .into_iter()
        .filter(|id| !id.contains('.'))
        .filter(|id| !used.contains(id.as_str()) && !families.iter().any(|f| id.starts_with(f)))
        .collect();
    assert!(unused.is_empty(), "in the catalogues, but no code asks for them: {unused:?}");
}
