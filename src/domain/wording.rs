//! How answers read in words, in a given language: the same on the kiosk's screens,
//! the portfolio page and exports.

use std::collections::BTreeMap;

use crate::domain::checklist::{self, Item, ItemKind, Section};
use crate::domain::reference::reference;
use crate::domain::session::{self, Answer, answer_path};
use crate::i18n::Tr;
use crate::ui::text::sanitize;

/// How an entry is named in lists: its title answer and its years.
pub fn entry_label(
    tr: Tr<'_>,
    answers: &BTreeMap<String, Answer>,
    section: &Section,
    entry: &str,
) -> String {
    let title = section
        .entry_title
        .as_deref()
        .and_then(|t| {
            let answer = answers.get(&answer_path(&section.id, Some(entry), t))?;
            Some(answer_text(tr, section, t, answer))
        })
        .unwrap_or_else(|| tr.t("entry-untitled"));
    let year = |item: &str| match answers.get(&answer_path(&section.id, Some(entry), item)) {
        Some(Answer::Year(y)) => Some(*y),
        _ => None,
    };
    match (year("from"), year("to")) {
        (Some(f), Some(t)) => format!("{title} ({f}–{t})"),
        (Some(f), None) => format!("{title} ({f}–)"),
        (None, Some(t)) => format!("{title} (–{t})"),
        (None, None) => title,
    }
}

/// The entry ids of a repeated section (none yet is an empty list).
pub fn entries_of(answers: &BTreeMap<String, Answer>, section: &str) -> Vec<String> {
    session::entries(answers, section).unwrap_or_default()
}

/// A choice's words: the option's text, a CEFR "I can …", an ISCED description.
pub fn choice_text(tr: Tr<'_>, section: &str, item: &Item, choice: &str) -> String {
    match &item.kind {
        ItemKind::Cefr if choice == "none" => tr.t("cefr-none"),
        ItemKind::Cefr => tr.t(&format!("cefr-{}-{choice}", item.id)),
        ItemKind::Isced => tr.t(&format!("isced-{choice}")),
        _ => tr.t(&checklist::option_key(section, &item.id, choice)),
    }
}

/// A competence's words: from the checklist texts, or for DigComp its own texts.
pub fn competence_text(tr: Tr<'_>, section: &str, item: &Item, competence: &str) -> String {
    if let ItemKind::Ratings { digcomp: true, .. } = item.kind {
        return tr.t(&format!("digcomp-{}", competence.replace('.', "-")));
    }
    tr.t(&checklist::option_key(section, &item.id, competence))
}

/// An answer in words, in the client's language.
pub fn answer_text(tr: Tr<'_>, section: &Section, item: &str, answer: &Answer) -> String {
    let Some(it) = section.items.iter().find(|i| i.id == item) else {
        return String::new();
    };
    match answer {
        Answer::Choice(o) => choice_text(tr, &section.id, it, o),
        Answer::Choices(list) => list
            .iter()
            .map(|o| choice_text(tr, &section.id, it, o))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(t) => sanitize(t, true),
        Answer::Year(y) => y.to_string(),
        Answer::Occupation { isco, words } => {
            let title = isco.as_ref().and_then(|code| {
                reference()
                    .ok()?
                    .isco_group(code)
                    .map(|g| g.name(tr.lang).to_string())
            });
            match title {
                Some(t) if t == *words => t,
                Some(t) => format!("{t} ({})", sanitize(words, false)),
                None => sanitize(words, false),
            }
        }
        Answer::Ratings(r) => r
            .iter()
            .map(|(c, l)| {
                format!(
                    "{}: {}",
                    competence_text(tr, &section.id, it, c),
                    l.to_uppercase()
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        Answer::DontKnow => tr.t("answer-dont-know"),
        Answer::PreferNotToSay => tr.t("answer-prefer-not"),
    }
}
