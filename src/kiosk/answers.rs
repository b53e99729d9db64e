//! Answering: setting and taking back answers (with what this terminal saw, so a
//! change made elsewhere is never overwritten unseen), ratings, entries, typed
//! text confirmed or kept as a draft, and changes that came from elsewhere.

use crate::domain::checklist::ItemKind;
use crate::domain::session::{
    Answer, Draft, EntryOp, answer_path, entries, entry_prefix, rating_rows, step_rating,
};
use crate::kiosk::msg::Effect;
use crate::kiosk::state::{App, Screen, new_field, set_notice};
use crate::store::Change;

/// A copy of the client's answers (empty without a client), for deciding what to
/// change while the state itself is being changed.
pub(crate) fn client_answers(app: &App) -> std::collections::BTreeMap<String, Answer> {
    app.client
        .as_ref()
        .map(|c| c.answers.clone())
        .unwrap_or_default()
}

/// The current question's storage path and kind.
pub(crate) fn current_path(app: &App) -> Option<(String, ItemKind)> {
    let Screen::Question {
        section,
        entry,
        item,
        ..
    } = &app.screen
    else {
        return None;
    };
    let sec = app.catalog.sections.get(*section)?;
    let it = sec.items.get(*item)?;
    Some((
        answer_path(&sec.id, entry.as_deref(), &it.id),
        it.kind.clone(),
    ))
}

/// Sets (or with `None` takes back) the answer at `path`, here and in storage. The
/// write says what this terminal saw before, so a change made meanwhile at another
/// terminal is not overwritten unseen. Used by the client's and the advisor's screens.
pub(crate) fn set_answer(
    app: &mut App,
    path: String,
    answer: Option<Answer>,
    fx: &mut Vec<Effect>,
) {
    let Some(client) = &mut app.client else {
        return;
    };
    let before = client.answers.get(&path).cloned();
    if before == answer {
        return;
    }
    match &answer {
        Some(a) => {
            client.answers.insert(path.clone(), a.clone());
            client.drafts.remove(&path);
        }
        None => {
            client.answers.remove(&path);
        }
    }
    fx.push(Effect::Write(Change::Answer {
        session: client.key(),
        item: path,
        before,
        after: answer,
    }));
}

/// Changes the entry list of `section` here and in storage (as an operation, which
/// merges with what another terminal did to the list meanwhile).
pub(crate) fn change_entries(app: &mut App, section: &str, op: EntryOp, fx: &mut Vec<Effect>) {
    let Some(client) = &mut app.client else {
        return;
    };
    let key = crate::domain::session::entries_path(section);
    let mut list = entries(&client.answers, section);
    op.apply_to(&mut list);
    if let EntryOp::Remove(entry) = &op {
        let prefix = entry_prefix(section, entry);
        client.answers.retain(|k, _| !k.starts_with(&prefix));
        client.drafts.retain(|k, _| !k.starts_with(&prefix));
    }
    if let Some(list) = list {
        client.answers.insert(key, Answer::Choices(list));
    }
    fx.push(Effect::Write(Change::Entries {
        session: client.key(),
        section: section.to_string(),
        op,
    }));
}

pub(crate) fn toggle(app: &mut App, option: usize, fx: &mut Vec<Effect>) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    if let ItemKind::Ratings { .. } = kind {
        rate(app, option, 0, fx);
        return;
    }
    let choices = kind.choices();
    let Some(chosen) = choices.get(option).cloned() else {
        return;
    };
    let current = app
        .client
        .as_ref()
        .and_then(|c| c.answers.get(&path))
        .cloned();
    let answer = if kind.is_single_choice() {
        Some(Answer::Choice(chosen))
    } else {
        let mut list = match current {
            Some(Answer::Choices(list)) => list,
            _ => Vec::new(),
        };
        if let Some(at) = list.iter().position(|c| *c == chosen) {
            list.remove(at);
        } else {
            list.push(chosen);
        }
        // Keep the catalogue's order, whatever order they were tapped in.
        list.sort_by_key(|c| choices.iter().position(|o| o == c));
        (!list.is_empty()).then_some(Answer::Choices(list))
    };
    set_answer(app, path, answer, fx);
}

/// Changes the rating of the competence in row `row` of the ratings question on
/// screen: `delta` 0 cycles none → A → B → C → none (a tap), +1 and -1 step up and
/// down (arrow keys).
pub(crate) fn rate(app: &mut App, row: usize, delta: i8, fx: &mut Vec<Effect>) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    let answers = client_answers(app);
    let rows = rating_rows(&answers, &kind);
    let Some((competence, _)) = rows.get(row) else {
        return;
    };
    let mut ratings = match answers.get(&path) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    match step_rating(ratings.get(competence).map(String::as_str), delta) {
        None => ratings.remove(competence),
        Some(level) => ratings.insert(competence.clone(), level.to_string()),
    };
    let answer = (!ratings.is_empty()).then_some(Answer::Ratings(ratings));
    set_answer(app, path, answer, fx);
}

pub(crate) fn answer_special(app: &mut App, answer: Answer, fx: &mut Vec<Effect>) {
    let Some((path, _)) = current_path(app) else {
        return;
    };
    let already = app.client.as_ref().and_then(|c| c.answers.get(&path)) == Some(&answer);
    set_answer(app, path, (!already).then_some(answer), fx);
    clear_draft(app, fx);
}

pub(crate) fn pick_occupation(app: &mut App, code: Option<String>, fx: &mut Vec<Effect>) {
    let Some((path, ItemKind::Occupation)) = current_path(app) else {
        return;
    };
    let typed = app.field_text().unwrap_or_default().trim().to_string();
    let (isco, words) = match code {
        Some(code) => {
            let title = crate::domain::reference::reference()
                .ok()
                .and_then(|r| r.isco_group(&code))
                .map(|g| g.name(&app.lang).to_string())
                .unwrap_or_else(|| typed.clone());
            (Some(code), title)
        }
        None if typed.is_empty() => return,
        None => (None, typed),
    };
    // The field shows what was chosen, so the answer and the field agree.
    let multiline = false;
    if let Screen::Question { field, .. } = &mut app.screen {
        *field = Some(new_field(&words, (usize::MAX, usize::MAX), multiline));
    }
    set_answer(app, path, Some(Answer::Occupation { isco, words }), fx);
    clear_draft(app, fx);
}

/// Confirms the typed text of the current question; false when it is not a valid
/// answer (a year that is none), so the client stays on the question.
pub(crate) fn commit_field(app: &mut App, fx: &mut Vec<Effect>) -> bool {
    let Some((path, kind)) = current_path(app) else {
        return true;
    };
    if !kind.is_text() {
        return true;
    }
    let text = app.field_text().unwrap_or_default();
    let text = text.trim();
    let current = app
        .client
        .as_ref()
        .and_then(|c| c.answers.get(&path))
        .cloned();
    let typed_answer = |a: &Option<Answer>| {
        matches!(
            a,
            Some(Answer::Text(_) | Answer::Year(_) | Answer::Occupation { .. })
        )
    };
    if text.is_empty() {
        if typed_answer(&current) {
            set_answer(app, path, None, fx);
        }
        clear_draft(app, fx);
        return true;
    }
    let answer = match kind {
        ItemKind::Year => match parse_year(text) {
            Some(year) => Answer::Year(year),
            None => {
                set_notice(app, "notice-year", None, true);
                return false;
            }
        },
        ItemKind::Occupation => match current {
            Some(Answer::Occupation { words, isco }) if words == text => {
                Answer::Occupation { isco, words }
            }
            _ => Answer::Occupation {
                isco: None,
                words: text.to_string(),
            },
        },
        _ => Answer::Text(text.to_string()),
    };
    set_answer(app, path, Some(answer), fx);
    clear_draft(app, fx);
    true
}

/// A year between 1900 and next year, typed with Western or Arabic-Indic digits.
pub fn parse_year(text: &str) -> Option<u16> {
    let digits: String = text
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    if digits.chars().count() != text.chars().filter(|c| !c.is_whitespace()).count() {
        return None;
    }
    let year: u16 = digits.parse().ok()?;
    let next = chrono::Datelike::year(&chrono::Utc::now()) + 1;
    (1900..=next as u16).contains(&year).then_some(year)
}

pub(crate) fn clear_draft(app: &mut App, fx: &mut Vec<Effect>) {
    app.draft_since = None;
    let Some((path, _)) = current_path(app) else {
        return;
    };
    if let Some(client) = &mut app.client
        && client.drafts.remove(&path).is_some()
    {
        fx.push(Effect::Write(Change::ClearDraft {
            session: client.key(),
            item: path,
        }));
    }
}

/// The section on screen, for the entry actions.
pub(crate) fn entry_section(app: &App) -> Option<(usize, String)> {
    match &app.screen {
        Screen::Entries { section } | Screen::EntryActions { section, .. } => app
            .catalog
            .sections
            .get(*section)
            .map(|s| (*section, s.id.clone())),
        _ => None,
    }
}

/// Saves the text being typed at once (used before the screen is cleared).
pub(crate) fn save_draft_now(app: &mut App, fx: &mut Vec<Effect>) {
    if app.draft_since.is_none() {
        return;
    }
    app.draft_since = None;
    let Some((path, _)) = current_path(app) else {
        return;
    };
    let Screen::Question {
        field: Some(field), ..
    } = &app.screen
    else {
        return;
    };
    let cursor = field.cursor();
    let draft = Draft {
        item: path,
        text: field.lines().join("\n"),
        cursor_row: cursor.0,
        cursor_col: cursor.1,
    };
    if let Some(client) = &mut app.client {
        client.drafts.insert(draft.item.clone(), draft.clone());
        fx.push(Effect::Write(Change::Draft {
            session: client.key(),
            draft,
        }));
    }
}

/// Puts the stored answer of `item` into the field, if that question is on screen.
pub(crate) fn show_stored_answer(app: &mut App, item: &str) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    if path != item || !kind.is_text() {
        return;
    }
    let text = match app.client.as_ref().and_then(|c| c.answers.get(item)) {
        Some(Answer::Text(t)) => t.clone(),
        Some(Answer::Year(y)) => y.to_string(),
        Some(Answer::Occupation { words, .. }) => words.clone(),
        _ => String::new(),
    };
    let multiline = matches!(kind, ItemKind::LongText);
    app.draft_since = None;
    if let Screen::Question { field, .. } = &mut app.screen {
        *field = Some(new_field(&text, (usize::MAX, usize::MAX), multiline));
    }
}
