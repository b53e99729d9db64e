//! The client's way through the checklist: choosing a language, starting or
//! resuming, moving between sections, questions and entries, and leaving.

use std::time::Duration;

use crate::domain::checklist::ItemKind;
use crate::domain::code::ClientCode;
use crate::domain::session::{
    Answer, ClientSession, EntryOp, MAX_ENTRIES, Position, answer_path, entries, is_asked,
    item_path, new_entry_id,
};
use crate::kiosk::answers::{
    change_entries, client_answers, commit_field, current_path, entry_section, save_draft_now,
    show_stored_answer,
};
use crate::kiosk::msg::Effect;
use crate::kiosk::state::{
    App, EntryError, Focus, Overlay, SaveState, Screen, new_field, set_notice,
};
use crate::store::CodeLookup;
use crate::store::{Change, StoreError};

pub(crate) fn choose_language(app: &mut App, lang: String, fx: &mut Vec<Effect>) {
    if !app.settings.languages.contains(&lang) {
        return;
    }
    let from_welcome = app.overlay.is_none() && matches!(app.screen, Screen::Welcome);
    app.overlay = None;
    if app.lang != lang {
        app.lang = lang.clone();
        if let Some(client) = &mut app.client {
            client.language = lang.clone();
            fx.push(Effect::Write(Change::Language {
                session: client.key(),
                language: lang,
            }));
        }
    }
    if from_welcome {
        go(app, Screen::Start);
    }
}

pub(crate) fn toggle_languages(app: &mut App) {
    app.overlay = match app.overlay {
        Some(Overlay::Languages { .. }) => None,
        _ => {
            let focus = app
                .settings
                .languages
                .iter()
                .position(|l| *l == app.lang)
                .unwrap_or(0);
            Some(Overlay::Languages { focus })
        }
    };
}

pub(crate) fn go(app: &mut App, screen: Screen) {
    app.screen = screen;
    app.focus = Focus::Control(0);
}

pub(crate) fn go_sections(app: &mut App, fx: &mut Vec<Effect>) {
    let came_from = match &app.screen {
        Screen::Question { section, .. }
        | Screen::Entries { section }
        | Screen::EntryActions { section, .. } => Some(*section),
        _ => None,
    };
    go(app, Screen::Sections);
    if let Some(section) = came_from {
        app.focus = Focus::Control(section);
    }
    write_position(app, Position::Sections, fx);
}

pub(crate) fn go_summary(app: &mut App, fx: &mut Vec<Effect>) {
    go(app, Screen::Summary { scroll: 0 });
    write_position(app, Position::Summary, fx);
}

pub(crate) fn write_position(app: &mut App, position: Position, fx: &mut Vec<Effect>) {
    if let Some(client) = &mut app.client
        && client.position != position
    {
        client.position = position.clone();
        fx.push(Effect::Write(Change::Position {
            session: client.key(),
            position,
        }));
    }
}

/// Back to the welcome screen with nothing of the client left in memory or on screen
/// (also for advisor login and logout). The text being typed is saved first: the
/// write names its session, so it reaches that session and no other.
pub(crate) fn reset(app: &mut App, fx: &mut Vec<Effect>) {
    save_draft_now(app, fx);
    app.client = None;
    app.link = None;
    app.bilingual = false;
    app.advisor = None;
    app.screen = Screen::Welcome;
    app.focus = Focus::Control(0);
    app.overlay = None;
    app.notice = None;
    app.lang = app.settings.default_language.clone();
    app.save = SaveState::Nothing;
    app.draft_since = None;
    fx.push(Effect::ClearScreen);
}

pub(crate) fn submit_code(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::CodeEntry { field, error } = &mut app.screen else {
        return;
    };
    if let Some(EntryError::Wait(until)) = error
        && *until > app.now
    {
        return;
    }
    let typed = field.lines().join("");
    // A mistyped code is caught by its check symbol without looking anything up;
    // only well-formed codes are looked up, and those the database counts.
    match ClientCode::parse(&typed) {
        Ok(code) => fx.push(Effect::Load(code)),
        Err(e) => *error = Some(EntryError::Invalid(e)),
    }
}

pub(crate) fn on_created(
    app: &mut App,
    result: Result<ClientSession, StoreError>,
    fx: &mut Vec<Effect>,
) {
    match result {
        Ok(session) => {
            app.client = Some(session);
            app.last_refresh = app.now;
            go(app, Screen::CodeShown);
        }
        Err(e) => {
            tracing::error!(error = %e, "could not create a session");
            app.save = SaveState::Failing(e);
            set_notice(app, "notice-start-failed", None, true);
        }
    }
    let _ = fx;
}

/// How long this terminal must wait before it may look up a code (a wait earned
/// before, kept in the database).
pub(crate) fn on_code_wait(app: &mut App, wait: Duration) {
    if let Screen::CodeEntry { error, .. } = &mut app.screen
        && !wait.is_zero()
    {
        *error = Some(EntryError::Wait(app.now + wait));
    }
}

pub(crate) fn on_loaded(
    app: &mut App,
    result: Result<CodeLookup, StoreError>,
    fx: &mut Vec<Effect>,
) {
    if !matches!(app.screen, Screen::CodeEntry { .. }) {
        return;
    }
    let entry_error = |app: &mut App, e: EntryError| {
        if let Screen::CodeEntry { error, .. } = &mut app.screen {
            *error = Some(e);
        }
    };
    match result {
        Ok(CodeLookup::Found(session)) => {
            if app.settings.languages.contains(&session.language) {
                app.lang = session.language.clone();
            }
            let position = session.position.clone();
            app.client = Some(session);
            app.last_refresh = app.now;
            app.save = SaveState::Saved;
            resume_at(app, position, fx);
        }
        Ok(CodeLookup::Unknown(wait)) if wait.is_zero() => entry_error(app, EntryError::Unknown),
        Ok(CodeLookup::Unknown(wait) | CodeLookup::Wait(wait)) => {
            let until = app.now + wait;
            entry_error(app, EntryError::Wait(until));
        }
        Err(e) => {
            tracing::error!(error = %e, "could not load a session");
            entry_error(app, EntryError::Storage);
        }
    }
}

pub(crate) fn resume_at(app: &mut App, position: Position, fx: &mut Vec<Effect>) {
    match position {
        Position::Sections => go_sections(app, fx),
        Position::Summary => go_summary(app, fx),
        Position::Entries { section } => match app.catalog.section_index(&section) {
            Some(s) => go_entries(app, s, fx),
            None => go_sections(app, fx),
        },
        Position::Question {
            section,
            entry,
            item,
        } => {
            let found = app.catalog.section_index(&section).and_then(|s| {
                app.catalog.sections[s]
                    .items
                    .iter()
                    .position(|i| i.id == item)
                    .map(|i| (s, i))
            });
            match found {
                Some((s, i)) => enter_question(app, s, entry, i, fx),
                None => go_sections(app, fx),
            }
        }
    }
}

pub(crate) fn go_entries(app: &mut App, section: usize, fx: &mut Vec<Effect>) {
    let Some(id) = app.catalog.sections.get(section).map(|s| s.id.clone()) else {
        return;
    };
    go(app, Screen::Entries { section });
    write_position(app, Position::Entries { section: id }, fx);
}

pub(crate) fn open_section(app: &mut App, section: usize, fx: &mut Vec<Effect>) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    if sec.repeat {
        go_entries(app, section, fx);
        return;
    }
    // Continue at the first unanswered question, or the first if all are answered.
    let item = app
        .client
        .as_ref()
        .and_then(|c| {
            sec.items.iter().position(|i| {
                is_asked(&c.answers, sec, None, i)
                    && !c.answers.contains_key(&item_path(&sec.id, &i.id))
            })
        })
        .unwrap_or(0);
    enter_asked(app, section, None, item, 1, fx);
}

/// Enters the first question from `item` on, going in `direction`, that is asked
/// (its condition holds); past either end, back to the entry list or section list.
pub(crate) fn enter_asked(
    app: &mut App,
    section: usize,
    entry: Option<String>,
    item: usize,
    direction: isize,
    fx: &mut Vec<Effect>,
) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    let answers = client_answers(app);
    let mut index = item as isize;
    while index >= 0 && (index as usize) < sec.items.len() {
        if is_asked(&answers, sec, entry.as_deref(), &sec.items[index as usize]) {
            enter_question(app, section, entry, index as usize, fx);
            return;
        }
        index += direction;
    }
    if sec.repeat {
        go_entries(app, section, fx);
    } else {
        go_sections(app, fx);
    }
}

pub(crate) fn enter_question(
    app: &mut App,
    section: usize,
    entry: Option<String>,
    item: usize,
    fx: &mut Vec<Effect>,
) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    let Some(it) = sec.items.get(item) else {
        return;
    };
    let path = answer_path(&sec.id, entry.as_deref(), &it.id);
    let field = it.kind.is_text().then(|| {
        let multiline = matches!(it.kind, ItemKind::LongText);
        let client = app.client.as_ref();
        let draft = client.and_then(|c| c.drafts.get(&path));
        let end = (usize::MAX, usize::MAX);
        match (draft, client.and_then(|c| c.answers.get(&path))) {
            (Some(d), _) => new_field(&d.text, (d.cursor_row, d.cursor_col), multiline),
            (None, Some(Answer::Text(t))) => new_field(t, end, multiline),
            (None, Some(Answer::Year(y))) => new_field(&y.to_string(), end, multiline),
            (None, Some(Answer::Occupation { words, .. })) => new_field(words, end, multiline),
            _ => new_field("", (0, 0), multiline),
        }
    });
    let has_field = field.is_some();
    let position = Position::Question {
        section: sec.id.clone(),
        entry: entry.clone(),
        item: it.id.clone(),
    };
    go(
        app,
        Screen::Question {
            section,
            entry,
            item,
            field,
        },
    );
    if has_field {
        app.focus = Focus::Field;
    }
    write_position(app, position, fx);
}

pub(crate) fn step(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let Screen::Question {
        section,
        ref entry,
        item,
        ..
    } = app.screen
    else {
        return;
    };
    let entry = entry.clone();
    if !commit_field(app, fx) && delta > 0 {
        return;
    }
    enter_asked(
        app,
        section,
        entry,
        (item as isize + delta).max(-1) as usize,
        delta.signum(),
        fx,
    );
}

/// Opens the checklist question whose answer is stored at `path` (the text being
/// typed elsewhere is saved first); advisor keys and unknown paths stay where they are.
pub(crate) fn go_to_question(app: &mut App, path: &str, fx: &mut Vec<Effect>) {
    if !matches!(
        app.screen,
        Screen::Question { .. }
            | Screen::Entries { .. }
            | Screen::EntryActions { .. }
            | Screen::Sections
    ) {
        return;
    }
    let parts: Vec<&str> = path.split('.').collect();
    let (section, entry, item) = match parts.as_slice() {
        [section, item] => (*section, None, *item),
        [section, entry, item] => (*section, Some(entry.to_string()), *item),
        _ => return,
    };
    let Some(s) = app.catalog.section_index(section) else {
        return;
    };
    let Some(i) = app.catalog.sections[s]
        .items
        .iter()
        .position(|it| it.id == item)
    else {
        return;
    };
    save_draft_now(app, fx);
    enter_question(app, s, entry, i, fx);
}

pub(crate) fn current_section(app: &App) -> Option<usize> {
    match &app.screen {
        Screen::Question { section, .. }
        | Screen::Entries { section }
        | Screen::EntryActions { section, .. } => Some(*section),
        _ => None,
    }
}

pub(crate) fn add_entry(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((index, id)) = entry_section(app) else {
        return;
    };
    let count = entries(&client_answers(app), &id).map_or(0, |l| l.len());
    if count >= MAX_ENTRIES {
        set_notice(app, "notice-entries-full", Some(MAX_ENTRIES as i64), true);
        return;
    }
    let entry = new_entry_id();
    change_entries(app, &id, EntryOp::Add(entry.clone()), fx);
    enter_asked(app, index, Some(entry), 0, 1, fx);
}

pub(crate) fn no_entries(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((_, id)) = entry_section(app) else {
        return;
    };
    change_entries(app, &id, EntryOp::NothingToAdd, fx);
    go_sections(app, fx);
}

pub(crate) fn move_entry(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let (Some((_, id)), Screen::EntryActions { entry, .. }) = (entry_section(app), &app.screen)
    else {
        return;
    };
    let entry = entry.clone();
    change_entries(app, &id, EntryOp::Move(entry, delta), fx);
}

pub(crate) fn remove_entry(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::EntryActions {
        section,
        entry,
        confirm_remove,
    } = &mut app.screen
    else {
        return;
    };
    if !*confirm_remove {
        *confirm_remove = true;
        return;
    }
    let (section, entry) = (*section, entry.clone());
    let Some(id) = app.catalog.sections.get(section).map(|s| s.id.clone()) else {
        return;
    };
    change_entries(app, &id, EntryOp::Remove(entry), fx);
    go_entries(app, section, fx);
}

/// Takes the session as stored now (changed at another terminal) without losing
/// what is being typed here.
pub(crate) fn merge_current(app: &mut App, current: ClientSession) {
    let Some(client) = app.client.as_mut() else {
        return;
    };
    let changed: Vec<String> = current
        .answers
        .iter()
        .filter(|(k, v)| client.answers.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .chain(
            client
                .answers
                .keys()
                .filter(|k| !current.answers.contains_key(*k))
                .cloned(),
        )
        .collect();
    client.answers = current.answers;
    client.version = current.version;
    for (item, draft) in current.drafts {
        client.drafts.entry(item).or_insert(draft);
    }
    if changed.is_empty() {
        return;
    }
    // An entry removed elsewhere cannot be answered here any more.
    let entry_gone = match &app.screen {
        Screen::Question {
            section,
            entry: Some(entry),
            ..
        }
        | Screen::EntryActions { section, entry, .. } => {
            let id = &app.catalog.sections[*section].id;
            !entries(&client_answers(app), id).is_some_and(|l| l.contains(entry))
        }
        _ => false,
    };
    if entry_gone && let Some(section) = current_section(app) {
        app.draft_since = None;
        let mut ignored = Vec::new();
        go_entries(app, section, &mut ignored);
        set_notice(app, "notice-changed-elsewhere", None, true);
        return;
    }
    if let Some((path, _)) = current_path(app)
        && changed.contains(&path)
        && app.draft_since.is_none()
    {
        show_stored_answer(app, &path);
        set_notice(app, "notice-changed-elsewhere", None, true);
    }
}
