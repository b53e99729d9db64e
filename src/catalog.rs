//! The checklist as data: sections and their items, read from `db/catalog/*.toml`.
//!
//! Texts are not in these files but in `locales/*/catalog.ftl`, keyed by id:
//! `section-{section}` (title), `section-{section}-intro`, `item-{section}-{item}`
//! (the question), `item-{section}-{item}-example` and
//! `option-{section}-{item}-{option}`. Validation at start-up checks that every text
//! exists in every shipped language, so a client never meets a gap.

use std::collections::HashSet;

use serde::Deserialize;

use crate::i18n::{self, locales};

/// The catalogue files compiled into the binary, as `(file name, text)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "db/catalog/05-informal.toml",
        include_str!("../db/catalog/05-informal.toml"),
    ),
    (
        "db/catalog/07-goals.toml",
        include_str!("../db/catalog/07-goals.toml"),
    ),
];

/// The whole checklist, sections in the order a client meets them.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The sections.
    pub sections: Vec<Section>,
}

/// One part of the checklist, such as "Goals and next steps".
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Stable id, used in storage and text keys.
    pub id: String,
    /// Its questions, in order.
    pub items: Vec<Item>,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable id within its section.
    pub id: String,
    /// How it is answered.
    pub kind: ItemKind,
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    /// Exactly one of the options.
    Single {
        /// Option ids.
        options: Vec<String>,
    },
    /// Any number of the options.
    Multi {
        /// Option ids.
        options: Vec<String>,
    },
    /// One line of the client's own words.
    ShortText,
    /// Several lines of the client's own words.
    LongText,
}

impl ItemKind {
    /// The options of a choice question; empty for text questions.
    pub fn options(&self) -> &[String] {
        match self {
            ItemKind::Single { options } | ItemKind::Multi { options } => options,
            ItemKind::ShortText | ItemKind::LongText => &[],
        }
    }

    /// Whether the client types the answer.
    pub fn is_text(&self) -> bool {
        matches!(self, ItemKind::ShortText | ItemKind::LongText)
    }
}

// The file's shape as written; unknown keys are refused so a typo is never ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    section: RawSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
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
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multi,
    ShortText,
    LongText,
}

impl RawSection {
    fn into_section(self, file: &str) -> Result<Section, CatalogError> {
        let mut items = Vec::with_capacity(self.items.len());
        for raw in self.items {
            let kind = match raw.kind {
                RawKind::Single => ItemKind::Single {
                    options: raw.options,
                },
                RawKind::Multi => ItemKind::Multi {
                    options: raw.options,
                },
                RawKind::ShortText | RawKind::LongText if !raw.options.is_empty() => {
                    return Err(CatalogError::Syntax {
                        file: file.into(),
                        detail: format!(
                            "\"{}.{}\" is a text question and cannot have options",
                            self.id, raw.id
                        ),
                    });
                }
                RawKind::ShortText => ItemKind::ShortText,
                RawKind::LongText => ItemKind::LongText,
            };
            items.push(Item { id: raw.id, kind });
        }
        Ok(Section { id: self.id, items })
    }
}

/// A catalogue that cannot be used, naming the file and the entry.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CatalogError {
    /// Not valid TOML or not the expected shape.
    #[error("catalogue file {file}: {detail}")]
    Syntax {
        /// The file.
        file: String,
        /// The parser's sentence.
        detail: String,
    },
    /// Two entries with one id.
    #[error("catalogue file {file}: the id \"{id}\" is used twice")]
    Duplicate {
        /// The file.
        file: String,
        /// The id.
        id: String,
    },
    /// A choice question without options, or a section without items.
    #[error("catalogue file {file}: \"{id}\" has nothing to choose or answer")]
    Empty {
        /// The file.
        file: String,
        /// The entry.
        id: String,
    },
    /// An id that cannot be used in text keys.
    #[error("catalogue file {file}: \"{id}\" may only use a-z, 0-9 and _")]
    BadId {
        /// The file.
        file: String,
        /// The id.
        id: String,
    },
    /// A text missing in one shipped language.
    #[error("catalogue file {file}: entry \"{id}\" has no text \"{key}\" in language \"{lang}\"")]
    MissingText {
        /// The file.
        file: String,
        /// The entry.
        id: String,
        /// The missing message id.
        key: String,
        /// The language that lacks it.
        lang: String,
    },
}

/// The message id of a section's title.
pub fn section_key(section: &str) -> String {
    format!("section-{section}")
}

/// The message id of a section's introduction.
pub fn section_intro_key(section: &str) -> String {
    format!("section-{section}-intro")
}

/// The message id of a question.
pub fn item_key(section: &str, item: &str) -> String {
    format!("item-{section}-{item}")
}

/// The message id of a question's example.
pub fn item_example_key(section: &str, item: &str) -> String {
    format!("item-{section}-{item}-example")
}

/// The message id of a choice.
pub fn option_key(section: &str, item: &str, option: &str) -> String {
    format!("option-{section}-{item}-{option}")
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Catalog {
    /// The catalogue compiled into the binary, checked.
    pub fn embedded() -> Result<Self, CatalogError> {
        Self::parse(EMBEDDED)
    }

    /// Parses and checks catalogue files given as `(file name, text)`, in order.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, CatalogError> {
        let mut sections = Vec::new();
        let mut section_ids = HashSet::new();
        for &(file, text) in files {
            let parsed: CatalogFile = toml::from_str(text).map_err(|e| CatalogError::Syntax {
                file: file.into(),
                detail: e.to_string().trim_end().replace('\n', " "),
            })?;
            let section = parsed.section.into_section(file)?;
            check_section(file, &section, &mut section_ids)?;
            sections.push(section);
        }
        Ok(Self { sections })
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The position of a section in the list.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// Number of questions in the whole checklist.
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.items.len()).sum()
    }
}

fn check_section(
    file: &str,
    section: &Section,
    section_ids: &mut HashSet<String>,
) -> Result<(), CatalogError> {
    let err_id = |id: &str| CatalogError::BadId {
        file: file.into(),
        id: id.into(),
    };
    if !valid_id(&section.id) {
        return Err(err_id(&section.id));
    }
    if !section_ids.insert(section.id.clone()) {
        return Err(CatalogError::Duplicate {
            file: file.into(),
            id: section.id.clone(),
        });
    }
    if section.items.is_empty() {
        return Err(CatalogError::Empty {
            file: file.into(),
            id: section.id.clone(),
        });
    }
    let mut keys = vec![
        (section.id.clone(), section_key(&section.id)),
        (section.id.clone(), section_intro_key(&section.id)),
    ];
    let mut item_ids = HashSet::new();
    for item in &section.items {
        let full_id = format!("{}.{}", section.id, item.id);
        if !valid_id(&item.id) {
            return Err(err_id(&full_id));
        }
        if !item_ids.insert(item.id.clone()) {
            return Err(CatalogError::Duplicate {
                file: file.into(),
                id: full_id,
            });
        }
        keys.push((full_id.clone(), item_key(&section.id, &item.id)));
        keys.push((full_id.clone(), item_example_key(&section.id, &item.id)));
        let options = item.kind.options();
        if !item.kind.is_text() && options.is_empty() {
            return Err(CatalogError::Empty {
                file: file.into(),
                id: full_id,
            });
        }
        let mut option_ids = HashSet::new();
        for option in options {
            let option_id = format!("{full_id}.{option}");
            if !valid_id(option) {
                return Err(err_id(&option_id));
            }
            if !option_ids.insert(option) {
                return Err(CatalogError::Duplicate {
                    file: file.into(),
                    id: option_id,
                });
            }
            keys.push((option_id, option_key(&section.id, &item.id, option)));
        }
    }
    for &lang in i18n::SHIPPED {
        for (id, key) in &keys {
            if !locales().has(lang, key) {
                return Err(CatalogError::MissingText {
                    file: file.into(),
                    id: id.clone(),
                    key: key.clone(),
                    lang: lang.into(),
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_is_complete() {
        let catalog = Catalog::embedded().unwrap();
        assert!(catalog.sections.len() >= 2);
        assert!(catalog.item_count() >= 8);
    }

    #[test]
    fn duplicate_item_is_named() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "wishes"
            kind = "short_text"
            [[section.item]]
            id = "wishes"
            kind = "long_text"
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        assert_eq!(
            err,
            CatalogError::Duplicate {
                file: "db/catalog/x.toml".into(),
                id: "goals.wishes".into()
            }
        );
        assert!(err.to_string().contains("db/catalog/x.toml"));
    }

    #[test]
    fn missing_text_names_entry_key_and_language() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "favourite_colour"
            kind = "short_text"
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("goals.favourite_colour"), "{message}");
        assert!(message.contains("item-goals-favourite_colour"), "{message}");
    }

    #[test]
    fn unknown_kind_and_empty_choice_are_refused() {
        let unknown = "[section]\nid = \"a\"\n[[section.item]]\nid = \"b\"\nkind = \"dance\"\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", unknown)]),
            Err(CatalogError::Syntax { .. })
        ));
        let empty = "[section]\nid = \"goals\"\n[[section.item]]\nid = \"b\"\nkind = \"single\"\noptions = []\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", empty)]),
            Err(CatalogError::Empty { .. })
        ));
        let bad =
            "[section]\nid = \"Goals!\"\n[[section.item]]\nid = \"b\"\nkind = \"short_text\"\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", bad)]),
            Err(CatalogError::BadId { .. })
        ));
    }
}
