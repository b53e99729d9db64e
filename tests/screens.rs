//! How every screen looks: snapshots in German and English at 80×24 and 120×40,
//! each screen reached the way a client reaches it.

mod common;

use std::time::Duration;

use common::TestKiosk;
use crossterm::event::KeyCode;

const LANGS: &[&str] = &["de", "en"];
const SIZES: &[(u16, u16)] = &[(80, 24), (120, 40)];

/// Drives a fresh kiosk in `lang` to the screen called `name`.
fn reach(name: &str, lang: &str) -> TestKiosk {
    let mut k = TestKiosk::new(lang);
    let at_sections = |k: &mut TestKiosk| {
        k.new_client(lang);
        k.fix_code();
        k.key(KeyCode::Enter);
    };
    match name {
        "welcome" => {}
        "start" => k.choose_on_welcome(lang),
        "consent" => {
            k.choose_on_welcome(lang);
            k.key(KeyCode::Enter);
        }
        "code_shown" => {
            k.new_client(lang);
            k.fix_code();
        }
        "code_entry_error" => {
            k.choose_on_welcome(lang);
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
            k.type_text("k7m-4qx");
            k.key(KeyCode::Enter);
        }
        "sections" => at_sections(&mut k),
        "question_multi" => {
            at_sections(&mut k);
            k.key(KeyCode::Enter);
            k.key(KeyCode::Enter);
            k.keys(&[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
        }
        "question_long" => {
            at_sections(&mut k);
            k.key(KeyCode::Enter);
            k.key(KeyCode::Enter);
            k.tap_next();
            k.type_text("Ich habe auf meine Geschwister aufgepasst.\nAnd I cooked for 12 people.");
        }
        "question_single" => {
            at_sections(&mut k);
            k.key(KeyCode::Enter);
            k.tap_next();
            k.tap_next();
            k.tap_next();
            k.key(KeyCode::Down);
            k.key(KeyCode::Enter);
        }
        "question_short" => {
            at_sections(&mut k);
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
            k.tap_next();
            k.type_text("Schneiderin / tailor");
        }
        "sections_progress" => {
            at_sections(&mut k);
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
            k.keys(&[KeyCode::Enter]);
            k.key(KeyCode::Esc);
        }
        "summary" => {
            at_sections(&mut k);
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
            k.keys(&[
                KeyCode::Enter,
                KeyCode::Down,
                KeyCode::Down,
                KeyCode::Down,
                KeyCode::Enter,
            ]);
            k.tap_next();
            k.type_text("Köchin");
            k.key(KeyCode::Enter);
            k.key(KeyCode::Esc);
            k.key(KeyCode::Esc);
            k.key(KeyCode::Esc);
            k.tap_summary();
        }
        "goodbye" => {
            at_sections(&mut k);
            k.tap_finish();
        }
        "idle" => {
            at_sections(&mut k);
            k.wait(Duration::from_secs(181));
        }
        "languages" => {
            at_sections(&mut k);
            k.key(KeyCode::F(2));
        }
        other => panic!("no screen {other}"),
    }
    k.settle();
    k
}

/// Buttons by what they do, not by their label, so each language is driven alike.
trait Buttons {
    fn tap_next(&mut self);
    fn tap_summary(&mut self);
    fn tap_finish(&mut self);
}

impl Buttons for TestKiosk {
    fn tap_next(&mut self) {
        press_action(self, &skills_kiosk::app::Action::Next);
    }
    fn tap_summary(&mut self) {
        press_action(self, &skills_kiosk::app::Action::ShowSummary);
    }
    fn tap_finish(&mut self) {
        press_action(self, &skills_kiosk::app::Action::Finish);
    }
}

fn press_action(k: &mut TestKiosk, action: &skills_kiosk::app::Action) {
    let app = k.app();
    let page = skills_kiosk::screens::page(app);
    let placed = skills_kiosk::ui::page::layout(&page, app.area());
    let (_, rect) = *placed
        .buttons
        .iter()
        .find(|(i, _)| page.control(*i).is_some_and(|c| c.action == *action))
        .unwrap_or_else(|| panic!("no button for {action:?}"));
    drop(page);
    k.click(rect.x + 1, rect.y);
}

const SCREENS: &[&str] = &[
    "welcome",
    "start",
    "consent",
    "code_shown",
    "code_entry_error",
    "sections",
    "sections_progress",
    "question_multi",
    "question_single",
    "question_short",
    "question_long",
    "summary",
    "goodbye",
    "idle",
    "languages",
];

#[test]
fn every_screen_in_every_language_and_size() {
    for &name in SCREENS {
        for &lang in LANGS {
            let mut k = reach(name, lang);
            for &(w, h) in SIZES {
                k.resize(w, h);
                let terminal = k.render();
                insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), terminal.backend());
            }
        }
    }
}

#[test]
fn too_small_terminal_asks_for_a_larger_window() {
    for &lang in LANGS {
        let mut k = reach("question_long", lang);
        for (w, h) in [(20, 10), (59, 19)] {
            k.resize(w, h);
            let terminal = k.render();
            insta::assert_snapshot!(format!("too_small_{lang}_{w}x{h}"), terminal.backend());
        }
        k.resize(1, 1);
        k.render();
        k.resize(0, 0);
        k.render();
    }
}

#[test]
fn no_line_is_cut_at_80_columns() {
    // A label cut short ends in "…"; no screen of the shipped texts should need that.
    for &name in SCREENS {
        for &lang in LANGS {
            let k = reach(name, lang);
            let text = k.text();
            assert!(!text.contains('…'), "{name} in {lang} cuts a line:\n{text}");
        }
    }
}
