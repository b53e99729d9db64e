//! Each screen as a [`Page`]: what it says, what can be chosen, which keys work.
//! These functions only read the state; `app::update` changes it.

mod advisor;
pub mod checklist;
mod entry;
mod overlays;
pub mod summary;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::config::RtlMode;
use crate::i18n::{self, Tr};
use crate::kiosk::{App, Focus, MIN_SIZE, Overlay, SaveState, Screen};
use crate::store::StoreError;
use crate::ui::page::{self, Header, Para, Tone};
use crate::ui::text::wrap;

pub use overlays::{language_area, language_page};

/// A kiosk screen: the generic page of `ui` whose controls carry kiosk actions.
pub type Page<'a> = crate::ui::page::Page<'a, crate::kiosk::Action>;
/// A choice or button of a kiosk screen.
pub type Control = crate::ui::page::Control<crate::kiosk::Action>;

/// The page of the current screen (without pop-ups).
pub fn page(app: &App) -> Page<'_> {
    let mut page = page_in(app, &app.lang);
    let second = app.settings.second_language.as_str();
    if app.bilingual && second != app.lang {
        let other = page_in(app, second);
        merge_second_language(&mut page, other);
    }
    page
}

/// Adds the labels of `other` (the same screen in the second language) beneath
/// those of `page`.
fn merge_second_language<'a>(page: &mut Page<'a>, other: Page<'_>) {
    let mut text = Vec::new();
    for (mine, theirs) in page.text.drain(..).zip(other.text) {
        let differs = mine.text != theirs.text;
        text.push(mine);
        if differs {
            text.push(Para::new(theirs.text, Tone::Dim));
        }
    }
    page.text = text;
    for (mine, theirs) in page.options.iter_mut().zip(other.options) {
        if mine.label != theirs.label {
            mine.label = format!("{}\n{}", mine.label, theirs.label);
        }
    }
    for (mine, theirs) in page.buttons.iter_mut().zip(other.buttons) {
        if mine.label != theirs.label {
            mine.label = format!("{} / {}", mine.label, theirs.label);
        }
    }
    if let (Some(field), Some(theirs)) = (page.field.as_mut(), other.field) {
        field.label = format!("{} / {}", field.label, theirs.label);
    }
    if other.title != page.title {
        page.title = format!("{} / {}", page.title, other.title);
    }
}

/// `page` set to the direction of the client's language.
fn directed<'a>(app: &App, mut page: Page<'a>) -> Page<'a> {
    page.rtl = i18n::is_rtl(&app.lang);
    page.reorder = app.settings.rtl == RtlMode::App;
    page
}

/// The page of the current screen with every text in `lang`.
fn page_in<'a>(app: &'a App, lang: &str) -> Page<'a> {
    let tr = Tr::new(lang);
    let mut page = match &app.screen {
        Screen::Welcome => entry::welcome(app, tr),
        Screen::Start => entry::start(tr),
        Screen::Consent { scroll } => entry::consent(tr, *scroll),
        Screen::CodeShown => entry::code_shown(app, tr),
        Screen::CodeEntry { field, error } => entry::code_entry(app, tr, field, *error),
        Screen::Sections => checklist::sections(app, tr),
        Screen::Question {
            section,
            entry,
            item,
            field,
        } => checklist::question(app, tr, *section, entry.as_deref(), *item, field.as_deref()),
        Screen::Entries { section } => checklist::entries(app, tr, *section),
        Screen::EntryActions {
            section,
            entry,
            confirm_remove,
        } => checklist::entry_actions(app, tr, *section, entry, *confirm_remove),
        Screen::Summary { scroll } => summary::summary(app, tr, *scroll),
        Screen::Goodbye => summary::goodbye(app, tr),
        Screen::Advisor(screen) => advisor::page(app, tr, screen),
    };
    page.focus = match app.focus {
        Focus::Field => page.field_index().unwrap_or(0),
        Focus::Control(index) => index.min(page.focusable().saturating_sub(1)),
    };
    page.header = Some(header(app, tr));
    page.rtl = i18n::is_rtl(lang);
    page.reorder = app.settings.rtl == RtlMode::App;
    if let Some(notice) = &app.notice {
        let text = match notice.number {
            Some(n) => tr.t1(notice.key, "count", n),
            None => tr.t(notice.key),
        };
        let tone = if notice.warn { Tone::Warn } else { Tone::Ok };
        page.notice = Some(Para::new(text, tone));
    }
    page
}

fn header(app: &App, tr: Tr<'_>) -> Header {
    let progress = app.client.as_ref().map(|client| {
        let (answered, total) = client.overall_progress(&app.catalog);
        let label = tr.t2(
            "progress-label",
            ("answered", (answered as i64).into()),
            ("total", (total as i64).into()),
        );
        (answered, total, label)
    });
    let save_status = match (&app.save, app.client.is_some()) {
        (_, false) | (SaveState::Nothing, _) => None,
        (SaveState::Saving, _) => Some((tr.t("save-saving"), Tone::Dim)),
        (SaveState::Saved, _) => Some((tr.t("save-saved"), Tone::Ok)),
        (SaveState::Failing(_), _) => Some((tr.t("save-failed"), Tone::Warn)),
    };
    Header {
        language_button: tr.t1("language-button", "name", tr.t("language-name")),
        bilingual_button: tr.t("bilingual-button"),
        progress,
        save_status,
    }
}

/// The help line from the keys that apply on a page.
fn help(tr: Tr<'_>, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| tr.t(k))
        .chain(std::iter::once(tr.t("help-language")))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A page with no options or field yet.
fn blank<'a>(title: String, help: String) -> Page<'a> {
    Page {
        title,
        header: None,
        text: Vec::new(),
        text_scroll: 0,
        options: Vec::new(),
        field: None,
        field_first: false,
        notice: None,
        buttons: Vec::new(),
        focus: 0,
        help,
        qr: None,
        rtl: false,
        reorder: false,
    }
}

/// Draws the whole kiosk: the screen, then any pop-up.
pub fn view(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(app, frame, area);
        return;
    }
    if let Some(fault) = &app.fault {
        let staff = fault_page(&app.lang, fault);
        crate::ui::render(&staff, area, &app.theme, frame);
        return;
    }
    let screen = page(app);
    crate::ui::render(&screen, area, &app.theme, frame);
    match app.overlay {
        Some(Overlay::Languages { focus }) => {
            let popup = language_page(app, focus);
            crate::ui::render(&popup, language_area(app, &popup), &app.theme, frame);
        }
        Some(Overlay::StillThere { since }) => {
            let popup = overlays::still_there(app, since);
            let rect = page::popup_area(area, 56, 10);
            crate::ui::render(&popup, rect, &app.theme, frame);
        }
        None => {}
    }
}

fn too_small(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let tr = Tr::new(&app.lang);
    let text = tr.t2(
        "too-small",
        ("width", i64::from(MIN_SIZE.0).into()),
        ("height", i64::from(MIN_SIZE.1).into()),
    );
    let lines = wrap(&text, area.width.max(1) as usize);
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    frame.render_widget(ratatui::widgets::Clear, area);
    for (i, line) in lines.iter().enumerate().take(area.height as usize) {
        let rect = Rect::new(area.x, area.y + top + i as u16, area.width, 1);
        frame.render_widget(
            ratatui::widgets::Paragraph::new(if app.settings.rtl == RtlMode::App {
                crate::ui::bidi::visual(line, i18n::is_rtl(&app.lang))
            } else {
                line.clone()
            })
            .alignment(ratatui::layout::Alignment::Center)
            .style(app.theme.warn),
            rect,
        );
    }
}

/// A sentence about a storage problem, in the kiosk's language.
pub fn storage_sentence(tr: Tr<'_>, e: &StoreError) -> String {
    tr.t(e.message_id())
}

/// The screen shown while the database cannot be used: in `lang` and in English,
/// for staff, with what is wrong.
pub fn fault_page(lang: &str, error: &StoreError) -> Page<'static> {
    // A file gone, replaced or damaged during the run is never written again: the
    // kiosk must be restarted once staff have put the right file back.
    let retry_key = if error.is_fatal() {
        "fault-restart"
    } else {
        "fault-retrying"
    };
    let mut langs = vec![lang];
    if lang != crate::i18n::FALLBACK {
        langs.push(crate::i18n::FALLBACK);
    }
    let mut page = blank(Tr::new(lang).t("fault-title"), String::new());
    for (i, l) in langs.iter().enumerate() {
        let tr = Tr::new(l);
        if i > 0 {
            page.text.push(Para::new(tr.t("fault-title"), Tone::Strong));
        }
        page.text
            .push(Para::new(tr.t("fault-tell-staff"), Tone::Normal));
        page.text
            .push(Para::new(storage_sentence(tr, error), Tone::Warn));
        page.text.push(Para::new(tr.t(retry_key), Tone::Dim));
    }
    page.text.push(Para::new(
        crate::ui::text::sanitize(&error.to_string(), false),
        Tone::Dim,
    ));
    page
}
