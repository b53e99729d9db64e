//! Random use of the kiosk: keys (with control characters, combining marks,
//! right-to-left letters and emoji), taps and wheel scrolls anywhere, pastes,
//! resizes down to 1×1 and long pauses, into the real state machine on a real
//! database. Every frame is drawn. Nothing may panic, no control character may reach
//! a cell, and what the kiosk shows as answered is exactly what the database holds.
//!
//! 3,000 cases by default; `PROPTEST_CASES=20000 cargo test --release --test fuzz`
//! runs a long search.

mod common;

use std::time::Duration;

use common::TestKiosk;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use proptest::prelude::*;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::store::Store;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Tap(u16, u16),
    Wheel(bool, u16, u16),
    Paste(String),
    Resize(u16, u16),
    Wait(u64),
}

fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        1 => prop::char::range('\u{0}', '\u{1f}'),
        1 => Just('\u{7f}'),
        1 => prop::char::range('\u{80}', '\u{9f}'),
        1 => prop::char::range('\u{300}', '\u{36f}'),
        1 => prop::char::range('\u{600}', '\u{6ff}'),
        1 => prop::char::range('\u{1200}', '\u{137f}'),
        1 => prop::char::range('\u{202a}', '\u{202e}'),
        1 => prop::char::range('\u{1f600}', '\u{1f64f}'),
        1 => Just('漢'),
        1 => prop::char::range('0', '9'),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    let keys = prop_oneof![
        6 => Just(KeyCode::Enter),
        5 => Just(KeyCode::Down),
        3 => Just(KeyCode::Up),
        4 => Just(KeyCode::Tab),
        1 => Just(KeyCode::BackTab),
        2 => Just(KeyCode::Esc),
        1 => Just(KeyCode::Left),
        1 => Just(KeyCode::Right),
        1 => Just(KeyCode::PageDown),
        1 => Just(KeyCode::PageUp),
        1 => Just(KeyCode::Home),
        1 => Just(KeyCode::End),
        1 => Just(KeyCode::Backspace),
        1 => Just(KeyCode::F(3)),
        1 => Just(KeyCode::F(12)),
        1 => Just(KeyCode::Delete),
        1 => Just(KeyCode::F(2)),
        2 => Just(KeyCode::Char(' ')),
        4 => any_char().prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![
        12 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
    ];
    prop_oneof![
        30 => (keys, modifiers).prop_map(|(k, m)| Input::Key(k, m)),
        8 => (0u16..130, 0u16..45).prop_map(|(x, y)| Input::Tap(x, y)),
        1 => (any::<bool>(), 0u16..130, 0u16..45).prop_map(|(d, x, y)| Input::Wheel(d, x, y)),
        2 => prop::collection::vec(any_char(), 0..300)
            .prop_map(|c| Input::Paste(c.into_iter().collect())),
        1 => (1u16..=200, 1u16..=60).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => prop_oneof![Just(0u64), Just(1), Just(200), Just(400)].prop_map(Input::Wait),
    ]
}

fn run(inputs: &[Input]) {
    let mut k = TestKiosk::new("de");
    // Every client this run served, with the answers last shown for them.
    let mut seen: Vec<(ClientCode, std::collections::BTreeMap<_, _>)> = Vec::new();
    for input in inputs {
        match input {
            Input::Key(code, modifiers) => {
                k.event(Event::Key(KeyEvent::new(*code, *modifiers)));
            }
            Input::Tap(x, y) | Input::Wheel(_, x, y) => {
                let kind = match input {
                    Input::Wheel(true, ..) => MouseEventKind::ScrollDown,
                    Input::Wheel(false, ..) => MouseEventKind::ScrollUp,
                    _ => MouseEventKind::Down(MouseButton::Left),
                };
                k.event(Event::Mouse(MouseEvent {
                    kind,
                    column: *x,
                    row: *y,
                    modifiers: KeyModifiers::NONE,
                }));
            }
            Input::Paste(text) => {
                k.paste(text);
            }
            Input::Resize(w, h) => k.resize(*w, *h),
            Input::Wait(secs) => {
                k.wait(Duration::from_secs(*secs));
            }
        }
        let terminal = k.render();
        for cell in terminal.backend().buffer().content() {
            assert!(
                !cell.symbol().chars().any(char::is_control),
                "control character {:?} reached a cell after {input:?}",
                cell.symbol()
            );
        }
        if let Some(client) = &k.app().client {
            match seen.iter_mut().find(|(c, _)| *c == client.code) {
                Some((_, answers)) => *answers = client.answers.clone(),
                None => seen.push((client.code.clone(), client.answers.clone())),
            }
        }
    }
    k.settle();
    let store = Store::open(&k.db).unwrap();
    for (code, answers) in seen {
        let stored = store
            .load_session(&code)
            .unwrap()
            .expect("the session is stored");
        assert_eq!(stored.answers, answers, "what was shown is what was saved");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(3000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_use_never_breaks_the_kiosk_or_loses_an_answer(
        inputs in prop::collection::vec(input(), 1..150)
    ) {
        run(&inputs);
    }
}
