//! A client's session: their answers, where they stopped, what they were typing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::checklist::{Catalog, Section};
use crate::domain::code::ClientCode;

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
    /// A year.
    Year(u16),
    /// An occupation: an ISCO-08 unit group when one was chosen, and the client's words.
    Occupation {
        /// ISCO-08 unit group code.
        isco: Option<String>,
        /// What the client typed.
        words: String,
    },
    /// Competence ratings: competence id to `a`, `b` or `c`.
    Ratings(BTreeMap<String, String>),
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
        /// Entry id in a repeated section.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        entry: Option<String>,
        /// Item id.
        item: String,
    },
    /// The list of entries of a repeated section.
    Entries {
        /// Section id.
        section: String,
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

/// Where the advisor's own answers of a client live (never shown to clients).
pub mod advisor_keys {
    /// The advisor who marked the session reviewed.
    pub const REVIEWED_BY: &str = "advisor/reviewed_by";
    /// When (RFC 3339).
    pub const REVIEWED_AT: &str = "advisor/reviewed_at";
    /// Next steps, one per line, each starting with a date.
    pub const PLAN: &str = "advisor/plan";
    /// Documents seen or verified: document → `seen` | `verified`.
    pub const DOCUMENTS: &str = "advisor/documents";

    /// The advisor's note on a section.
    pub fn note(section: &str) -> String {
        format!("advisor/note/{section}")
    }

    /// Whether that note goes into the portfolio (`yes`).
    pub fn note_public(section: &str) -> String {
        format!("advisor/note/{section}/public")
    }

    /// Where the advisor's rating of a ratings question is stored.
    pub fn advisor_path(path: &str) -> String {
        format!("advisor/{path}")
    }
}

/// Which stored session something is for: its row id, never used twice, and its
/// code. A write carries both, so it can only ever reach the session it was meant for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SessionKey {
    /// Row id in storage.
    pub id: i64,
    /// The client's code.
    pub code: ClientCode,
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
    /// How many changes the session has had (any terminal's).
    pub version: i64,
    /// Confirmed answers by `section.item`.
    pub answers: BTreeMap<String, Answer>,
    /// Where the client stopped.
    pub position: Position,
    /// Unconfirmed text, by the question's storage key.
    pub drafts: BTreeMap<String, Draft>,
}

/// Most entries a repeated section takes (jobs, schools, languages …): enough for
/// any working life, few enough that every screen stays quick.
pub const MAX_ENTRIES: usize = 30;

/// What happens to the entry list of a repeated section. Applied as an operation on
/// the stored list (not by overwriting it), so entries added at two terminals at
/// once are both kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryOp {
    /// A new entry with this id, at the end.
    Add(String),
    /// The entry and all its answers go.
    Remove(String),
    /// The entry moves up (-1) or down (+1).
    Move(String, isize),
    /// The client has nothing to add: an empty list, unless entries exist.
    NothingToAdd,
}

impl EntryOp {
    /// Applies the operation to a list (`None`: the client has not said yet).
    pub fn apply_to(&self, list: &mut Option<Vec<String>>) {
        match self {
            EntryOp::Add(entry) => {
                let list = list.get_or_insert_with(Vec::new);
                if !list.contains(entry) && list.len() < MAX_ENTRIES {
                    list.push(entry.clone());
                }
            }
            EntryOp::Remove(entry) => {
                if let Some(list) = list {
                    list.retain(|e| e != entry);
                }
            }
            EntryOp::Move(entry, delta) => {
                if let Some(list) = list
                    && let Some(at) = list.iter().position(|e| e == entry)
                {
                    let to = at as isize + delta;
                    if to >= 0 && (to as usize) < list.len() {
                        list.swap(at, to as usize);
                    }
                }
            }
            EntryOp::NothingToAdd => {
                list.get_or_insert_with(Vec::new);
            }
        }
    }
}

/// The start of every storage key of one entry: `section.entry.`.
pub fn entry_prefix(section: &str, entry: &str) -> String {
    format!("{section}.{entry}.")
}

/// A new entry id, unique across terminals (random, 40 bits, lower-case letters
/// and digits), so two terminals adding an entry at once never share one.
pub fn new_entry_id() -> String {
    const SYMBOLS: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        bytes = (nanos as u64).to_le_bytes();
    }
    bytes
        .iter()
        .map(|b| SYMBOLS[usize::from(*b) % SYMBOLS.len()] as char)
        .collect()
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

/// The storage key of a question, in an entry of a repeated section or not:
/// `section.entry.item` or `section.item`.
pub fn answer_path(section: &str, entry: Option<&str>, item: &str) -> String {
    match entry {
        Some(e) => format!("{section}.{e}.{item}"),
        None => format!("{section}.{item}"),
    }
}

/// The storage key of a repeated section's entry list.
pub fn entries_path(section: &str) -> String {
    format!("{section}.entries")
}

/// Whether `item` is asked, given the answers so far (its `when` condition).
pub fn is_asked(
    answers: &BTreeMap<String, Answer>,
    section: &Section,
    entry: Option<&str>,
    item: &crate::domain::checklist::Item,
) -> bool {
    let Some(when) = &item.when else {
        return true;
    };
    match answers.get(&answer_path(&section.id, entry, &when.item)) {
        Some(Answer::Choice(c)) => when.any_of.contains(c),
        Some(Answer::Choices(list)) => list.iter().any(|c| when.any_of.contains(c)),
        _ => false,
    }
}

/// The entry ids of a repeated section, in order; `None` if the client has neither
/// added an entry nor said there is nothing to add.
pub fn entries(answers: &BTreeMap<String, Answer>, section: &str) -> Option<Vec<String>> {
    match answers.get(&entries_path(section)) {
        Some(Answer::Choices(list)) => Some(list.clone()),
        _ => None,
    }
}

impl ClientSession {
    /// The key that names this session in writes.
    pub fn key(&self) -> SessionKey {
        SessionKey {
            id: self.id,
            code: self.code.clone(),
        }
    }

    /// Answered questions in `section`, and how many it asks.
    pub fn section_progress(&self, section: &Section) -> (usize, usize) {
        let count = |entry: Option<&str>| {
            section
                .items
                .iter()
                .filter(|i| is_asked(&self.answers, section, entry, i))
                .fold((0, 0), |(a, n), i| {
                    let answered =
                        self.answers
                            .contains_key(&answer_path(&section.id, entry, &i.id));
                    (a + usize::from(answered), n + 1)
                })
        };
        if !section.repeat {
            return count(None);
        }
        match entries(&self.answers, &section.id) {
            // "Nothing to add" or entries: the list itself counts as one answer.
            Some(list) => list.iter().fold((1, 1), |(a, n), e| {
                let (ea, en) = count(Some(e));
                (a + ea, n + en)
            }),
            None => (0, 1),
        }
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

/// The A/B/C scale of a competence, one step on from `current` (`None`: not rated):
/// `delta` 0 cycles none → A → B → C → none (a tap), +1 and -1 step up and down and
/// stop at the ends (arrow keys).
pub fn step_rating(current: Option<&str>, delta: i8) -> Option<&'static str> {
    const LEVELS: [Option<&str>; 4] = [None, Some("a"), Some("b"), Some("c")];
    let at = LEVELS.iter().position(|l| *l == current).unwrap_or(0) as i8;
    let next = match delta {
        0 => (at + 1) % 4,
        d => (at + d).clamp(0, 3),
    };
    LEVELS[next as usize]
}

/// Whether an earlier answer fits `rule`.
pub fn rule_matches(
    answers: &BTreeMap<String, Answer>,
    rule: &crate::domain::checklist::Rule,
) -> bool {
    answers.iter().any(|(key, answer)| {
        let mut parts = key.split('.');
        if parts.next() != Some(rule.section.as_str()) {
            return false;
        }
        let rest: Vec<&str> = parts.collect();
        // `section.item` or `section.entry.item`; the entry list itself is no answer.
        let item = match rest.as_slice() {
            [item] if *item != "entries" => *item,
            [_, item] => *item,
            _ => return false,
        };
        if rule.item.as_deref().is_some_and(|i| i != item) {
            return false;
        }
        match (&rule.option, answer) {
            (None, Answer::DontKnow | Answer::PreferNotToSay) => rule.item.is_none(),
            (None, _) => true,
            (Some(o), Answer::Choice(c)) => c == o,
            (Some(o), Answer::Choices(list)) => list.contains(o),
            (Some(_), _) => false,
        }
    })
}

/// The competences of a ratings question in the order shown: those suggested by
/// earlier answers first (marked `true`), then the rest, each group in catalogue order.
pub fn rating_rows(
    answers: &BTreeMap<String, Answer>,
    kind: &crate::domain::checklist::ItemKind,
) -> Vec<(String, bool)> {
    let crate::domain::checklist::ItemKind::Ratings {
        competences,
        suggest,
        ..
    } = kind
    else {
        return Vec::new();
    };
    let suggested = |c: &String| {
        suggest
            .iter()
            .any(|(id, rules)| id == c && rules.iter().any(|r| rule_matches(answers, r)))
    };
    let (mut first, rest): (Vec<_>, Vec<_>) = competences
        .iter()
        .map(|c| (c.clone(), suggested(c)))
        .partition(|(_, s)| *s);
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::{Catalog, Rule};

    fn answers(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn choice(c: &str) -> Answer {
        Answer::Choice(c.into())
    }

    #[test]
    fn a_question_with_a_condition_is_asked_only_after_a_fitting_answer() {
        let catalog = Catalog::embedded().unwrap();
        let languages = catalog.section("languages").unwrap();
        let listening = languages
            .items
            .iter()
            .find(|i| i.id == "listening")
            .unwrap();
        let asked = |a: &BTreeMap<String, Answer>| is_asked(a, languages, Some("e1"), listening);
        assert!(!asked(&answers(&[])), "not before the mother-tongue answer");
        assert!(!asked(&answers(&[(
            "languages.e1.mother_tongue",
            choice("yes")
        )])));
        assert!(asked(&answers(&[(
            "languages.e1.mother_tongue",
            choice("no")
        )])));
        // Another entry's answer does not count.
        assert!(!asked(&answers(&[(
            "languages.e2.mother_tongue",
            choice("no")
        )])));
        let unconditional = &languages.items[0];
        assert!(is_asked(
            &answers(&[]),
            languages,
            Some("e1"),
            unconditional
        ));
    }

    #[test]
    fn suggestion_rules_match_sections_items_and_options() {
        let a = answers(&[
            ("work.entries", Answer::Choices(vec!["j1".into()])),
            ("work.j1.employment", choice("self_employed")),
            ("informal.areas", Answer::Choices(vec!["caring".into()])),
            ("goals.work_wish", Answer::DontKnow),
        ]);
        let rule = Rule::parse;
        assert!(rule_matches(&a, &rule("work")));
        assert!(rule_matches(&a, &rule("work.employment=self_employed")));
        assert!(!rule_matches(&a, &rule("work.employment=family_business")));
        assert!(rule_matches(&a, &rule("informal.areas=caring")));
        assert!(!rule_matches(&a, &rule("informal.areas=household")));
        assert!(!rule_matches(&a, &rule("education")));
        // Any answer in a section fits a rule on the section; "I don't know" is no
        // reason for a rule on that one question.
        assert!(rule_matches(&a, &rule("goals")));
        assert!(!rule_matches(&a, &rule("goals.work_wish")));
    }

    #[test]
    fn the_rating_scale_cycles_on_a_tap_and_stops_at_its_ends_on_arrows() {
        assert_eq!(step_rating(None, 0), Some("a"));
        assert_eq!(step_rating(Some("a"), 0), Some("b"));
        assert_eq!(step_rating(Some("c"), 0), None);
        assert_eq!(step_rating(Some("c"), 1), Some("c"));
        assert_eq!(step_rating(None, -1), None);
        assert_eq!(step_rating(Some("b"), -1), Some("a"));
    }

    #[test]
    fn entry_operations_merge_and_respect_the_cap() {
        let mut list = None;
        EntryOp::NothingToAdd.apply_to(&mut list);
        assert_eq!(list, Some(vec![]));
        EntryOp::Add("a".into()).apply_to(&mut list);
        EntryOp::Add("b".into()).apply_to(&mut list);
        EntryOp::Add("a".into()).apply_to(&mut list);
        EntryOp::NothingToAdd.apply_to(&mut list);
        assert_eq!(list, Some(vec!["a".to_string(), "b".to_string()]));
        EntryOp::Move("b".into(), -1).apply_to(&mut list);
        assert_eq!(list, Some(vec!["b".to_string(), "a".to_string()]));
        EntryOp::Remove("b".into()).apply_to(&mut list);
        assert_eq!(list, Some(vec!["a".to_string()]));
        for n in 0..100 {
            EntryOp::Add(format!("x{n}")).apply_to(&mut list);
        }
        assert_eq!(list.map(|l| l.len()), Some(MAX_ENTRIES));
        let (a, b) = (new_entry_id(), new_entry_id());
        assert_ne!(a, b);
        assert_eq!(a.len(), 8);
    }
}
