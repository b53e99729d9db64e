//! The checklist: the section list, entries of repeated sections, one question at a
//! time, the summary, goodbye.

use std::collections::BTreeMap;

use ratatui_textarea::TextArea;

use super::{Control, Page};
use crate::domain::checklist::{self, Item, ItemKind};
use crate::domain::portfolio;
use crate::domain::reference::reference;
use crate::domain::session::{self, Answer, SectionState, answer_path, rating_rows};
use crate::domain::wording::{answer_text, choice_text, competence_text, entries_of, entry_label};
use crate::i18n::{Tr, locales};
use crate::kiosk::{Action, App};
use crate::ui::page::{Field, Para, Tone};

use super::{blank, help};

pub fn sections<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(
        tr.t("sections-title"),
        help(tr, &["help-choose", "help-confirm"]),
    );
    page.text = vec![Para::new(tr.t("sections-text"), Tone::Normal)];
    page.options = app
        .catalog
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let (answered, total, state) = match &app.client {
                Some(c) => {
                    let (a, n) = c.section_progress(section);
                    (a, n, c.section_state(section))
                }
                None => (0, section.items.len(), SectionState::Untouched),
            };
            let mark = match state {
                SectionState::Done => "✓",
                SectionState::Started => "◐",
                SectionState::Untouched => "○",
            };
            let label = locales().text_with(
                tr.lang,
                "section-row",
                &[
                    ("title", tr.t(&checklist::section_key(&section.id)).into()),
                    ("answered", (answered as i64).into()),
                    ("total", (total as i64).into()),
                ],
            );
            Control::new(format!("{mark} {label}"), Action::OpenSection(i))
                .chosen(state == SectionState::Done)
        })
        .collect();
    page.buttons = vec![
        Control::new(tr.t("sections-summary"), Action::ShowSummary),
        Control::new(tr.t("button-finish"), Action::Finish),
    ];
    page
}

fn answers(app: &App) -> BTreeMap<String, Answer> {
    app.client
        .as_ref()
        .map(|c| c.answers.clone())
        .unwrap_or_default()
}

pub fn entries<'a>(app: &App, tr: Tr<'_>, section: usize) -> Page<'a> {
    let Some(sec) = app.catalog.sections.get(section) else {
        return blank(String::new(), String::new());
    };
    let answers = answers(app);
    let mut page = blank(
        tr.t(&checklist::section_key(&sec.id)),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text = vec![Para::new(
        tr.t(&checklist::section_intro_key(&sec.id)),
        Tone::Normal,
    )];
    let list = entries_of(&answers, &sec.id);
    for (n, entry) in list.iter().enumerate() {
        page.options.push(Control::new(
            format!("{}. {}", n + 1, entry_label(tr, &answers, sec, entry)),
            Action::OpenEntry(entry.clone()),
        ));
    }
    page.options.push(Control::new(
        format!("+ {}", tr.t(&checklist::section_add_key(&sec.id))),
        Action::AddEntry,
    ));
    if list.is_empty() {
        let chosen = session::entries(&answers, &sec.id).is_some();
        page.options.push(
            Control::new(
                format!(
                    "{} {}",
                    if chosen { "(•)" } else { "( )" },
                    tr.t(&checklist::section_none_key(&sec.id))
                ),
                Action::NoEntries,
            )
            .chosen(chosen),
        );
    }
    page.buttons = vec![Control::new(tr.t("summary-back"), Action::Back)];
    page
}

pub fn entry_actions<'a>(
    app: &App,
    tr: Tr<'_>,
    section: usize,
    entry: &str,
    confirm_remove: bool,
) -> Page<'a> {
    let Some(sec) = app.catalog.sections.get(section) else {
        return blank(String::new(), String::new());
    };
    let answers = answers(app);
    let mut page = blank(
        tr.t(&checklist::section_key(&sec.id)),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text = vec![Para::new(
        entry_label(tr, &answers, sec, entry),
        Tone::Strong,
    )];
    for item in &sec.items {
        if let Some(answer) = answers.get(&answer_path(&sec.id, Some(entry), &item.id)) {
            page.text.push(Para::new(
                format!(
                    "{}\n  → {}",
                    tr.t(&checklist::item_key(&sec.id, &item.id)),
                    answer_text(tr, sec, &item.id, answer)
                ),
                Tone::Normal,
            ));
        }
    }
    page.options = vec![
        Control::new(tr.t("entry-edit"), Action::EditEntry),
        Control::new(tr.t("entry-up"), Action::MoveEntry(-1)),
        Control::new(tr.t("entry-down"), Action::MoveEntry(1)),
        Control::new(
            tr.t(if confirm_remove {
                "entry-remove-confirm"
            } else {
                "entry-remove"
            }),
            Action::RemoveEntry,
        ),
    ];
    page.buttons = vec![Control::new(tr.t("button-back"), Action::Back)];
    page
}

// Long by design: a question page is built top to bottom as a client reads it.
pub fn question<'a>(
    app: &App,
    tr: Tr<'_>,
    section: usize,
    entry: Option<&str>,
    item: usize,
    field: Option<&'a TextArea<'static>>,
) -> Page<'a> {
    let Some(sec) = app.catalog.sections.get(section) else {
        return blank(String::new(), String::new());
    };
    let Some(it) = sec.items.get(item) else {
        return blank(String::new(), String::new());
    };
    let answers = answers(app);
    let path = answer_path(&sec.id, entry, &it.id);
    let answer = answers.get(&path);
    let keys: &[&str] = match it.kind {
        ItemKind::ShortText | ItemKind::Year => {
            &["help-type", "help-next-field", "help-confirm", "help-back"]
        }
        ItemKind::Occupation => &["help-search", "help-next-field", "help-back"],
        ItemKind::LongText => &["help-type", "help-next-field", "help-newline", "help-back"],
        ItemKind::Ratings { .. } => &["help-choose", "help-rate", "help-back"],
        _ => &["help-choose", "help-toggle", "help-back"],
    };
    let mut title = tr.t(&checklist::section_key(&sec.id));
    if let Some(e) = entry {
        title = format!("{title} · {}", entry_label(tr, &answers, sec, e));
    }
    let mut page = blank(title, help(tr, keys));
    let asked: Vec<&Item> = sec
        .items
        .iter()
        .filter(|i| crate::domain::session::is_asked(&answers, sec, entry, i))
        .collect();
    let number = asked.iter().position(|i| i.id == it.id).unwrap_or(0) + 1;
    page.text = vec![
        Para::new(
            tr.t2(
                "question-number",
                ("number", (number as i64).into()),
                ("count", (asked.len() as i64).into()),
            ),
            Tone::Dim,
        ),
        Para::new(tr.t(&checklist::item_key(&sec.id, &it.id)), Tone::Strong),
        Para::new(
            tr.t(&checklist::item_example_key(&sec.id, &it.id)),
            Tone::Dim,
        ),
    ];
    match &it.kind {
        ItemKind::Ratings { .. } => rating_options(tr, &mut page, &answers, sec, it, &path),
        ItemKind::Occupation => occupation_options(tr, &mut page, answer, field),
        kind => choice_options(tr, &mut page, answer, &sec.id, it, kind),
    }
    for (special, key) in [
        (Answer::DontKnow, "answer-dont-know"),
        (Answer::PreferNotToSay, "answer-prefer-not"),
    ] {
        let chosen = answer == Some(&special);
        let mark = if chosen { "(•)" } else { "( )" };
        page.options.push(
            Control::new(format!("{mark} {}", tr.t(key)), Action::Special(special)).chosen(chosen),
        );
    }
    if let Some(area) = field {
        let (lines, label) = match it.kind {
            ItemKind::LongText => (5, "field-long"),
            ItemKind::Year => (1, "field-year"),
            ItemKind::Occupation => (1, "field-search"),
            _ => (1, "field-short"),
        };
        page.field = Some(Field {
            area,
            lines,
            label: tr.t(label),
        });
    }
    let last = asked.last().is_some_and(|i| i.id == it.id);
    let done_key = if entry.is_some() {
        "button-entry-done"
    } else {
        "button-section-done"
    };
    page.buttons = vec![
        Control::new(tr.t("button-back"), Action::Back),
        Control::new(
            tr.t(if last { done_key } else { "button-next" }),
            Action::Next,
        ),
    ];
    page
}

/// A ratings question: the scale's legend, then one row per competence with the
/// client's level, a star where earlier answers suggest it, and the advisor's.
fn rating_options(
    tr: Tr<'_>,
    page: &mut Page<'_>,
    answers: &BTreeMap<String, Answer>,
    sec: &checklist::Section,
    it: &Item,
    path: &str,
) {
    let answer = answers.get(path);
    page.text
        .push(Para::new(tr.t("scale-legend"), Tone::Normal));
    let ratings = match answer {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => BTreeMap::new(),
    };
    // The advisor's rating, once given, stands beside the client's own.
    let advisor = match answers.get(&portfolio::advisor_path(path)) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => BTreeMap::new(),
    };
    for (n, (competence, suggested)) in rating_rows(answers, &it.kind).iter().enumerate() {
        let level = ratings
            .get(competence)
            .map(|l| l.to_uppercase())
            .unwrap_or_else(|| "–".into());
        let star = if *suggested { "★ " } else { "" };
        let by_advisor = advisor
            .get(competence)
            .map(|l| format!("  ({})", tr.t1("rating-advisor", "level", l.to_uppercase())))
            .unwrap_or_default();
        page.options.push(
            Control::new(
                format!(
                    "[{level}] {star}{}{by_advisor}",
                    competence_text(tr, &sec.id, it, competence)
                ),
                Action::Toggle(n),
            )
            .chosen(ratings.contains_key(competence)),
        );
    }
}

/// An occupation question: the groups found for what is typed, and the client's
/// own words.
fn occupation_options(
    tr: Tr<'_>,
    page: &mut Page<'_>,
    answer: Option<&Answer>,
    field: Option<&TextArea<'static>>,
) {
    page.field_first = true;
    let query = field.map(|f| f.lines().join(" ")).unwrap_or_default();
    let chosen = match answer {
        Some(Answer::Occupation { isco, .. }) => isco.clone(),
        _ => None,
    };
    if let Ok(reference) = reference() {
        for group in reference.search_occupations(&query, tr.lang, 6) {
            // The client's word, with the German one beside it.
            let (own, de) = (group.name(tr.lang), group.name("de"));
            let label = if own == de {
                own.to_string()
            } else {
                format!("{own} · {de}")
            };
            let is_chosen = chosen.as_deref() == Some(group.code.as_str());
            page.options.push(
                Control::new(
                    format!("{} {label}", if is_chosen { "(•)" } else { "( )" }),
                    Action::PickOccupation(Some(group.code.clone())),
                )
                .chosen(is_chosen),
            );
        }
    }
    // Once a group is chosen the field shows its title: no "own words" then.
    let shows_choice = matches!(
        answer,
        Some(Answer::Occupation { isco: Some(_), words }) if words.trim() == query.trim()
    );
    if !query.trim().is_empty() && !shows_choice {
        let own_words = matches!(answer, Some(Answer::Occupation { isco: None, .. }));
        page.options.push(
            Control::new(
                format!(
                    "{} {}",
                    if own_words { "(•)" } else { "( )" },
                    tr.t1("occupation-own-words", "words", query.trim().to_string())
                ),
                Action::PickOccupation(None),
            )
            .chosen(own_words),
        );
    }
}

/// A choice question's options, ticked as answered.
fn choice_options(
    tr: Tr<'_>,
    page: &mut Page<'_>,
    answer: Option<&Answer>,
    section: &str,
    it: &Item,
    kind: &ItemKind,
) {
    let single = kind.is_single_choice();
    for (i, choice) in kind.choices().iter().enumerate() {
        let chosen = match answer {
            Some(Answer::Choice(c)) => c == choice,
            Some(Answer::Choices(list)) => list.contains(choice),
            _ => false,
        };
        let mark = match (single, chosen) {
            (true, true) => "(•)",
            (true, false) => "( )",
            (false, true) => "[x]",
            (false, false) => "[ ]",
        };
        page.options.push(
            Control::new(
                format!("{mark} {}", choice_text(tr, section, it, choice)),
                Action::Toggle(i),
            )
            .chosen(chosen),
        );
    }
}
