//! Every shipped language is complete: every message of English exists in it with
//! the same variables, no file has extra or broken messages, every file says whether
//! a native speaker has reviewed it, and every interface text is used.

use std::collections::{BTreeMap, BTreeSet};

use skills_kiosk::i18n::{SHIPPED, SOURCES, syntax_errors};

/// Message ids of a Fluent file with the variables each uses.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic())
            && let Some((id, _)) = line.split_once(" =")
        {
            assert!(
                out.insert(id.to_string(), BTreeSet::new()).is_none(),
                "{id} twice"
            );
            current = Some(id.to_string());
        } else if line.starts_with('#') || line.trim().is_empty() {
            current = None;
            continue;
        }
        if let Some(id) = &current {
            let vars = line.split('$').skip(1).map(|v| {
                v.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect()
            });
            out.get_mut(id).unwrap().extend(vars);
        }
    }
    out
}

fn file(lang: &str, name: &str) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, n, _)| *l == lang && *n == name)
        .map(|(_, _, t)| *t)
        .unwrap_or_else(|| panic!("{lang}/{name} is not shipped"))
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    assert!(syntax_errors().is_empty(), "{:?}", syntax_errors());
    for name in ["kiosk.ftl", "catalog.ftl", "reference.ftl"] {
        let english = messages(file("en", name));
        for &lang in SHIPPED {
            let theirs = messages(file(lang, name));
            let missing: Vec<_> = english
                .keys()
                .filter(|k| !theirs.contains_key(*k))
                .collect();
            let extra: Vec<_> = theirs
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(missing.is_empty(), "{lang}/{name} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang}/{name} has unknown {extra:?}");
            for (id, vars) in &english {
                assert_eq!(
                    &theirs[id], vars,
                    "{lang}/{name}: {id} uses other variables"
                );
            }
        }
    }
}

#[test]
fn every_file_says_whether_it_was_reviewed_and_names_its_language() {
    for (lang, name, text) in SOURCES {
        let header: String = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header.contains("Review") || header.contains("Prüfung"),
            "{lang}/{name} does not say whether it was reviewed"
        );
    }
    let names: BTreeSet<String> = SHIPPED
        .iter()
        .map(|l| skills_kiosk::i18n::locales().text(l, "language-name"))
        .collect();
    assert_eq!(
        names.len(),
        SHIPPED.len(),
        "each language has its own name: {names:?}"
    );
}

#[test]
fn every_interface_text_is_used_by_the_program() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut code = String::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    // Ids built at run time from a prefix and a catalogue or reference id.
    let prefixes = ["summary-group-", "skill-", "error-db-"];
    for id in messages(file("en", "kiosk.ftl")).keys() {
        let used = code.contains(&format!("\"{id}\""))
            || prefixes
                .iter()
                .any(|p| id.starts_with(p) && code.contains(&format!("\"{p}")));
        assert!(used, "en/kiosk.ftl: {id} is never used");
    }
}

#[test]
fn reference_texts_on_screen_match_the_reference_files() {
    let data = skills_kiosk::domain::reference::reference().unwrap();
    let locales = skills_kiosk::i18n::locales();
    for skill in &data.cefr {
        for level in &skill.levels {
            let id = format!("cefr-{}-{}", skill.id, level.level);
            assert_eq!(locales.text("en", &id), level.plain_en, "{id}");
            assert_eq!(locales.text("de", &id), level.plain_de, "{id}");
        }
    }
    for level in &data.isced {
        let id = format!("isced-{}", level.level);
        assert_eq!(locales.text("en", &id), level.plain_en, "{id}");
        assert_eq!(locales.text("de", &id), level.plain_de, "{id}");
    }
    for competence in data.digcomp.iter().flat_map(|a| &a.competences) {
        let id = format!("digcomp-{}", competence.id.replace('.', "-"));
        assert_eq!(locales.text("en", &id), competence.plain_en, "{id}");
        assert_eq!(locales.text("de", &id), competence.plain_de, "{id}");
    }
}

#[test]
fn the_readme_translation_table_follows_the_file_headers() {
    let readme = include_str!("../README.md");
    for &lang in SHIPPED {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| {lang} |")))
            .unwrap_or_else(|| panic!("README has no row for {lang}"));
        let header: String = file(lang, "kiosk.ftl")
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        let machine = header.contains("machine-drafted");
        let reviewed = header.contains("reviewed by a native speaker")
            && !header.contains("not yet reviewed")
            && !header.contains("not reviewed");
        assert_eq!(
            row.contains("machine-drafted"),
            machine,
            "{lang}: README and header disagree on machine drafting:\n{row}"
        );
        assert_eq!(
            row.trim_end_matches('|').trim_end().ends_with("| yes"),
            reviewed,
            "{lang}: README and header disagree on review:\n{row}"
        );
    }
}

#[test]
fn plural_forms_are_chosen_by_each_languages_rules() {
    use skills_kiosk::i18n::Tr;
    // "one second" and "5 seconds" must differ in every language that has a
    // separate form for one (Persian, Tigrinya and the others use it for 0 and 1).
    for &lang in SHIPPED {
        let one = Tr::new(lang).t1("idle-text", "seconds", 1);
        let five = Tr::new(lang).t1("idle-text", "seconds", 5);
        assert_ne!(one, five, "{lang}");
        assert!(five.contains('5'), "{lang}: {five}");
        let source = file(lang, "kiosk.ftl");
        let idle = source.split("idle-text =").nth(1).unwrap();
        let idle = &idle[..idle.find("\nidle-privacy").unwrap()];
        if idle.contains("[one]") {
            // The [one] variant was chosen for 1: its text is in the result.
            let variant = idle
                .split("[one]")
                .nth(1)
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .trim();
            let expected = variant.replace("{ $seconds }", "1");
            assert!(
                one.contains(&expected),
                "{lang}: {one:?} lacks {expected:?}"
            );
        }
    }
    // Arabic has six forms: 2 and 11 are not 5.
    let ar = |n: i64| Tr::new("ar").t1("idle-text", "seconds", n);
    assert_ne!(ar(2), ar(5));
    assert_ne!(ar(11), ar(5));
}
