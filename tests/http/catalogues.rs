//! The Fluent catalogues under `locales/<tag>/*.ftl`: every file parses; every locale has
//! exactly English's messages and attributes; every translation uses exactly the variables its
//! English message uses (a missing `$days` would drop a number from a sentence, an extra one
//! would render as an error).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LOCALES: [&str; 7] = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"];

/// Message (or `message.attribute`) → the variables it uses, for one catalogue file.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn files_of(locale: &str) -> BTreeSet<String> {
    let dir = locales_dir().join(locale);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn load(locale: &str, file: &str) -> Catalogue {
    let path = locales_dir().join(locale).join(file);
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut catalogue = Catalogue::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    catalogue.insert(id.clone(), variables(value));
                }
                for attribute in &message.attributes {
                    catalogue.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
                }
            }
            Entry::Junk { content } => panic!("{}: unparsable {content:?}", path.display()),
            _ => {}
        }
    }
    catalogue
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, &mut found);
        }
    }
    found
}

fn in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => in_inline(inline, found),
        Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                in_inline(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}

#[test]
fn every_locale_has_english_s_files_messages_and_variables() {
    let english_files = files_of("en");
    assert!(!english_files.is_empty(), "English catalogues exist");
    for locale in LOCALES {
        assert_eq!(files_of(locale), english_files, "{locale}: the same files as English");
        for file in &english_files {
            let english = load("en", file);
            let translated = load(locale, file);
            let missing: Vec<_> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
            let extra: Vec<_> = translated.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale}/{file}: missing {missing:?}, extra {extra:?}"
            );
            for (id, wanted) in &english {
                assert_eq!(&translated[id], wanted, "{locale}/{file}: the variables of {id}");
            }
        }
    }
}

#[test]
fn the_locales_directory_holds_exactly_the_supported_locales() {
    let dir = std::fs::read_dir(locales_dir()).unwrap();
    let found: BTreeSet<String> =
        dir.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(found, LOCALES.iter().map(|l| (*l).to_owned()).collect::<BTreeSet<_>>());
}
