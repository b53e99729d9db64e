//! The checklist as data: sections and their items, read from `db/catalog/*.toml`.
//!
//! Texts are not in these files but in `locales/*/catalog.ftl`, keyed by id:
//! `section-{section}` (title), `section-{section}-intro`, `item-{section}-{item}`
//! (the question), `item-{section}-{item}-example` and
//! `option-{section}-{item}-{option}`. Validation at start-up checks that every text
//! exists in every shipped language, so a client never meets a gap.

use std::collections::HashSet;

use serde::Deserialize;

use crate::domain::contract::{CONTRACT, Needs};
use crate::i18n::{self, locales};

/// The catalogue files compiled into the binary, as `(file name, text)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "db/catalog/01-life.toml",
        include_str!("../../db/catalog/01-life.toml"),
    ),
    (
        "db/catalog/02-education.toml",
        include_str!("../../db/catalog/02-education.toml"),
    ),
    (
        "db/catalog/03-work.toml",
        include_str!("../../db/catalog/03-work.toml"),
    ),
    (
        "db/catalog/04-languages.toml",
        include_str!("../../db/catalog/04-languages.toml"),
    ),
    (
        "db/catalog/05-informal.toml",
        include_str!("../../db/catalog/05-informal.toml"),
    ),
    (
        "db/catalog/06-competences.toml",
        include_str!("../../db/catalog/06-competences.toml"),
    ),
    (
        "db/catalog/07-goals.toml",
        include_str!("../../db/catalog/07-goals.toml"),
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
    /// Whether the questions are asked once per entry (each job, each language).
    pub repeat: bool,
    /// In a repeated section, the item whose answer names an entry.
    pub entry_title: Option<String>,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable id within its section.
    pub id: String,
    /// How it is answered.
    pub kind: ItemKind,
    /// Asked only when an earlier answer of the same section (or entry) fits.
    pub when: Option<Condition>,
}

/// "Ask this only if …": an earlier choice question's answer is one of `any_of`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The item of the same section whose answer decides.
    pub item: String,
    /// Options that make the question appear.
    pub any_of: Vec<String>,
}

/// A reason to suggest a competence, from an earlier answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// The section.
    pub section: String,
    /// The item, or any answer in the section when `None`.
    pub item: Option<String>,
    /// An option the answer must include, or any answer when `None`.
    pub option: Option<String>,
}

impl Rule {
    fn parse(text: &str) -> Self {
        let (path, option) = match text.split_once('=') {
            Some((p, o)) => (p, Some(o.to_string())),
            None => (text, None),
        };
        let (section, item) = match path.split_once('.') {
            Some((s, i)) => (s.to_string(), Some(i.to_string())),
            None => (path.to_string(), None),
        };
        Self {
            section,
            item,
            option,
        }
    }
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
    /// A year, such as 2015.
    Year,
    /// An ISCED 2011 level, chosen from plain descriptions.
    Isced,
    /// An occupation searched in ISCO-08, or the client's own words.
    Occupation,
    /// One skill of the CEFR grid (the item id names the skill), as "I can …".
    Cefr,
    /// Competences each rated A, B or C.
    Ratings {
        /// Competence ids (for DigComp, its competence ids).
        competences: Vec<String>,
        /// Why a competence is suggested.
        suggest: Vec<(String, Vec<Rule>)>,
        /// The competences are DigComp 2.2's, with texts from the reference data.
        digcomp: bool,
    },
}

impl ItemKind {
    /// The options of a choice question; empty for text questions.
    pub fn options(&self) -> &[String] {
        match self {
            ItemKind::Single { options } | ItemKind::Multi { options } => options,
            _ => &[],
        }
    }

    /// The ids a choice question is answered with: its options, the CEFR levels
    /// (`none` first: "not yet"), or the ISCED levels `0`–`8`.
    pub fn choices(&self) -> Vec<String> {
        match self {
            ItemKind::Single { options } | ItemKind::Multi { options } => options.clone(),
            ItemKind::Cefr => ["none", "A1", "A2", "B1", "B2", "C1", "C2"]
                .map(String::from)
                .to_vec(),
            ItemKind::Isced => (0..=8).map(|l| l.to_string()).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether one choice excludes the others.
    pub fn is_single_choice(&self) -> bool {
        matches!(
            self,
            ItemKind::Single { .. } | ItemKind::Cefr | ItemKind::Isced
        )
    }

    /// Whether the client types the answer in a field.
    pub fn is_text(&self) -> bool {
        matches!(
            self,
            ItemKind::ShortText | ItemKind::LongText | ItemKind::Year | ItemKind::Occupation
        )
    }
}

impl ItemKind {
    /// Whether a question of this kind gives what the program needs of it.
    pub fn fits(&self, needs: Needs) -> bool {
        matches!(
            (needs, self),
            (Needs::OneChoice, ItemKind::Single { .. })
                | (Needs::Choices, ItemKind::Multi { .. })
                | (Needs::Words, ItemKind::ShortText | ItemKind::LongText)
                | (Needs::Year, ItemKind::Year)
                | (Needs::Isced, ItemKind::Isced)
                | (Needs::Occupation, ItemKind::Occupation)
                | (Needs::Cefr, ItemKind::Cefr)
        )
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
    fn into_section(self, file: &str) -> Result<Section, CatalogError> {
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
    /// A reference to something that does not exist.
    #[error("catalogue file {file}: entry \"{id}\" refers to {reference}, which does not fit")]
    Unknown {
        /// The file.
        file: String,
        /// The entry.
        id: String,
        /// What it refers to.
        reference: String,
    },
    /// An id the program reads was removed or changed (see `domain::contract`).
    #[error("catalogue file {file}: the program relies on \"{id}\" as {needed}")]
    Contract {
        /// The file (or files) where it belongs.
        file: String,
        /// `section` or `section.item`.
        id: String,
        /// What it must be.
        needed: String,
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

/// The message id of the button that adds an entry to a repeated section.
pub fn section_add_key(section: &str) -> String {
    format!("section-{section}-add")
}

/// The message id of the choice "nothing to add here" in a repeated section.
pub fn section_none_key(section: &str) -> String {
    format!("section-{section}-none")
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

    /// The checklist as configured: the office's folder if one is set, else the
    /// built-in files; minus hidden sections. The office's texts must have been
    /// loaded first ([`office_texts`], [`crate::i18n::load_with_office_texts`]).
    pub fn from_config(
        config: &crate::config::ChecklistConfig,
        languages: &[String],
    ) -> Result<Self, CatalogError> {
        let mut catalog = match &config.dir {
            None => Self::embedded()?,
            Some(dir) => {
                let files = office_files(dir, "toml")?;
                if files.is_empty() {
                    return Err(CatalogError::Syntax {
                        file: dir.display().to_string(),
                        detail: "the folder has no .toml catalogue files".into(),
                    });
                }
                let borrowed: Vec<(&str, &str)> = files
                    .iter()
                    .map(|(f, t)| (f.as_str(), t.as_str()))
                    .collect();
                // An office writes texts for the languages it offers, not all shipped.
                let langs: Vec<&str> = languages.iter().map(String::as_str).collect();
                Self::parse_for(&borrowed, &langs)?
            }
        };
        for hidden in &config.hide {
            if catalog.section(hidden).is_none() {
                return Err(CatalogError::Unknown {
                    file: "configuration [checklist] hide".into(),
                    id: hidden.clone(),
                    reference: "a section id".into(),
                });
            }
        }
        catalog.sections.retain(|s| !config.hide.contains(&s.id));
        Ok(catalog)
    }

    /// Parses and checks catalogue files given as `(file name, text)`, in order,
    /// with texts required in every shipped language.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, CatalogError> {
        Self::parse_for(files, i18n::SHIPPED)
    }

    /// Like [`Catalog::parse`], with texts required in `langs`.
    pub fn parse_for(files: &[(&str, &str)], langs: &[&str]) -> Result<Self, CatalogError> {
        let mut sections = Vec::new();
        let mut section_ids = HashSet::new();
        for &(file, text) in files {
            let parsed: CatalogFile = toml::from_str(text).map_err(|e| CatalogError::Syntax {
                file: file.into(),
                detail: e.to_string().trim_end().replace('\n', " "),
            })?;
            let section = parsed.section.into_section(file)?;
            check_section(file, &section, &mut section_ids, langs)?;
            sections.push((file, section));
        }
        check_rules(&sections)?;
        let names: Vec<&str> = sections.iter().map(|(f, _)| *f).collect();
        let catalog = Self {
            sections: sections.into_iter().map(|(_, s)| s).collect(),
        };
        check_contract(&catalog, &names)?;
        Ok(catalog)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The position of a section in the list.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// The item `item` of section `section`.
    pub fn item(&self, section: &str, item: &str) -> Option<&Item> {
        self.section(section)?.items.iter().find(|i| i.id == item)
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
    langs: &[&str],
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
    if section.repeat {
        keys.push((section.id.clone(), section_add_key(&section.id)));
        keys.push((section.id.clone(), section_none_key(&section.id)));
        let title = section.entry_title.as_deref().unwrap_or_default();
        if !section.items.iter().any(|i| i.id == title) {
            return Err(CatalogError::Unknown {
                file: file.into(),
                id: section.id.clone(),
                reference: format!("entry_title \"{title}\""),
            });
        }
    } else if section.entry_title.is_some() {
        return Err(CatalogError::Unknown {
            file: file.into(),
            id: section.id.clone(),
            reference: "entry_title without repeat = true".into(),
        });
    }
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
        if let Some(when) = &item.when {
            let decides = section
                .items
                .iter()
                .take_while(|i| i.id != item.id)
                .find(|i| i.id == when.item);
            let fits = decides.is_some_and(|d| {
                when.any_of.iter().all(|o| d.kind.options().contains(o)) && !when.any_of.is_empty()
            });
            if !fits {
                return Err(CatalogError::Unknown {
                    file: file.into(),
                    id: full_id,
                    reference: format!(
                        "when: \"{}\" must be an earlier choice question with options {:?}",
                        when.item, when.any_of
                    ),
                });
            }
        }
        if matches!(item.kind, ItemKind::Cefr) {
            let known = crate::domain::reference::reference()
                .map(|r| r.cefr_skill(&item.id).is_some())
                .unwrap_or(false);
            if !known {
                return Err(CatalogError::Unknown {
                    file: file.into(),
                    id: full_id,
                    reference: "a CEFR item's id must be a skill of db/reference/cefr.toml".into(),
                });
            }
        }
        if let ItemKind::Ratings {
            competences,
            suggest,
            digcomp,
        } = &item.kind
        {
            if competences.is_empty() {
                return Err(CatalogError::Empty {
                    file: file.into(),
                    id: full_id,
                });
            }
            for (competence, _) in suggest {
                if !competences.contains(competence) {
                    return Err(CatalogError::Unknown {
                        file: file.into(),
                        id: full_id.clone(),
                        reference: format!("suggest names unknown competence \"{competence}\""),
                    });
                }
            }
            if !digcomp {
                for competence in competences {
                    if !valid_id(competence) {
                        return Err(err_id(&format!("{full_id}.{competence}")));
                    }
                    keys.push((
                        format!("{full_id}.{competence}"),
                        option_key(&section.id, &item.id, competence),
                    ));
                }
            }
        }
        let options = item.kind.options();
        let choice = matches!(item.kind, ItemKind::Single { .. } | ItemKind::Multi { .. });
        if choice && options.is_empty() {
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
    for &lang in langs {
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

/// The files ending in `.{ext}` in `dir`, by name, as `(path, text)`.
fn office_files(dir: &std::path::Path, ext: &str) -> Result<Vec<(String, String)>, CatalogError> {
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

/// Every suggestion rule must name a section, item and option that exist.
fn check_rules(sections: &[(&str, Section)]) -> Result<(), CatalogError> {
    for (file, section) in sections {
        for item in &section.items {
            let ItemKind::Ratings { suggest, .. } = &item.kind else {
                continue;
            };
            for (competence, rules) in suggest {
                for rule in rules {
                    let target = sections
                        .iter()
                        .map(|(_, s)| s)
                        .find(|s| s.id == rule.section);
                    let item_ok = match (&rule.item, target) {
                        (_, None) => false,
                        (None, Some(_)) => rule.option.is_none(),
                        (Some(i), Some(s)) => s.items.iter().any(|it| {
                            it.id == *i
                                && rule
                                    .option
                                    .as_ref()
                                    .is_none_or(|o| it.kind.options().contains(o))
                        }),
                    };
                    if !item_ok {
                        return Err(CatalogError::Unknown {
                            file: (*file).into(),
                            id: format!("{}.{}.{competence}", section.id, item.id),
                            reference: format!(
                                "rule \"{}{}{}\"",
                                rule.section,
                                rule.item
                                    .as_ref()
                                    .map(|i| format!(".{i}"))
                                    .unwrap_or_default(),
                                rule.option
                                    .as_ref()
                                    .map(|o| format!("={o}"))
                                    .unwrap_or_default()
                            ),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

/// Checks `catalog` (read from `files`) against the checklist contract
/// ([`crate::domain::contract::CONTRACT`]); the error names the
/// missing or changed id and the file it belongs in.
pub fn check_contract(catalog: &Catalog, files: &[&str]) -> Result<(), CatalogError> {
    let file_of = |section: &str| {
        files
            .iter()
            .zip(&catalog.sections)
            .find(|(_, s)| s.id == section)
            .map(|(f, _)| f.to_string())
            .unwrap_or_else(|| files.join(", "))
    };
    for &(section_id, repeat, items) in CONTRACT {
        let Some(section) = catalog.section(section_id) else {
            return Err(CatalogError::Contract {
                file: files.join(", "),
                id: section_id.into(),
                needed: "a section the portfolio is made from; to leave it out, keep the \
                         file and hide the section with [checklist] hide"
                    .into(),
            });
        };
        if section.repeat != repeat {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: section_id.into(),
                needed: format!("repeat = {repeat}"),
            });
        }
        for &(item_id, needs) in items {
            let fits = section
                .items
                .iter()
                .find(|i| i.id == item_id)
                .is_some_and(|i| i.kind.fits(needs));
            if !fits {
                return Err(CatalogError::Contract {
                    file: file_of(section_id),
                    id: format!("{section_id}.{item_id}"),
                    needed: format!("{}, which the portfolio reads", needs.describe()),
                });
            }
        }
        if section_id == "languages"
            && !section
                .items
                .iter()
                .any(|i| i.id == "mother_tongue" && i.kind.options().iter().any(|o| o == "yes"))
        {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: "languages.mother_tongue".into(),
                needed: "the option \"yes\"".into(),
            });
        }
        if section_id == "competences"
            && !section
                .items
                .iter()
                .all(|i| matches!(i.kind, ItemKind::Ratings { .. }))
        {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: section_id.into(),
                needed: "only ratings questions".into(),
            });
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
        let ids: Vec<&str> = catalog.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "life",
                "education",
                "work",
                "languages",
                "informal",
                "competences",
                "goals"
            ]
        );
        assert!(catalog.item_count() >= 40);
    }

    #[test]
    fn a_condition_on_an_unknown_or_later_item_is_refused() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "wishes"
            kind = "short_text"
            when = { item = "documents", any_of = ["none"] }
            [[section.item]]
            id = "documents"
            kind = "multi"
            options = ["none"]
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        assert!(matches!(err, CatalogError::Unknown { .. }), "{err}");
        assert!(err.to_string().contains("goals.wishes"), "{err}");
    }

    #[test]
    fn a_suggestion_rule_naming_an_unknown_option_is_refused() {
        let mut files: Vec<(&str, String)> =
            EMBEDDED.iter().map(|(f, t)| (*f, t.to_string())).collect();
        for (file, text) in &mut files {
            if file.contains("competences") {
                *text = text.replace("informal.areas=caring", "informal.areas=sailing");
            }
        }
        let borrowed: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
        let err = Catalog::parse(&borrowed).unwrap_err();
        assert!(err.to_string().contains("informal.areas=sailing"), "{err}");
        assert!(err.to_string().contains("06-competences.toml"), "{err}");
    }

    #[test]
    fn every_checklist_text_belongs_to_the_catalogue() {
        let catalog = Catalog::embedded().unwrap();
        let mut used = std::collections::HashSet::new();
        for s in &catalog.sections {
            used.extend([
                section_key(&s.id),
                section_intro_key(&s.id),
                section_add_key(&s.id),
                section_none_key(&s.id),
            ]);
            for i in &s.items {
                used.extend([item_key(&s.id, &i.id), item_example_key(&s.id, &i.id)]);
                let mut ids = i.kind.options().to_vec();
                if let ItemKind::Ratings { competences, .. } = &i.kind {
                    ids.extend(competences.iter().cloned());
                }
                used.extend(ids.iter().map(|o| option_key(&s.id, &i.id, o)));
            }
        }
        for (lang, file, text) in crate::i18n::SOURCES {
            if *file != "catalog.ftl" {
                continue;
            }
            for line in text.lines() {
                let Some((id, _)) = line.split_once(" = ") else {
                    continue;
                };
                if id.starts_with(char::is_alphabetic) && !id.contains(' ') {
                    assert!(used.contains(id), "{lang}/catalog.ftl: {id} is not used");
                }
            }
        }
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

    #[test]
    fn the_built_in_checklist_keeps_the_contract() {
        let catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        check_contract(&catalog, &files).unwrap();
    }

    #[test]
    fn a_missing_or_changed_id_is_named_with_its_file() {
        let mut catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        let work = catalog.section_index("work").unwrap();
        catalog.sections[work]
            .items
            .retain(|i| i.id != "occupation");
        let err = check_contract(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("work.occupation"), "{err}");
        assert!(err.contains("03-work.toml"), "{err}");
        assert!(err.contains("an occupation"), "{err}");

        let mut catalog = Catalog::embedded().unwrap();
        catalog.sections.retain(|s| s.id != "goals");
        let err = check_contract(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("\"goals\""), "{err}");
        assert!(err.contains("[checklist] hide"), "{err}");
    }
}
