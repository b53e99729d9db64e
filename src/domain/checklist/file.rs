//! Checklist files: the built-in ones, an office's folder, and the shape of a file
//! as written (unknown keys are refused, so a typo is never ignored).

use serde::Deserialize;

use crate::i18n;

use crate::domain::checklist::model::{CatalogError, Condition, Item, ItemKind, Rule, Section};

/// The catalogue files compiled into the binary, as `(file name, text)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "db/catalog/01-life.toml",
        include_str!("../../../db/catalog/01-life.toml"),
    ),
    (
        "db/catalog/02-education.toml",
        include_str!("../../../db/catalog/02-education.toml"),
    ),
    (
        "db/catalog/03-work.toml",
        include_str!("../../../db/catalog/03-work.toml"),
    ),
    (
        "db/catalog/04-languages.toml",
        include_str!("../../../db/catalog/04-languages.toml"),
    ),
    (
        "db/catalog/05-informal.toml",
        include_str!("../../../db/catalog/05-informal.toml"),
    ),
    (
        "db/catalog/06-competences.toml",
        include_str!("../../../db/catalog/06-competences.toml"),
    ),
    (
        "db/catalog/07-goals.toml",
        include_str!("../../../db/catalog/07-goals.toml"),
    ),
];

// The file's shape as written; unknown keys are refused so a typo is never ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogFile {
    pub(crate) section: RawSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    id: String,
    #[serde(default)]
    repeat: bool,
    entry_title: Option<String>,
    #[serde(rename = "item", default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    kind: RawKind,
    #[serde(default)]
    options: Vec<String>,
    when: Option<Condition>,
    #[serde(default)]
    competences: Vec<String>,
    #[serde(default)]
    suggest: std::collections::BTreeMap<String, Vec<String>>,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multi,
    ShortText,
    LongText,
    Year,
    Isced,
    Occupation,
    Cefr,
    Ratings,
}

impl RawSection {
    // Long by design: one arm per kind of question as written in a file.
    pub(crate) fn into_section(self, file: &str) -> Result<Section, CatalogError> {
        let syntax = |detail: String| CatalogError::Syntax {
            file: file.into(),
            detail,
        };
        let mut items = Vec::with_capacity(self.items.len());
        for raw in self.items {
            let full = format!("{}.{}", self.id, raw.id);
            let choice = matches!(raw.kind, RawKind::Single | RawKind::Multi);
            if !choice && !raw.options.is_empty() {
                return Err(syntax(format!("\"{full}\" cannot have options")));
            }
            let ratings = matches!(raw.kind, RawKind::Ratings);
            if !ratings
                && (!raw.competences.is_empty() || !raw.suggest.is_empty() || raw.source.is_some())
            {
                return Err(syntax(format!(
                    "\"{full}\": competences, suggest and source belong to ratings"
                )));
            }
            let kind = match raw.kind {
                RawKind::Single => ItemKind::Single {
                    options: raw.options,
                },
                RawKind::Multi => ItemKind::Multi {
                    options: raw.options,
                },
                RawKind::ShortText => ItemKind::ShortText,
                RawKind::LongText => ItemKind::LongText,
                RawKind::Year => ItemKind::Year,
                RawKind::Isced => ItemKind::Isced,
                RawKind::Occupation => ItemKind::Occupation,
                RawKind::Cefr => ItemKind::Cefr,
                RawKind::Ratings => {
                    let digcomp = match raw.source.as_deref() {
                        None => false,
                        Some("digcomp") => true,
                        Some(other) => {
                            return Err(syntax(format!(
                                "\"{full}\": unknown source \"{other}\" (known: digcomp)"
                            )));
                        }
                    };
                    let competences = if digcomp {
                        if !raw.competences.is_empty() {
                            return Err(syntax(format!(
                                "\"{full}\": a DigComp list takes its competences from the reference data"
                            )));
                        }
                        crate::domain::reference::reference()
                            .map_err(|e| syntax(e.to_string()))?
                            .digcomp
                            .iter()
                            .flat_map(|a| a.competences.iter().map(|c| c.id.clone()))
                            .collect()
                    } else {
                        raw.competences
                    };
                    let suggest = raw
                        .suggest
                        .into_iter()
                        .map(|(c, rules)| (c, rules.iter().map(|r| Rule::parse(r)).collect()))
                        .collect();
                    ItemKind::Ratings {
                        competences,
                        suggest,
                        digcomp,
                    }
                }
            };
            items.push(Item {
                id: raw.id,
                kind,
                when: raw.when,
            });
        }
        Ok(Section {
            id: self.id,
            items,
            repeat: self.repeat,
            entry_title: self.entry_title,
        })
    }
}

/// The files ending in `.{ext}` in `dir`, by name, as `(path, text)`.
pub(crate) fn office_files(
    dir: &std::path::Path,
    ext: &str,
) -> Result<Vec<(String, String)>, CatalogError> {
    let unreadable = |file: String, e: std::io::Error| CatalogError::Syntax {
        file,
        detail: format!("cannot be read: {e}"),
    };
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(dir.display().to_string(), e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.display().to_string();
            std::fs::read_to_string(&p)
                .map(|text| (name.clone(), text))
                .map_err(|e| unreadable(name, e))
        })
        .collect()
}

/// An office's own texts: `<lang>.ftl` in the checklist folder, for shipped languages.
pub fn office_texts(
    config: &crate::config::ChecklistConfig,
) -> Result<crate::i18n::OfficeTexts, CatalogError> {
    let Some(dir) = &config.dir else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (path, text) in office_files(dir, "ftl")? {
        let lang = std::path::Path::new(&path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !i18n::is_shipped(&lang) {
            return Err(CatalogError::Syntax {
                file: path,
                detail: format!(
                    "\"{lang}\" is not a shipped language; name text files like de.ftl"
                ),
            });
        }
        out.push((lang, path, text));
    }
    Ok(out)
}
