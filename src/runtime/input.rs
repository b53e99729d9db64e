//! From what the terminal reports to what the person meant: the screen is laid out
//! once per event, a tap is hit-tested against that layout, the focus is resolved,
//! and `update` receives a [`Msg`] such as "press this control", "type this letter"
//! or "back" (The Elm Architecture's `handle_event`). Nothing here changes state.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui_textarea::CursorMove;

use crate::domain::checklist::ItemKind;
use crate::kiosk::{AdvisorScreen, App, Edit, Msg, Overlay, Screen};
use crate::ui::page::Target;
use crate::ui::text::is_typeable;
use crate::view;

/// Lines a PageUp or PageDown scrolls; a wheel step scrolls [`WHEEL_LINES`].
const PAGE_LINES: isize = 5;
/// Lines one wheel step (or a swipe) scrolls.
const WHEEL_LINES: isize = 3;

/// What `event` means on the screen `app` shows now; `None` for events that mean
/// nothing (a key released, the mouse moved, the window's focus changed).
pub fn message(app: &App, event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(on_key(app, key)),
        Event::Key(_) => None,
        Event::Mouse(mouse) => on_mouse(app, mouse),
        Event::Paste(text) => Some(on_paste(app, text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::FocusGained | Event::FocusLost => None,
    }
}

fn on_key(app: &App, key: KeyEvent) -> Msg {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        // Ctrl-C, -Z, -\ and -D never quit or suspend; `update` lets --dev quit.
        return match key.code {
            KeyCode::Char('c' | 'q') => Msg::DevQuit,
            _ => Msg::Touch,
        };
    }
    match key.code {
        KeyCode::F(n) if n == app.settings.advisor_key => return Msg::AdvisorKey,
        KeyCode::F(2) => return Msg::Languages,
        KeyCode::F(3) => return Msg::Bilingual,
        _ => {}
    }
    if let Some(Overlay::Languages { focus }) = app.overlay {
        return on_language_key(app, focus, key.code);
    }
    let page = view::page(app);
    let field_focused = page.field_index() == Some(page.focus);
    if field_focused && let Some(msg) = field_key(app, key.code) {
        return msg;
    }
    let count = page.focusable();
    let first_button = page.first_button_index();
    let on_option = page.focus >= page.first_option_index() && page.focus < first_button;
    if on_option && matches!(app.question_kind(), Some(ItemKind::Ratings { .. })) {
        let row = page.focus - page.first_option_index();
        match key.code {
            KeyCode::Right => return Msg::Rate { row, delta: 1 },
            KeyCode::Left => return Msg::Rate { row, delta: -1 },
            _ => {}
        }
    }
    let step = |delta: isize| match count {
        0 => Msg::Touch,
        n => Msg::Focus((page.focus as isize + delta).rem_euclid(n as isize) as usize),
    };
    match key.code {
        KeyCode::Up | KeyCode::BackTab => step(-1),
        KeyCode::Down | KeyCode::Tab => step(1),
        KeyCode::Left if page.focus >= first_button => step(-1),
        KeyCode::Right if page.focus >= first_button => step(1),
        KeyCode::Enter | KeyCode::Char(' ') => match page.control(page.focus) {
            Some(control) => Msg::Press {
                focus: None,
                action: control.action.clone(),
            },
            None => Msg::Touch,
        },
        KeyCode::Esc => Msg::Back,
        KeyCode::PageDown => scroll(app, PAGE_LINES),
        KeyCode::PageUp => scroll(app, -PAGE_LINES),
        // Typing anywhere on the code screen goes into the code field.
        KeyCode::Char(c) if matches!(app.screen, Screen::CodeEntry { .. }) && is_typeable(c) => {
            Msg::Edit(Edit::Insert(c))
        }
        _ => Msg::Touch,
    }
}

/// Keys for the focused text field; `None` for keys the page handles instead.
fn field_key(app: &App, code: KeyCode) -> Option<Msg> {
    let multiline = app.field_multiline();
    let edit = match code {
        KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc | KeyCode::PageUp | KeyCode::PageDown => {
            return None;
        }
        KeyCode::Up | KeyCode::Down if !multiline => return None,
        KeyCode::Enter => Edit::Submit,
        KeyCode::Char(c) if is_typeable(c) => Edit::Insert(c),
        KeyCode::Char(_) => return Some(Msg::Touch),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Move(CursorMove::Back),
        KeyCode::Right => Edit::Move(CursorMove::Forward),
        KeyCode::Up => Edit::Move(CursorMove::Up),
        KeyCode::Down => Edit::Move(CursorMove::Down),
        KeyCode::Home => Edit::Move(CursorMove::Head),
        KeyCode::End => Edit::Move(CursorMove::End),
        _ => return Some(Msg::Touch),
    };
    Some(Msg::Edit(edit))
}

fn on_language_key(app: &App, focus: usize, code: KeyCode) -> Msg {
    let count = app.settings.languages.len() + 1;
    let next = |d: isize| (focus as isize + d).rem_euclid(count as isize) as usize;
    match code {
        KeyCode::Up | KeyCode::BackTab | KeyCode::Left => Msg::LanguageFocus(next(-1)),
        KeyCode::Down | KeyCode::Tab | KeyCode::Right => Msg::LanguageFocus(next(1)),
        KeyCode::Esc => Msg::CloseOverlay,
        KeyCode::Enter | KeyCode::Char(' ') => {
            match view::language_page(app, focus).control(focus) {
                Some(control) => Msg::Press {
                    focus: None,
                    action: control.action.clone(),
                },
                None => Msg::Touch,
            }
        }
        _ => Msg::Touch,
    }
}

/// Scrolling: the text of a long screen, else the focus by one.
fn scroll(app: &App, lines: isize) -> Msg {
    let scrollable = match &app.screen {
        Screen::Consent { .. } | Screen::Summary { .. } => true,
        Screen::Advisor(s) => matches!(s.as_ref(), AdvisorScreen::Audit { .. }),
        _ => false,
    };
    let page = view::page(app);
    if scrollable {
        let max = crate::ui::layout(&page, app.area()).max_text_scroll();
        return Msg::Scroll { lines, max };
    }
    match page.focusable() {
        0 => Msg::Touch,
        n => Msg::Focus((page.focus as isize + lines.signum()).rem_euclid(n as isize) as usize),
    }
}

fn on_mouse(app: &App, mouse: MouseEvent) -> Option<Msg> {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {}
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp if app.too_small() => {
            return Some(Msg::Touch);
        }
        MouseEventKind::ScrollDown => return Some(scroll(app, WHEEL_LINES)),
        MouseEventKind::ScrollUp => return Some(scroll(app, -WHEEL_LINES)),
        // Another button, or a finger sliding: a touch, as the screen was touched.
        MouseEventKind::Down(_) => return Some(Msg::Touch),
        _ => return None,
    }
    if app.too_small() {
        return Some(Msg::Touch);
    }
    let (x, y) = (mouse.column, mouse.row);
    if let Some(Overlay::Languages { .. }) = app.overlay {
        let popup = view::language_page(app, 0);
        let placed = crate::ui::layout(&popup, view::language_area(app, &popup));
        return Some(match placed.hit(x, y) {
            Some(Target::Control(index)) => match popup.control(index) {
                Some(control) => Msg::Press {
                    focus: None,
                    action: control.action.clone(),
                },
                None => Msg::Touch,
            },
            _ if !placed.outer.contains(ratatui::layout::Position::new(x, y)) => Msg::CloseOverlay,
            _ => Msg::Touch,
        });
    }
    let page = view::page(app);
    let placed = crate::ui::layout(&page, app.area());
    Some(match placed.hit(x, y) {
        Some(Target::Language) => Msg::Languages,
        Some(Target::Bilingual) => Msg::Bilingual,
        Some(Target::Control(index)) => match page.control(index) {
            Some(control) => Msg::Press {
                focus: Some(index),
                action: control.action.clone(),
            },
            // A tap in the field: the text cursor goes where it landed.
            None => match (placed.field, &page.field) {
                (Some(rect), Some(field)) => {
                    let row = y.saturating_sub(rect.y + 1);
                    let col = x.saturating_sub(rect.x + 1);
                    let (top, left) = field.area.scroll_offset();
                    let at = field
                        .area
                        .screen_to_data((row + top) as usize, (col + left) as usize);
                    Msg::Edit(Edit::Move(CursorMove::Jump(
                        u16::try_from(at.0).unwrap_or(u16::MAX),
                        u16::try_from(at.1).unwrap_or(u16::MAX),
                    )))
                }
                _ => Msg::Focus(index),
            },
        },
        None => Msg::Touch,
    })
}

/// Pasted text goes into the screen's field (which takes the focus); with a pop-up
/// open, or no field on screen, it goes nowhere.
fn on_paste(app: &App, text: String) -> Msg {
    if app.overlay.is_some() || app.field_text().is_none() {
        return Msg::Touch;
    }
    Msg::Edit(Edit::Paste(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::Action;

    fn app() -> App {
        App::for_tests(std::time::Instant::now())
    }

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn tap(x: u16, y: u16) -> Event {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    }

    #[test]
    fn keys_become_what_they_mean_on_the_welcome_screen() {
        let app = app();
        assert!(matches!(
            message(&app, key(KeyCode::Down)),
            Some(Msg::Focus(1))
        ));
        assert!(matches!(message(&app, key(KeyCode::Up)), Some(Msg::Focus(n)) if n > 1));
        match message(&app, key(KeyCode::Enter)) {
            Some(Msg::Press {
                focus: None,
                action,
            }) => {
                assert_eq!(action, Action::ChooseLanguage("de".into()));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            message(&app, key(KeyCode::F(12))),
            Some(Msg::AdvisorKey)
        ));
        assert!(matches!(
            message(&app, key(KeyCode::F(2))),
            Some(Msg::Languages)
        ));
        assert!(matches!(message(&app, key(KeyCode::Esc)), Some(Msg::Back)));
        let released = Event::Key(KeyEvent {
            kind: KeyEventKind::Release,
            ..KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
        });
        assert!(message(&app, released).is_none());
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert!(matches!(message(&app, ctrl_c), Some(Msg::DevQuit)));
    }

    #[test]
    fn a_tap_is_hit_tested_against_the_screen_as_drawn() {
        let app = app();
        let page = view::page(&app);
        let placed = crate::ui::layout(&page, app.area());
        let (index, rect) = placed.options[2];
        match message(&app, tap(rect.x + 1, rect.y)) {
            Some(Msg::Press {
                focus: Some(i),
                action,
            }) => {
                assert_eq!(i, index);
                assert_eq!(action, page.control(index).unwrap().action);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            message(&app, tap(placed.language.x + 1, placed.language.y)),
            Some(Msg::Languages)
        ));
        // A tap on nothing only says somebody is there.
        assert!(matches!(
            message(&app, tap(0, app.size.1 - 3)),
            Some(Msg::Touch)
        ));
    }

    #[test]
    fn a_paste_without_a_field_goes_nowhere() {
        let app = app();
        assert!(matches!(
            message(&app, Event::Paste("x".into())),
            Some(Msg::Touch)
        ));
    }
}
