//! The checklist: the section list, entries of repeated sections, one question at a
//! time, the summary, goodbye.

use std::collections::BTreeMap;

use ratatui_textarea::TextArea;

use super::{Control, Page};
use crate::domain::checklist::{self, Item, ItemKind};
use crate::domain::portfolio::{self, Portfolio};
use crate::domain::reference::reference;
use crate::domain::session::{self, Answer, SectionState, answer_path, rating_rows};
use crate::domain::wording::{answer_text, choice_text, competence_text, entries_of, entry_label};
use crate::i18n::{Tr, format_date, locales};
use crate::kiosk::{Action, App, LinkState};
use crate::ui::page::{Field, Para, QrBlock, Tone};
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
            let own = group.title.get(tr.lang);
            let label = if tr.lang == "de" || own == group.title.de {
                own.to_string()
            } else {
                format!("{own} · {}", group.title.de)
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

pub fn summary<'a>(app: &App, tr: Tr<'_>, scroll: usize) -> Page<'a> {
    let mut page = blank(
        tr.t("summary-title"),
        help(tr, &["help-scroll", "help-confirm", "help-back"]),
    );
    page.text
        .push(Para::new(tr.t("summary-text"), Tone::Normal));
    match &app.client {
        Some(client) if !client.answers.is_empty() => {
            let portfolio = portfolio::derive(client, &app.catalog, &app.lang);
            page.text.extend(summary_paras(tr, app, client, &portfolio));
        }
        _ => page.text.push(Para::new(tr.t("summary-empty"), Tone::Dim)),
    }
    page.text_scroll = scroll;
    page.buttons = vec![
        Control::new(tr.t("summary-back"), Action::Back),
        Control::new(tr.t("button-finish"), Action::Finish),
    ];
    page
}

/// A bar of `width` cells filled to `value` of `max`.
fn bar(value: f64, max: f64, width: usize) -> String {
    let filled = ((value / max).clamp(0.0, 1.0) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn summary_paras(
    tr: Tr<'_>,
    app: &App,
    client: &crate::domain::session::ClientSession,
    portfolio: &Portfolio,
) -> Vec<Para> {
    let mut out = Vec::new();
    // The stages of life as a timeline: one bar per stage on a common scale of years.
    let this_year = chrono::Datelike::year(&chrono::Utc::now()) as u16;
    let dated: Vec<_> = portfolio
        .timeline
        .iter()
        .filter_map(|s| Some((s, s.from?, s.to.unwrap_or(this_year).max(s.from?))))
        .collect();
    if let (Some(first), Some(last)) = (
        dated.iter().map(|(_, f, _)| *f).min(),
        dated.iter().map(|(_, _, t)| *t).max(),
    ) {
        out.push(Para::new(tr.t("summary-timeline"), Tone::Strong));
        let span = f64::from(last - first + 1);
        const WIDTH: usize = 24;
        let lines: Vec<String> = dated
            .iter()
            .map(|(stage, from, to)| {
                let start = (f64::from(from - first) / span * WIDTH as f64) as usize;
                let end = ((f64::from(to - first + 1) / span * WIDTH as f64).ceil() as usize)
                    .clamp(start + 1, WIDTH);
                let stage_name = stage
                    .stage
                    .as_deref()
                    .and_then(|s| {
                        app.catalog
                            .item("life", "stage")
                            .map(|i| choice_text(tr, "life", i, s))
                    })
                    .unwrap_or_default();
                let until = stage.to.map(|t| t.to_string()).unwrap_or_default();
                format!(
                    "{}{}{} {from}–{until:<4} {stage_name}{}",
                    "·".repeat(start),
                    "█".repeat(end - start),
                    "·".repeat(WIDTH - end),
                    stage
                        .place
                        .as_deref()
                        .map(|p| format!(", {}", sanitize(p, false)))
                        .unwrap_or_default()
                )
            })
            .collect();
        out.push(Para::new(lines.join("\n"), Tone::Normal));
    }
    // The competence profile as a chart: one bar per group, A=1 … C=3.
    let groups: Vec<_> = portfolio
        .competence_groups()
        .into_iter()
        .filter(|(_, n, _)| *n > 0)
        .collect();
    if !groups.is_empty() {
        out.push(Para::new(tr.t("summary-competences"), Tone::Strong));
        let lines: Vec<String> = groups
            .iter()
            .map(|(group, count, average)| {
                format!(
                    "{} {} {:.1}  ({})",
                    bar(*average, 3.0, 12),
                    tr.t(&format!("summary-group-{group}")),
                    average,
                    tr.t1("summary-rated", "count", *count as i64)
                )
            })
            .collect();
        out.push(Para::new(lines.join("\n"), Tone::Normal));
    }
    // The languages as a grid.
    if !portfolio.languages.is_empty() {
        out.push(Para::new(tr.t("summary-languages"), Tone::Strong));
        let lines: Vec<String> = portfolio
            .languages
            .iter()
            .map(|l| {
                let levels = if l.mother_tongue {
                    tr.t("summary-mother-tongue")
                } else {
                    portfolio::CEFR_SKILLS
                        .iter()
                        .map(|skill| {
                            let level = l.skills.get(*skill).cloned().flatten();
                            format!(
                                "{} {}",
                                tr.t(&format!("skill-{skill}")),
                                level.unwrap_or_else(|| "–".into())
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" · ")
                };
                format!("{}: {levels}", sanitize(&l.language, false))
            })
            .collect();
        out.push(Para::new(lines.join("\n"), Tone::Normal));
    }
    // Recognition needed before working in a regulated occupation.
    for flag in portfolio.regulated_flags() {
        out.push(Para::new(
            tr.t1("summary-regulated", "occupation", flag.reference_de.clone()),
            Tone::Warn,
        ));
    }
    // What to bring to the advisor.
    let bring = portfolio.documents_to_bring(tr.lang);
    if !bring.is_empty() {
        out.push(Para::new(tr.t("summary-bring"), Tone::Strong));
        out.push(Para::new(
            bring
                .iter()
                .map(|d| format!("• {d}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Tone::Normal,
        ));
    }
    // Every answer, section by section.
    for section in &app.catalog.sections {
        let mut paras = Vec::new();
        let answered = |entry: Option<&str>, paras: &mut Vec<Para>| {
            for item in &section.items {
                if let Some(answer) = client
                    .answers
                    .get(&answer_path(&section.id, entry, &item.id))
                {
                    paras.push(Para::new(
                        format!(
                            "{}\n  → {}",
                            tr.t(&checklist::item_key(&section.id, &item.id)),
                            answer_text(tr, section, &item.id, answer)
                        ),
                        Tone::Normal,
                    ));
                }
            }
        };
        if section.repeat {
            for (n, entry) in entries_of(&client.answers, &section.id).iter().enumerate() {
                paras.push(Para::new(
                    format!(
                        "{}. {}",
                        n + 1,
                        entry_label(tr, &client.answers, section, entry)
                    ),
                    Tone::Strong,
                ));
                answered(Some(entry), &mut paras);
            }
        } else {
            answered(None, &mut paras);
        }
        if !paras.is_empty() {
            out.push(Para::new(
                tr.t(&checklist::section_key(&section.id)).to_uppercase(),
                Tone::Strong,
            ));
            out.extend(paras);
        }
    }
    out
}

pub fn goodbye<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(tr.t("goodbye-title"), help(tr, &["help-confirm"]));
    let code = app
        .client
        .as_ref()
        .map(|c| c.code.to_string())
        .unwrap_or_default();
    // "Saved" is said only while it is true.
    let failing = matches!(app.save, crate::kiosk::SaveState::Failing(_));
    page.text = vec![
        if failing {
            Para::new(tr.t("goodbye-text-unsaved"), Tone::Warn)
        } else {
            Para::new(tr.t("goodbye-text"), Tone::Normal)
        },
        Para::new(format!("    {code}"), Tone::Strong),
        Para::new(tr.t("goodbye-code-hint"), Tone::Normal),
    ];
    match &app.link {
        Some(LinkState::Ready { url, until }) => {
            let (text, qr) = link_paragraphs(tr, url, *until);
            page.text.extend(text);
            page.qr = qr;
        }
        Some(LinkState::Failed) if !failing => {
            page.text.push(Para::new(tr.t("qr-no-link"), Tone::Warn));
        }
        Some(LinkState::Failed | LinkState::Pending) | None => {}
    }
    page.buttons = vec![Control::new(tr.t("goodbye-done"), Action::Done)];
    page
}

/// A portfolio link on screen: how to scan it, the address and how long it works,
/// and the QR code (with what to say when the screen is too small for it).
pub fn link_paragraphs(
    tr: Tr<'_>,
    url: &str,
    until: chrono::NaiveDate,
) -> (Vec<Para>, Option<QrBlock>) {
    let valid = tr.t1("qr-valid-until", "date", format_date(tr.lang, until));
    let address = Para::new(url.to_string(), Tone::Strong);
    match qr_modules(url) {
        Some(modules) => (
            vec![
                Para::new(tr.t("qr-scan"), Tone::Normal),
                address,
                Para::new(valid, Tone::Dim),
            ],
            Some(QrBlock {
                modules,
                fallback: vec![Para::new(tr.t("qr-too-small"), Tone::Warn)],
            }),
        ),
        None => (vec![address, Para::new(valid, Tone::Dim)], None),
    }
}

/// Quiet-zone modules on each side of a QR code (the standard's four).
pub const QR_QUIET_ZONE: usize = 4;

/// The modules of `text` as a QR code (smallest version, error correction level L,
/// which keeps it small enough for 80×24) with its quiet zone; dark = `true`.
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    // The end screen is drawn ten times a second; encode each address once.
    type Last = std::sync::Mutex<Option<(String, Option<Vec<Vec<bool>>>)>>;
    static LAST: Last = std::sync::Mutex::new(None);
    if let Ok(last) = LAST.lock()
        && let Some((url, modules)) = last.as_ref()
        && url == text
    {
        return modules.clone();
    }
    let modules = encode_qr(text);
    if let Ok(mut last) = LAST.lock() {
        *last = Some((text.to_string(), modules.clone()));
    }
    modules
}

fn encode_qr(text: &str) -> Option<Vec<Vec<bool>>> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
    let w = code.width();
    let colors = code.to_colors();
    let side = w + 2 * QR_QUIET_ZONE;
    let mut rows = vec![vec![false; side]; side];
    for y in 0..w {
        for x in 0..w {
            rows[y + QR_QUIET_ZONE][x + QR_QUIET_ZONE] = colors[y * w + x] == qrcode::Color::Dark;
        }
    }
    Some(rows)
}
