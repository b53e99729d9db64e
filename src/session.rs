//! A client's session: their answers, where they stopped, what they were typing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Section};
use crate::code::ClientCode;

/// A confirmed answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// The one option chosen.
    Choice(String),
    /// The options chosen (possibly none).
    Choices(Vec<String>),
    /// The client's own words.
    Text(String),
    /// "I don't know".
    DontKnow,
    /// "I prefer not to say".
    PreferNotToSay,
}

/// Where a client is in the checklist, so a later visit continues there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Position {
    /// The list of sections.
    #[default]
    Sections,
    /// One question.
    Question {
        /// Section id.
        section: String,
        /// Item id.
        item: String,
    },
    /// The summary of all answers.
    Summary,
}

/// Text typed into a question but not yet confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// `section.item` of the question.
    pub item: String,
    /// The text, lines joined with `\n`.
    pub text: String,
    /// Cursor line.
    pub cursor_row: usize,
    /// Cursor column, in characters.
    pub cursor_col: usize,
}

/// Everything stored about one client.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSession {
    /// Row id in storage.
    pub id: i64,
    /// The code the client resumes with.
    pub code: ClientCode,
    /// The language the client chose last.
    pub language: String,
    /// Confirmed answers by `section.item`.
    pub answers: BTreeMap<String, Answer>,
    /// Where the client stopped.
    pub position: Position,
    /// Unconfirmed text, if any.
    pub draft: Option<Draft>,
}

/// How far a section has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionState {
    /// No answer yet.
    Untouched,
    /// Some questions answered.
    Started,
    /// Every question answered (skipping counts as not answered).
    Done,
}

/// The storage key of a question: `section.item`.
pub fn item_path(section: &str, item: &str) -> String {
    format!("{section}.{item}")
}

impl ClientSession {
    /// Answered questions in `section`, and how many it has.
    pub fn section_progress(&self, section: &Section) -> (usize, usize) {
        let answered = section
            .items
            .iter()
            .filter(|i| self.answers.contains_key(&item_path(&section.id, &i.id)))
            .count();
        (answered, section.items.len())
    }

    /// Whether `section` is untouched, started or done.
    pub fn section_state(&self, section: &Section) -> SectionState {
        match self.section_progress(section) {
            (0, _) => SectionState::Untouched,
            (a, n) if a >= n => SectionState::Done,
            _ => SectionState::Started,
        }
    }

    /// Answered questions in the whole checklist, and how many there are.
    pub fn overall_progress(&self, catalog: &Catalog) -> (usize, usize) {
        catalog
            .sections
            .iter()
            .map(|s| self.section_progress(s))
            .fold((0, 0), |(a, n), (sa, sn)| (a + sa, n + sn))
    }
}
