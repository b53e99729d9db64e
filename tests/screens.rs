//! How every screen looks: snapshots in German and English at 80×24 and 120×40,
//! each screen reached the way a client reaches it. Covers every section's first
//! screen and every kind of answer.

mod common;

use std::time::Duration;

use common::TestKiosk;
use crossterm::event::KeyCode;
use skills_kiosk::kiosk::{Action, LinkState};

const LANGS: &[&str] = &["de", "en"];
const SIZES: &[(u16, u16)] = &[(80, 24), (120, 40)];

/// A new client at the section list.
fn at_sections(k: &mut TestKiosk, lang: &str) {
    k.new_client(lang);
    k.fix_code();
    k.key(KeyCode::Enter);
}

/// Drives a fresh kiosk in `lang` to the screen called `name`.
fn reach(name: &str, lang: &str) -> TestKiosk {
    let mut k = TestKiosk::new(lang);
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
        "sections" => at_sections(&mut k, lang),
        section @ ("section_life"
        | "section_education"
        | "section_work"
        | "section_languages"
        | "section_informal"
        | "section_competences"
        | "section_goals") => {
            at_sections(&mut k, lang);
            k.open_section(&section["section_".len()..]);
        }
        "kind_single" => {
            at_sections(&mut k, lang);
            k.open_section("informal");
            for _ in 0..3 {
                k.act(Action::Next);
            }
            k.act(Action::Toggle(1));
        }
        "kind_multi" => {
            at_sections(&mut k, lang);
            k.open_section("goals");
            k.act(Action::Toggle(0));
            k.act(Action::Toggle(4));
        }
        "kind_short_text" => {
            at_sections(&mut k, lang);
            k.open_section("goals");
            k.act(Action::Next);
            k.type_text("Schneiderin / tailor");
        }
        "kind_long_text" => {
            at_sections(&mut k, lang);
            k.open_section("informal");
            k.act(Action::Next);
            k.type_text("Ich habe auf meine Geschwister aufgepasst.\nAnd I cooked for 12 people.");
        }
        "kind_year" => {
            at_sections(&mut k, lang);
            k.open_section("life");
            k.act(Action::AddEntry);
            k.answer_choice(2);
            k.answer_text("Kabul");
            k.type_text("20x5");
            k.act(Action::Next); // refused: not a year
        }
        "kind_isced" => {
            at_sections(&mut k, lang);
            k.open_section("education");
            k.act(Action::AddEntry);
            k.answer_choice(0);
            k.answer_text("Iraq");
            k.answer_text("1998");
            k.answer_text("2006");
        }
        "kind_occupation" => {
            at_sections(&mut k, lang);
            k.open_section("work");
            k.act(Action::AddEntry);
            k.type_text("Schneider");
        }
        "kind_cefr" => {
            at_sections(&mut k, lang);
            k.open_section("languages");
            k.act(Action::AddEntry);
            k.answer_text("Deutsch");
            k.answer_choice(1);
            k.act(Action::Toggle(3));
        }
        "kind_ratings" => {
            at_sections(&mut k, lang);
            k.open_section("informal");
            k.act(Action::Toggle(1)); // caring: suggests care, empathy, patience
            k.act(Action::Back);
            k.open_section("competences");
            k.act(Action::Next);
            k.act(Action::Next);
            k.act(Action::Toggle(0));
            k.act(Action::Toggle(0));
        }
        "entries" | "entry_actions" | "summary" | "summary_end" | "goodbye" => {
            common::full_assessment(&mut k, lang);
            match name {
                "entries" => k.open_section("work"),
                "entry_actions" => {
                    k.open_section("work");
                    let first = k.entry_ids("work")[0].clone();
                    k.act(Action::OpenEntry(first));
                    k.act(Action::RemoveEntry);
                }
                "summary" => k.act(Action::ShowSummary),
                "summary_end" => {
                    k.act(Action::ShowSummary);
                    for _ in 0..40 {
                        k.key(KeyCode::PageDown);
                    }
                }
                _ => k.act(Action::Finish),
            }
        }
        "sections_progress" => {
            common::full_assessment(&mut k, lang);
        }
        "idle" => {
            at_sections(&mut k, lang);
            k.wait(Duration::from_secs(181));
        }
        "languages_picker" => {
            at_sections(&mut k, lang);
            k.key(KeyCode::F(2));
        }
        other => panic!("no screen {other}"),
    }
    k.settle();
    // The link's token is random; snapshots show a fixed one.
    if let Some(LinkState::Ready { url, .. }) = &k.kiosk.app.link {
        let base = url.rsplit_once("/p/").map(|(b, _)| b.to_string()).unwrap();
        k.kiosk.app.link = Some(LinkState::Ready {
            url: format!("{base}/p/Xq7RVm2k9TfJc4LwN8bZpA"),
            until: chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(),
        });
    }
    k
}

const SCREENS: &[&str] = &[
    "welcome",
    "start",
    "consent",
    "code_shown",
    "code_entry_error",
    "sections",
    "section_life",
    "section_education",
    "section_work",
    "section_languages",
    "section_informal",
    "section_competences",
    "section_goals",
    "kind_single",
    "kind_multi",
    "kind_short_text",
    "kind_long_text",
    "kind_year",
    "kind_isced",
    "kind_occupation",
    "kind_cefr",
    "kind_ratings",
    "entries",
    "entry_actions",
    "sections_progress",
    "summary",
    "summary_end",
    "goodbye",
    "idle",
    "languages_picker",
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
fn every_screen_in_the_other_languages_at_80x24() {
    for &lang in skills_kiosk::i18n::SHIPPED
        .iter()
        .filter(|l| !LANGS.contains(l))
    {
        for &name in SCREENS {
            let k = reach(name, lang);
            let terminal = k.render();
            insta::assert_snapshot!(format!("{name}_{lang}_80x24"), terminal.backend());
        }
    }
}

#[test]
fn too_small_terminal_asks_for_a_larger_window() {
    for &lang in LANGS {
        let mut k = reach("kind_long_text", lang);
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
        for &lang in skills_kiosk::i18n::SHIPPED {
            let k = reach(name, lang);
            let text = k.text();
            assert!(!text.contains('…'), "{name} in {lang} cuts a line:\n{text}");
        }
    }
}

#[test]
fn every_screen_in_the_pseudo_locale_fits_80x24() {
    // Every text 40% longer: a screen that cuts or overflows shows it here first.
    let mut cut = Vec::new();
    for &name in SCREENS {
        let mut k = reach(name, "en");
        k.kiosk.app.lang = skills_kiosk::i18n::PSEUDO.to_string();
        let terminal = k.render();
        insta::assert_snapshot!(format!("{name}_pseudo_80x24"), terminal.backend());
        let text = k.text();
        if text.contains('…') {
            cut.push(format!("{name}:\n{text}"));
        }
    }
    assert!(
        cut.is_empty(),
        "{} screens cut a line:\n{}",
        cut.len(),
        cut.join("\n")
    );
}
