//! The checklist: the section list, one question at a time, the summary, goodbye.

use ratatui_textarea::TextArea;

use crate::app::{Action, App};
use crate::catalog::{self, ItemKind, Section};
use crate::i18n::{Tr, locales};
use crate::session::{Answer, SectionState, item_path};
use crate::ui::page::{Control, Field, Page, Para, Tone};
use crate::ui::text::sanitize;

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
                    ("title", tr.t(&catalog::section_key(&section.id)).into()),
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

pub fn question<'a>(
    app: &App,
    tr: Tr<'_>,
    section: usize,
    item: usize,
    field: Option<&'a TextArea<'static>>,
) -> Page<'a> {
    let Some(sec) = app.catalog.sections.get(section) else {
        return blank(String::new(), String::new());
    };
    let Some(it) = sec.items.get(item) else {
        return blank(String::new(), String::new());
    };
    let path = item_path(&sec.id, &it.id);
    let answer = app.client.as_ref().and_then(|c| c.answers.get(&path));
    let keys: &[&str] = match it.kind {
        ItemKind::ShortText => &["help-type", "help-next-field", "help-confirm", "help-back"],
        ItemKind::LongText => &["help-type", "help-next-field", "help-newline", "help-back"],
        _ => &["help-choose", "help-toggle", "help-back"],
    };
    let mut page = blank(tr.t(&catalog::section_key(&sec.id)), help(tr, keys));
    page.text = vec![
        Para::new(
            tr.t2(
                "question-number",
                ("number", (item as i64 + 1).into()),
                ("count", (sec.items.len() as i64).into()),
            ),
            Tone::Dim,
        ),
        Para::new(tr.t(&catalog::item_key(&sec.id, &it.id)), Tone::Strong),
        Para::new(tr.t(&catalog::item_example_key(&sec.id, &it.id)), Tone::Dim),
    ];
    let single = matches!(it.kind, ItemKind::Single { .. });
    for (i, option) in it.kind.options().iter().enumerate() {
        let chosen = match answer {
            Some(Answer::Choice(c)) => c == option,
            Some(Answer::Choices(list)) => list.contains(option),
            _ => false,
        };
        let mark = match (single, chosen) {
            (true, true) => "(•)",
            (true, false) => "( )",
            (false, true) => "[x]",
            (false, false) => "[ ]",
        };
        let label = tr.t(&catalog::option_key(&sec.id, &it.id, option));
        page.options
            .push(Control::new(format!("{mark} {label}"), Action::Toggle(i)).chosen(chosen));
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
        let long = matches!(it.kind, ItemKind::LongText);
        page.field = Some(Field {
            area,
            lines: if long { 5 } else { 1 },
            label: tr.t(if long { "field-long" } else { "field-short" }),
        });
    }
    let last = item + 1 == sec.items.len();
    page.buttons = vec![
        Control::new(tr.t("button-back"), Action::Back),
        Control::new(
            tr.t(if last {
                "button-section-done"
            } else {
                "button-next"
            }),
            Action::Next,
        ),
    ];
    page
}

/// An answer in words, in the client's language.
pub fn answer_text(tr: Tr<'_>, section: &Section, item: &str, answer: &Answer) -> String {
    let option = |o: &str| tr.t(&catalog::option_key(&section.id, item, o));
    match answer {
        Answer::Choice(o) => option(o),
        Answer::Choices(list) => list
            .iter()
            .map(|o| option(o))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(t) => sanitize(t, true),
        Answer::DontKnow => tr.t("answer-dont-know"),
        Answer::PreferNotToSay => tr.t("answer-prefer-not"),
    }
}

pub fn summary<'a>(app: &App, tr: Tr<'_>, scroll: usize) -> Page<'a> {
    let mut page = blank(
        tr.t("summary-title"),
        help(tr, &["help-scroll", "help-confirm", "help-back"]),
    );
    page.text
        .push(Para::new(tr.t("summary-text"), Tone::Normal));
    let mut any = false;
    if let Some(client) = &app.client {
        for section in &app.catalog.sections {
            let answered: Vec<_> = section
                .items
                .iter()
                .filter_map(|i| {
                    client
                        .answers
                        .get(&item_path(&section.id, &i.id))
                        .map(|a| (i, a))
                })
                .collect();
            if answered.is_empty() {
                continue;
            }
            any = true;
            page.text.push(Para::new(
                tr.t(&catalog::section_key(&section.id)),
                Tone::Strong,
            ));
            for (item, answer) in answered {
                let question = tr.t(&catalog::item_key(&section.id, &item.id));
                let answer = answer_text(tr, section, &item.id, answer);
                page.text
                    .push(Para::new(format!("{question}\n  → {answer}"), Tone::Normal));
            }
        }
    }
    if !any {
        page.text.push(Para::new(tr.t("summary-empty"), Tone::Dim));
    }
    page.text_scroll = scroll;
    page.buttons = vec![
        Control::new(tr.t("summary-back"), Action::Back),
        Control::new(tr.t("button-finish"), Action::Finish),
    ];
    page
}

pub fn goodbye<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(tr.t("goodbye-title"), help(tr, &["help-confirm"]));
    let code = app
        .client
        .as_ref()
        .map(|c| c.code.to_string())
        .unwrap_or_default();
    page.text = vec![
        Para::new(tr.t("goodbye-text"), Tone::Normal),
        Para::new(format!("    {code}"), Tone::Strong),
        Para::new(tr.t("goodbye-code-hint"), Tone::Normal),
    ];
    page.buttons = vec![Control::new(tr.t("goodbye-done"), Action::Done)];
    page
}
