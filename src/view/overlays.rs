//! Pop-ups over any screen: the language picker and "Are you still there?".

use std::time::Instant;

use ratatui::layout::Rect;

use super::{Control, Page};
use crate::i18n::Tr;
use crate::kiosk::{Action, App};
use crate::ui::page::{self, Para, Tone};

use super::blank;

/// The language picker, with `focus` on one language (or the close button after them).
pub fn language_page(app: &App, focus: usize) -> Page<'static> {
    let tr = Tr::new(&app.lang);
    let mut page = blank(tr.t("languages-title"), String::new());
    page.options = super::entry::language_options(app);
    page.buttons = vec![Control::new(tr.t("button-close"), Action::CloseOverlay)];
    page.focus = focus;
    super::directed(app, page)
}

/// Where the language picker sits on the screen.
pub fn language_area(app: &App, page: &Page<'_>) -> Rect {
    let rows = page.options.len() as u16 + 4;
    page::popup_area(app.area(), 44, rows)
}

/// "Are you still there?" with the seconds left.
pub fn still_there(app: &App, since: Instant) -> Page<'static> {
    let tr = Tr::new(&app.lang);
    let left = app
        .settings
        .idle_countdown
        .saturating_sub(app.now.saturating_duration_since(since))
        .as_secs_f64()
        .ceil() as i64;
    let mut page = blank(tr.t("idle-title"), String::new());
    page.text = vec![
        Para::new(tr.t1("idle-text", "seconds", left), Tone::Normal),
        Para::new(tr.t("idle-privacy"), Tone::Dim),
    ];
    page.buttons = vec![Control::new(tr.t("idle-stay"), Action::StillHere)];
    super::directed(app, page)
}
