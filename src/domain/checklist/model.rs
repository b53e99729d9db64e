//! The checklist's parts: sections, questions, kinds of answer, suggestion rules,
//! the message ids of their texts, and what can be wrong with a checklist.

use serde::Deserialize;

use crate::domain::contract::Needs;

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
    /// A rule as written: `section`, `section.item` or `section.item=option`.
    pub fn parse(text: &str) -> Self {
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

pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Catalog {
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
