//! `update` driven by messages alone: no terminal, no storage thread, no page.
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::*;
use crate::domain::code::ClientCode;
use crate::domain::session::{Answer, ClientSession, Position};
use crate::kiosk::state::EntryError;
use crate::store::CodeLookup;

fn app(now: Instant) -> App {
    App::for_tests(now)
}

fn client(id: i64) -> ClientSession {
    ClientSession {
        id,
        code: ClientCode::generate().unwrap(),
        language: "en".into(),
        version: 0,
        answers: BTreeMap::new(),
        position: Position::Sections,
        drafts: BTreeMap::new(),
    }
}

fn press(action: Action) -> Msg {
    Msg::Press {
        focus: None,
        action,
    }
}

/// A client who has consented and is at the section list.
fn started(now: Instant) -> App {
    let mut app = app(now);
    update(&mut app, press(Action::ChooseLanguage("en".into())), now);
    update(&mut app, press(Action::NewClient), now);
    let fx = update(&mut app, press(Action::Consent), now);
    assert_eq!(fx, vec![Effect::Create("en".into())]);
    update(&mut app, Msg::Created(Ok(client(7))), now);
    assert!(matches!(app.screen, Screen::CodeShown));
    update(&mut app, press(Action::CodeNoted), now);
    assert!(matches!(app.screen, Screen::Sections));
    app
}

fn writes(fx: &[Effect]) -> Vec<&Change> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Write(c) => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn a_typed_answer_is_written_with_what_was_there_before() {
    let now = Instant::now();
    let mut app = started(now);
    let goals = app.catalog.section_index("goals").unwrap();
    update(&mut app, press(Action::OpenSection(goals)), now);
    update(&mut app, press(Action::Toggle(0)), now);
    update(&mut app, press(Action::Next), now);
    assert_eq!(
        app.focus,
        Focus::Field,
        "a text question puts the focus in its field"
    );
    for c in "cook".chars() {
        update(&mut app, Msg::Edit(Edit::Insert(c)), now);
    }
    let fx = update(&mut app, Msg::Edit(Edit::Submit), now);
    let change = writes(&fx)
        .into_iter()
        .find(|c| matches!(c, Change::Answer { item, .. } if item == "goals.work_wish"))
        .expect("the answer is written");
    let Change::Answer { before, after, .. } = change else {
        unreachable!()
    };
    assert_eq!(before, &None);
    assert_eq!(after, &Some(Answer::Text("cook".into())));
    assert!(app.unsaved > 0);
    assert_eq!(app.save, SaveState::Saving);
}

#[test]
fn a_conflict_shows_the_stored_answer_and_says_so() {
    let now = Instant::now();
    let mut app = started(now);
    let goals = app.catalog.section_index("goals").unwrap();
    update(&mut app, press(Action::OpenSection(goals)), now);
    update(&mut app, press(Action::Toggle(0)), now);
    update(&mut app, press(Action::Next), now);
    update(&mut app, Msg::Edit(Edit::Insert('x')), now);
    update(&mut app, Msg::Edit(Edit::Submit), now);
    let report = SaveReport::Conflict {
        session: 7,
        item: "goals.work_wish".into(),
        current: Some(Answer::Text("baker".into())),
    };
    update(&mut app, Msg::Save(report), now);
    assert_eq!(
        app.client.as_ref().unwrap().answers.get("goals.work_wish"),
        Some(&Answer::Text("baker".into()))
    );
    assert_eq!(
        app.field_text().as_deref(),
        Some("baker"),
        "back on that question"
    );
    assert_eq!(
        app.notice.as_ref().map(|n| n.key),
        Some("notice-changed-elsewhere")
    );
}

#[test]
fn an_erased_session_closes_the_visit() {
    let now = Instant::now();
    let mut app = started(now);
    let fx = update(
        &mut app,
        Msg::Save(SaveReport::Gone {
            session: 7,
            dropped: 1,
        }),
        now,
    );
    assert!(app.client.is_none());
    assert!(matches!(app.screen, Screen::Welcome));
    assert!(fx.contains(&Effect::ClearScreen));
    assert!(writes(&fx).is_empty(), "nothing more is written");
    assert_eq!(
        app.notice.as_ref().map(|n| n.key),
        Some("notice-session-closed")
    );
    // Another session's report changes nothing here.
    let mut other = started(now);
    update(
        &mut other,
        Msg::Save(SaveReport::Gone {
            session: 99,
            dropped: 1,
        }),
        now,
    );
    assert!(other.client.is_some());
}

#[test]
fn idle_asks_then_resets_and_any_input_only_dismisses_the_question() {
    let start = Instant::now();
    let mut app = started(start);
    let later = start + app.settings.idle_timeout;
    update(&mut app, Msg::Tick, later);
    assert!(matches!(app.overlay, Some(Overlay::StillThere { .. })));
    // The first input only dismisses the question.
    let fx = update(&mut app, press(Action::ShowSummary), later);
    assert!(app.overlay.is_none());
    assert!(fx.is_empty());
    assert!(matches!(app.screen, Screen::Sections));
    let idle = later + app.settings.idle_timeout;
    update(&mut app, Msg::Tick, idle);
    let countdown = app.settings.idle_countdown;
    let fx = update(&mut app, Msg::Tick, idle + countdown);
    assert!(matches!(app.screen, Screen::Welcome));
    assert!(app.client.is_none());
    assert!(fx.contains(&Effect::ClearScreen));
}

#[test]
fn the_code_screen_asks_for_a_lookup_and_shows_a_wait() {
    let now = Instant::now();
    let mut app = app(now);
    update(&mut app, press(Action::ChooseLanguage("en".into())), now);
    let fx = update(&mut app, press(Action::HaveCode), now);
    assert_eq!(fx, vec![Effect::CodeWait]);
    let code = ClientCode::generate().unwrap();
    for c in code.to_string().chars() {
        update(&mut app, Msg::Edit(Edit::Insert(c)), now);
    }
    let fx = update(&mut app, Msg::Edit(Edit::Submit), now);
    assert_eq!(fx, vec![Effect::Load(code)]);
    update(
        &mut app,
        Msg::Loaded(Ok(CodeLookup::Unknown(Duration::from_secs(5)))),
        now,
    );
    let Screen::CodeEntry { error, .. } = &app.screen else {
        panic!("still on the code screen");
    };
    assert!(matches!(error, Some(EntryError::Wait(_))));
    // While waiting, trying again asks storage nothing.
    let fx = update(&mut app, Msg::Edit(Edit::Submit), now);
    assert!(fx.is_empty());
}

#[test]
fn a_field_takes_no_more_than_its_limit_and_a_paste_is_cut_with_a_notice() {
    let now = Instant::now();
    let mut app = app(now);
    update(&mut app, press(Action::ChooseLanguage("en".into())), now);
    update(&mut app, press(Action::HaveCode), now);
    update(&mut app, Msg::Edit(Edit::Paste("K".repeat(100))), now);
    assert_eq!(
        app.field_text().map(|t| t.chars().count()),
        Some(crate::kiosk::state::CODE_FIELD_MAX)
    );
    assert_eq!(
        app.notice.as_ref().map(|n| n.key),
        Some("notice-paste-shortened")
    );
    update(&mut app, Msg::Edit(Edit::Insert('Q')), now);
    assert_eq!(
        app.notice.as_ref().map(|n| n.key),
        Some("notice-field-full")
    );
}
