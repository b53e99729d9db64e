//! `update`: the only place the state changes. It takes what a person meant (as
//! the runtime read it off the screen), time and storage's answers, and returns the
//! effects for the runtime to carry out. It builds no view and does no I/O.

use std::time::{Duration, Instant};

use ratatui_textarea::{Input, Key};

use crate::kiosk::action::{Action, AdvisorAction};
use crate::kiosk::advisor;
use crate::kiosk::answers::{self, save_draft_now};
use crate::kiosk::client::{self, reset};
use crate::kiosk::msg::{Edit, Effect, Msg};
use crate::kiosk::state::{
    App, Focus, LinkState, Overlay, SaveState, Screen, new_field, set_notice,
};
use crate::store::{Change, SaveReport, StoreError};
use crate::ui::text::sanitize;

/// Typed text is saved once typing pauses this long …
pub(crate) const DRAFT_PAUSE: Duration = Duration::from_millis(300);

/// … or at the latest this long after the first unsaved keystroke.
pub(crate) const DRAFT_MAX_DELAY: Duration = Duration::from_millis(900);

/// How often an open session is checked for changes made at another terminal.
pub(crate) const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// Applies `msg` at time `now`; returns what the runtime must do.
pub fn update(app: &mut App, msg: Msg, now: Instant) -> Vec<Effect> {
    app.now = now;
    let mut fx = Vec::new();
    if msg.is_input() && !input_begins(app, now) {
        return fx;
    }
    match msg {
        Msg::Press { focus, action } => {
            if let Some(index) = focus {
                app.focus = Focus::Control(index);
            }
            activate(app, action, &mut fx);
        }
        Msg::Focus(index) => app.focus = Focus::Control(index),
        Msg::Edit(edit) => edit_field(app, edit, &mut fx),
        Msg::Back => back(app, &mut fx),
        Msg::Scroll { lines, max } => scroll(app, lines, max),
        Msg::Rate { row, delta } => answers::rate(app, row, delta, &mut fx),
        Msg::Languages => client::toggle_languages(app),
        Msg::LanguageFocus(focus) => app.overlay = Some(Overlay::Languages { focus }),
        Msg::CloseOverlay => app.overlay = None,
        Msg::Bilingual => app.bilingual = !app.bilingual,
        Msg::AdvisorKey => advisor::key(app, &mut fx),
        Msg::DevQuit => {
            // Kiosk mode: Ctrl-C never quits; only --dev may.
            if app.settings.dev {
                save_draft_now(app, &mut fx);
                fx.push(Effect::Quit);
            }
        }
        Msg::Touch => {}
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Tick => on_tick(app, now, &mut fx),
        Msg::Created(result) => client::on_created(app, result, &mut fx),
        Msg::Loaded(result) => client::on_loaded(app, result, &mut fx),
        Msg::CodeWait(wait) => client::on_code_wait(app, wait),
        Msg::Advisor(reply) => advisor::on_reply(app, reply, &mut fx),
        Msg::LinkMade(result) => on_link_made(app, result, &mut fx),
        Msg::Save(report) => on_save_report(app, report, &mut fx),
        Msg::Terminate => {
            save_draft_now(app, &mut fx);
            fx.push(Effect::Quit);
        }
    }
    // An advisor's first change to a client's answers (on any screen) is audited.
    let edits = fx.iter().any(|e| {
        matches!(
            e,
            Effect::Write(Change::Answer { .. } | Change::Entries { .. })
        )
    });
    if edits
        && let (Some(advisor), Some(client)) = (&mut app.advisor, &app.client)
        && !advisor.edit_logged
    {
        advisor.edit_logged = true;
        fx.push(advisor::audit_line(
            &advisor.name,
            "edit",
            Some(&client.code),
        ));
    }
    let writes = fx.iter().filter(|e| matches!(e, Effect::Write(_))).count();
    if writes > 0 {
        app.unsaved += writes;
        if !matches!(app.save, SaveState::Failing(_)) {
            app.save = SaveState::Saving;
        }
    }
    fx
}

/// The end screen's portfolio link was made (or not).
fn on_link_made(
    app: &mut App,
    result: Result<crate::store::NewLink, StoreError>,
    fx: &mut Vec<Effect>,
) {
    if !matches!(app.screen, Screen::Goodbye) || app.link != Some(LinkState::Pending) {
        return;
    }
    app.link = Some(match result {
        Ok(link) => LinkState::Ready {
            url: app.settings.link_url(&link.token),
            until: link.until,
        },
        Err(StoreError::SessionGone) => return advisor::close_session(app, fx),
        Err(e) => {
            tracing::error!(error = %e, "portfolio link could not be made");
            LinkState::Failed
        }
    });
}

/// An edit of the screen's text field, which takes the focus.
fn edit_field(app: &mut App, edit: Edit, fx: &mut Vec<Effect>) {
    if app.field_text().is_none() {
        return;
    }
    app.focus = Focus::Field;
    let multiline = app.field_multiline();
    let input = match edit {
        Edit::Submit if !multiline => return submit_field(app, fx),
        Edit::Submit | Edit::Newline => {
            if !room_for(app, 1) {
                return;
            }
            Input {
                key: Key::Enter,
                ..Input::default()
            }
        }
        Edit::Insert(c) => {
            if !crate::ui::text::is_typeable(c) || !room_for(app, 1) {
                return;
            }
            Input {
                key: Key::Char(c),
                ..Input::default()
            }
        }
        Edit::Backspace => Input {
            key: Key::Backspace,
            ..Input::default()
        },
        Edit::Delete => Input {
            key: Key::Delete,
            ..Input::default()
        },
        Edit::Move(movement) => {
            if let Some(field) = app.field_mut() {
                field.move_cursor(movement);
            }
            return;
        }
        Edit::Paste(text) => return paste(app, &text),
    };
    let changed = app
        .field_mut()
        .is_some_and(|f| f.input_without_shortcuts(input));
    if changed {
        field_edited(app);
    }
}

/// Enter in a one-line field: what the screen's main button does.
fn submit_field(app: &mut App, fx: &mut Vec<Effect>) {
    let action = match app.screen {
        Screen::Advisor(_) => Action::Advisor(crate::kiosk::action::AdvisorAction::Submit),
        Screen::CodeEntry { .. } => Action::SubmitCode,
        _ => Action::Next,
    };
    activate(app, action, fx);
}

/// Pasted text, made inert and cut to what the field still takes.
fn paste(app: &mut App, text: &str) {
    let clean = sanitize(text, app.field_multiline());
    let used = app.field_text().map_or(0, |t| t.chars().count());
    let room = app.field_limit().saturating_sub(used);
    let kept: String = clean.chars().take(room).collect();
    if kept.chars().count() < clean.chars().count() {
        set_notice(app, "notice-paste-shortened", Some(room as i64), true);
    }
    let inserted = app.field_mut().is_some_and(|f| f.insert_str(&kept));
    if inserted {
        field_edited(app);
    }
}

/// Scrolls the text of a long screen (the privacy notice, the summary, the audit log).
fn scroll(app: &mut App, lines: isize, max: usize) {
    let apply = |s: &mut usize| *s = (*s as isize + lines).clamp(0, max as isize) as usize;
    match &mut app.screen {
        Screen::Consent { scroll } | Screen::Summary { scroll } => apply(scroll),
        Screen::Advisor(s) => {
            if let crate::kiosk::state::AdvisorScreen::Audit { scroll, .. } = s.as_mut() {
                apply(scroll);
            }
        }
        _ => {}
    }
}

/// What the storage thread said about writes.
pub(crate) fn on_save_report(app: &mut App, report: SaveReport, fx: &mut Vec<Effect>) {
    let settled = |app: &mut App, n: usize| {
        app.unsaved = app.unsaved.saturating_sub(n);
        if app.unsaved == 0 && !matches!(app.save, SaveState::Nothing) {
            app.save = SaveState::Saved;
        }
    };
    match report {
        SaveReport::Saved { session, version } => {
            app.fault = None;
            // Our own write: the session is one version further. A larger step means
            // another terminal wrote too; the next refresh brings its changes.
            if let Some(client) = app.client.as_mut().filter(|c| c.id == session)
                && version == client.version + 1
            {
                client.version = version;
            }
            if matches!(app.save, SaveState::Failing(_)) {
                app.save = SaveState::Saving;
            }
            settled(app, 1);
        }
        SaveReport::Failed(e) => {
            // The writes wait in the storage thread and are tried again.
            if e.is_fatal() {
                app.fault = Some(e.clone());
            }
            app.save = SaveState::Failing(e);
        }
        SaveReport::Conflict {
            session,
            item,
            current,
        } => {
            settled(app, 1);
            if let Some(client) = app.client.as_mut().filter(|c| c.id == session) {
                // Changed at another terminal: show what is stored now, and say so.
                match current {
                    Some(answer) => client.answers.insert(item.clone(), answer),
                    None => client.answers.remove(&item),
                };
                if answers::current_path(app).is_none_or(|(path, _)| path != item) {
                    client::go_to_question(app, &item, fx);
                }
                answers::show_stored_answer(app, &item);
                set_notice(app, "notice-changed-elsewhere", None, true);
            }
        }
        SaveReport::Gone { session, dropped } => {
            settled(app, dropped);
            if app.client.as_ref().is_some_and(|c| c.id == session) {
                advisor::close_session(app, fx);
            }
        }
        SaveReport::Current(current) => {
            let ours = app
                .client
                .as_ref()
                .is_some_and(|c| c.id == current.id && c.code == current.code);
            // Only when nothing of ours is on its way: it would not be in `current`.
            if ours && app.unsaved == 0 {
                client::merge_current(app, current);
            }
        }
    }
}

/// Notes the input; returns false when it only dismissed "Are you still there?".
pub(crate) fn input_begins(app: &mut App, now: Instant) -> bool {
    app.last_input = now;
    if matches!(app.overlay, Some(Overlay::StillThere { .. })) {
        app.overlay = None;
        return false;
    }
    true
}

/// Carries out what a control does.
pub fn activate(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    app.notice = None;
    match action {
        Action::ChooseLanguage(lang) => client::choose_language(app, lang, fx),
        Action::NewClient => client::go(app, Screen::Consent { scroll: 0 }),
        Action::HaveCode => {
            client::go(
                app,
                Screen::CodeEntry {
                    field: new_field("", (0, 0), false),
                    error: None,
                },
            );
            // A wait earned here before still holds (it is kept in the database).
            fx.push(Effect::CodeWait);
        }
        Action::Consent => fx.push(Effect::Create(app.lang.clone())),
        Action::Decline => reset(app, fx),
        Action::CodeNoted => client::go_sections(app, fx),
        Action::SubmitCode => client::submit_code(app, fx),
        Action::OpenSection(section) => client::open_section(app, section, fx),
        Action::Toggle(option) => answers::toggle(app, option, fx),
        Action::Special(answer) => answers::answer_special(app, answer, fx),
        Action::Next => client::step(app, 1, fx),
        Action::Back => back(app, fx),
        Action::ShowSummary => client::go_summary(app, fx),
        Action::Finish if app.advisor.is_some() => {
            advisor::activate(app, AdvisorAction::ClientHome, fx);
        }
        Action::Finish => {
            save_draft_now(app, fx);
            client::go(app, Screen::Goodbye);
            // A new link each visit: an earlier one's token cannot be read back.
            if let Some(client) = &app.client {
                app.link = Some(LinkState::Pending);
                fx.push(Effect::MakeLink(client.key()));
            }
        }
        Action::Done => reset(app, fx),
        Action::StillHere | Action::CloseOverlay => app.overlay = None,
        Action::OpenLanguages => client::toggle_languages(app),
        Action::FocusField => app.focus = Focus::Field,
        Action::AddEntry => client::add_entry(app, fx),
        Action::NoEntries => client::no_entries(app, fx),
        Action::OpenEntry(entry) => {
            if let Screen::Entries { section } = app.screen {
                client::go(
                    app,
                    Screen::EntryActions {
                        section,
                        entry,
                        confirm_remove: false,
                    },
                );
            }
        }
        Action::EditEntry => {
            if let Screen::EntryActions { section, entry, .. } = &app.screen {
                let (section, entry) = (*section, entry.clone());
                client::enter_asked(app, section, Some(entry), 0, 1, fx);
            }
        }
        Action::MoveEntry(delta) => client::move_entry(app, delta, fx),
        Action::RemoveEntry => client::remove_entry(app, fx),
        Action::PickOccupation(code) => answers::pick_occupation(app, code, fx),
        Action::Advisor(action) => advisor::activate(app, action, fx),
    }
}

pub(crate) fn back(app: &mut App, fx: &mut Vec<Effect>) {
    match &app.screen {
        Screen::Advisor(_) => advisor::back(app, fx),
        Screen::Sections if app.advisor.is_some() => {
            advisor::activate(app, AdvisorAction::ClientHome, fx);
        }
        Screen::Welcome | Screen::Sections | Screen::CodeShown => {}
        Screen::Start => client::go(app, Screen::Welcome),
        Screen::Consent { .. } | Screen::CodeEntry { .. } => client::go(app, Screen::Start),
        Screen::Question { .. } => client::step(app, -1, fx),
        Screen::Entries { .. } => client::go_sections(app, fx),
        Screen::EntryActions { section, .. } => {
            let section = *section;
            client::go_entries(app, section, fx);
        }
        Screen::Summary { .. } => client::go_sections(app, fx),
        Screen::Goodbye => reset(app, fx),
    }
}

pub(crate) fn on_tick(app: &mut App, now: Instant, fx: &mut Vec<Effect>) {
    if let Some(since) = app.draft_since
        && (now.duration_since(app.last_edit) >= DRAFT_PAUSE
            || now.duration_since(since) >= DRAFT_MAX_DELAY)
    {
        save_draft_now(app, fx);
    }
    if app.notice.as_ref().is_some_and(|n| n.until <= now) {
        app.notice = None;
    }
    // Another terminal (or an advisor) may have changed the open session.
    if let Some(client) = &app.client
        && now.duration_since(app.last_refresh) >= REFRESH_EVERY
    {
        app.last_refresh = now;
        fx.push(Effect::Refresh(client.key(), client.version));
    }
    if advisor::idle(app, now) {
        tracing::info!("advisor idle: logged out");
        advisor::logout(app, fx);
        return;
    }
    if app.advisor.is_some() {
        return;
    }
    let at_rest = matches!(app.screen, Screen::Welcome)
        && app.client.is_none()
        && app.lang == app.settings.default_language
        && app.overlay.is_none();
    match app.overlay {
        Some(Overlay::StillThere { since })
            if now.duration_since(since) >= app.settings.idle_countdown =>
        {
            tracing::info!("idle: back to welcome");
            reset(app, fx);
        }
        Some(Overlay::StillThere { .. }) => {}
        _ if !at_rest && now.duration_since(app.last_input) >= app.settings.idle_timeout => {
            app.overlay = Some(Overlay::StillThere { since: now });
        }
        _ => {}
    }
}

/// Whether `n` more characters fit in the field; sets a notice when not.
pub(crate) fn room_for(app: &mut App, n: usize) -> bool {
    let used = app.field_text().map_or(0, |t| t.chars().count());
    if used + n > app.field_limit() {
        set_notice(
            app,
            "notice-field-full",
            Some(app.field_limit() as i64),
            true,
        );
        return false;
    }
    true
}

pub(crate) fn field_edited(app: &mut App) {
    if matches!(app.screen, Screen::Question { .. }) {
        app.draft_since.get_or_insert(app.now);
        app.last_edit = app.now;
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
