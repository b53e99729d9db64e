//! The summary of all answers, the goodbye screen, and a portfolio link as a QR
//! code.

use super::{Control, Page};
use super::{blank, help};
use crate::domain::checklist;
use crate::domain::portfolio::{self, Portfolio};
use crate::domain::session::answer_path;
use crate::domain::wording::{answer_text, choice_text, entries_of, entry_label};
use crate::i18n::{Tr, format_date};
use crate::kiosk::{Action, App, LinkState};
use crate::ui::page::{Para, QrBlock, Tone};
use crate::ui::text::sanitize;

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
    timeline_paras(tr, app, portfolio, &mut out);
    competence_paras(tr, portfolio, &mut out);
    language_paras(tr, portfolio, &mut out);
    recognition_paras(tr, portfolio, &mut out);
    answer_paras(tr, app, client, &mut out);
    out
}

/// What recognition means for the client, each notice once, where to get free
/// advice, and the papers to bring to the advisor.
fn recognition_paras(tr: Tr<'_>, portfolio: &Portfolio, out: &mut Vec<Para>) {
    use crate::domain::portfolio::AdviceKind;
    for advice in &portfolio.recognition {
        let tone = match advice.kind {
            AdviceKind::Licence | AdviceKind::OwnRoute if !advice.partly => Tone::Warn,
            _ => Tone::Normal,
        };
        out.push(Para::new(advice.text.clone(), tone));
    }
    if !portfolio.recognition.is_empty() {
        out.push(Para::new(tr.t("recognition-help"), Tone::Normal));
    }
    let bring = portfolio.documents_to_bring(tr.lang);
    if !bring.is_empty() {
        out.push(Para::new(tr.t("summary-bring"), Tone::Strong));
        out.push(Para::new(
            bring
                .iter()
                .map(|(d, _)| format!("• {d}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Tone::Normal,
        ));
    }
}

/// The stages of life as a timeline: one bar per stage on a common scale of years.
fn timeline_paras(tr: Tr<'_>, app: &App, portfolio: &Portfolio, out: &mut Vec<Para>) {
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
}

/// The competence profile as a chart: one bar per group, A=1 … C=3.
fn competence_paras(tr: Tr<'_>, portfolio: &Portfolio, out: &mut Vec<Para>) {
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
}

/// The languages as a grid.
fn language_paras(tr: Tr<'_>, portfolio: &Portfolio, out: &mut Vec<Para>) {
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
}

/// Every answer, section by section.
fn answer_paras(
    tr: Tr<'_>,
    app: &App,
    client: &crate::domain::session::ClientSession,
    out: &mut Vec<Para>,
) {
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
