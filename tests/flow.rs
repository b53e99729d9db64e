//! What a client does, step by step, through the state machine on a real database.

mod common;

use std::time::Duration;

use common::TestKiosk;
use crossterm::event::KeyCode;
use ratatui_textarea::TextArea;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::session::Answer;
use skills_kiosk::kiosk::{EntryError, LONG_TEXT_MAX, Overlay, Screen};
use skills_kiosk::store::Store;

fn field(k: &TestKiosk) -> &TextArea<'static> {
    match &k.app().screen {
        Screen::Question { field: Some(f), .. } => f,
        Screen::CodeEntry { field, .. } => field,
        _ => panic!("no field on screen:\n{}", k.text()),
    }
}

fn rows_in(db: &std::path::Path, table: &str) -> i64 {
    let store = Store::open(db).unwrap();
    store
        .connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// Resumes with `code` from the welcome screen, in `lang`.
fn resume(k: &mut TestKiosk, lang: &str, code: &str) {
    k.choose_on_welcome(lang);
    k.keys(&[KeyCode::Down, KeyCode::Enter]);
    k.type_text(code);
    k.key(KeyCode::Enter);
}

#[test]
fn new_client_answers_idles_out_and_resumes_identically() {
    let mut k = TestKiosk::new("de");
    k.new_client("en");
    let code = k.client_code();
    k.key(KeyCode::Enter); // code noted → sections
    k.open_section("informal");
    k.keys(&[KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Enter]); // two ticks
    k.tap("Next");
    k.type_text("I looked after my sisters\nand cooked for");
    k.key(KeyCode::Left);
    k.key(KeyCode::Left);
    k.wait(Duration::from_secs(1)); // the typed text is saved as a draft
    let before = k.app().client.clone().unwrap();
    let cursor_before = field(&k).cursor();
    assert_eq!(cursor_before, (1, 12));

    k.wait(Duration::from_secs(181));
    assert!(matches!(k.app().overlay, Some(Overlay::StillThere { .. })));
    assert!(k.text().contains("Are you still there?"));
    let outcome = k.wait(Duration::from_secs(31));
    assert!(outcome.clear, "the terminal is repainted completely");
    assert!(matches!(k.app().screen, Screen::Welcome));
    assert!(k.app().client.is_none());
    assert_eq!(k.app().lang, "de", "back to the office's language");
    let screen = k.text();
    for private in ["sisters", "cooked", &code[..3], "answered"] {
        assert!(
            !screen.contains(private),
            "{private:?} left on screen:\n{screen}"
        );
    }

    k.settle();
    resume(&mut k, "de", &code.to_lowercase().replace('-', " "));
    let after = k.app().client.clone().unwrap();
    assert_eq!(after.answers, before.answers);
    assert_eq!(after.position, before.position);
    assert_eq!(
        after.drafts.values().next().map(|d| &d.text),
        Some(&"I looked after my sisters\nand cooked for".to_string())
    );
    assert_eq!(
        after.language, "en",
        "the client's language comes back with them"
    );
    assert_eq!(k.app().lang, "en");
    assert_eq!(
        field(&k).lines(),
        ["I looked after my sisters", "and cooked for"]
    );
    assert_eq!(field(&k).cursor(), cursor_before);
    assert_eq!(
        after.answers.get("informal.areas"),
        Some(&Answer::Choices(vec![
            "childcare".into(),
            "household".into()
        ]))
    );
}

#[test]
fn a_whole_visit_can_be_done_by_touch_alone() {
    let mut k = TestKiosk::new("de");
    k.tap("English");
    k.tap("I am new");
    k.tap("Yes, I agree");
    let code = k.client_code();
    k.tap("I have written it down");
    k.tap("My goals");
    k.tap("Find work");
    k.tap("Take a German course");
    k.tap("Next");
    // Tapping the field puts the focus there; then the on-screen text is typed.
    let (x, y) = {
        let app = k.app();
        let page = skills_kiosk::view::page(app);
        let placed = skills_kiosk::ui::layout(&page, app.area());
        let r = placed.field.unwrap();
        (r.x + 2, r.y + 1)
    };
    k.click(x, y);
    k.type_text("nurse");
    k.tap("Next");
    k.tap("I prefer not to say");
    k.tap("Next");
    k.tap("I have no papers");
    k.tap("Finish this part");
    assert!(
        k.text().contains("✓ My goals and next steps (4 of 4)"),
        "{}",
        k.text()
    );
    k.tap("See my summary");
    assert!(
        k.text().contains("Find work, Take a German course"),
        "{}",
        k.text()
    );
    assert!(k.text().contains("→ nurse"));
    k.tap("Finish for today");
    assert!(k.text().contains(&code));
    let outcome = {
        let (x, y) = k.find_control("Done").unwrap();
        k.click(x, y)
    };
    assert!(outcome.clear);
    assert!(matches!(k.app().screen, Screen::Welcome));
    k.settle();
    let store = Store::open(&k.db).unwrap();
    let saved = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(saved.answers.len(), 4);
    assert_eq!(
        saved.answers.get("goals.next_steps"),
        Some(&Answer::PreferNotToSay)
    );
}

#[test]
fn declining_consent_stores_nothing() {
    let mut k = TestKiosk::new("de");
    k.choose_on_welcome("en");
    k.key(KeyCode::Enter);
    k.tap("No, thank you");
    assert!(matches!(k.app().screen, Screen::Welcome));
    assert!(k.app().client.is_none());
    k.settle();
    assert_eq!(rows_in(&k.db, "session"), 0);
}

#[test]
fn switching_language_while_typing_keeps_text_and_cursor() {
    let mut k = TestKiosk::new("de");
    k.new_client("de");
    k.key(KeyCode::Enter);
    k.open_section("goals");
    k.tap("Weiter");
    k.type_text("Krankenpfleger");
    k.keys(&[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    k.key(KeyCode::F(2));
    assert!(k.text().contains("Sprache wählen"));
    k.key(KeyCode::Down);
    k.key(KeyCode::Enter);
    assert_eq!(k.app().lang, "en");
    assert!(k.text().contains("Which work would you like to do?"));
    assert_eq!(field(&k).lines(), ["Krankenpfleger"]);
    assert_eq!(field(&k).cursor(), (0, 11));
    k.type_text("X");
    assert_eq!(field(&k).lines(), ["KrankenpfleXger"]);
    // The language button in the title bar opens the same picker by touch.
    let (w, _) = k.app().size;
    k.click(w - 3, 0);
    assert!(k.text().contains("Choose a language"));
    k.tap("Deutsch");
    assert_eq!(k.app().lang, "de");
    assert_eq!(field(&k).lines(), ["KrankenpfleXger"]);
    k.settle();
    let code = k.client_code();
    let store = Store::open(&k.db).unwrap();
    let saved = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(saved.language, "de");
}

#[test]
fn wrong_codes_are_told_apart_and_slowed_down() {
    let mut k = TestKiosk::new("en");
    k.choose_on_welcome("en");
    k.keys(&[KeyCode::Down, KeyCode::Enter]);
    let error = |k: &TestKiosk| match &k.app().screen {
        Screen::CodeEntry { error, .. } => *error,
        _ => panic!("not on the code screen"),
    };
    let clear = |k: &mut TestKiosk| {
        for _ in 0..30 {
            k.key(KeyCode::Backspace);
        }
    };
    let real = skills_kiosk::domain::code::ClientCode::generate()
        .unwrap()
        .to_string();
    let mut typo = real.clone().into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };
    let typo = String::from_utf8(typo).unwrap();

    k.type_text(&typo);
    k.key(KeyCode::Enter);
    assert!(matches!(
        error(&k),
        Some(EntryError::Invalid(
            skills_kiosk::domain::code::CodeError::Mistyped
        ))
    ));
    assert!(k.text().contains("typing mistake"));
    clear(&mut k);
    k.type_text(&real);
    k.key(KeyCode::Enter);
    assert_eq!(error(&k), Some(EntryError::Unknown));
    assert!(k.text().contains("could not find"));
    // A code with a letter no code has is caught without a lookup, and not counted.
    clear(&mut k);
    k.type_text("K7M-4QX-9TP-H2O");
    k.key(KeyCode::Enter);
    assert!(matches!(error(&k), Some(EntryError::Invalid(_))));
    for _ in 0..4 {
        clear(&mut k);
        let unknown = skills_kiosk::domain::code::ClientCode::generate().unwrap();
        k.type_text(&unknown.to_string());
        k.key(KeyCode::Enter);
    }
    // The fifth unknown code: the next try must wait.
    assert!(
        matches!(error(&k), Some(EntryError::Wait(_))),
        "{:?}",
        error(&k)
    );
    assert!(k.text().contains("Please wait 5 seconds"), "{}", k.text());
    clear(&mut k);
    k.type_text(&real);
    k.key(KeyCode::Enter);
    assert!(
        matches!(error(&k), Some(EntryError::Wait(_))),
        "tries are refused while waiting"
    );
    // Leaving the screen and coming back does not end the wait (case 9).
    k.key(KeyCode::Esc);
    k.key(KeyCode::Down);
    k.key(KeyCode::Enter);
    assert!(
        matches!(error(&k), Some(EntryError::Wait(_))),
        "the wait holds on a fresh code screen"
    );
    k.wait(Duration::from_secs(6));
    common::age_attempts(&k.db, Duration::from_secs(6));
    k.type_text(
        &skills_kiosk::domain::code::ClientCode::generate()
            .unwrap()
            .to_string(),
    );
    k.key(KeyCode::Enter);
    // Another wrong one doubles the wait.
    assert!(matches!(error(&k), Some(EntryError::Wait(_))));
    assert!(k.text().contains("Please wait 10 seconds"), "{}", k.text());
}

#[test]
fn kiosk_keys_neither_quit_nor_suspend() {
    let mut k = TestKiosk::new("de");
    k.new_client("de");
    for c in ['c', 'z', '\\', 'd', 'q'] {
        let outcome = k.ctrl(c);
        assert!(!outcome.quit, "Ctrl-{c} must not quit");
    }
    assert!(matches!(k.app().screen, Screen::CodeShown));

    let dir = tempfile::tempdir().unwrap();
    let mut dev = TestKiosk::open(&dir.path().join("k.sqlite3"), "de", true);
    assert!(dev.ctrl('c').quit, "--dev lets Ctrl-C quit");
}

#[test]
fn ten_thousand_pasted_characters_are_cut_with_a_message() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("informal");
    k.tap("Next"); // the long text question
    let long: String = "Lorem ipsum dolor sit amet. ".repeat(400);
    assert!(long.chars().count() >= 10_000);
    k.paste(&long);
    let text = field(&k).lines().join("\n");
    assert_eq!(text.chars().count(), LONG_TEXT_MAX);
    assert!(
        k.text()
            .contains("Only the first 2000 characters were kept"),
        "{}",
        k.text()
    );
    k.type_text("more");
    assert_eq!(field(&k).lines().join("\n").chars().count(), LONG_TEXT_MAX);
    k.tap("Next");
    k.settle();
    let answer = k
        .app()
        .client
        .as_ref()
        .unwrap()
        .answers
        .get("informal.what_did")
        .cloned();
    assert!(matches!(answer, Some(Answer::Text(t)) if t.chars().count() <= LONG_TEXT_MAX));
}

#[test]
fn escape_sequences_in_a_field_are_shown_inert() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("goals");
    k.tap("Next"); // short text
    k.paste("\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m\rok");
    k.key(KeyCode::Char('\u{1b}'));
    k.key(KeyCode::Char('\u{7}'));
    assert_eq!(field(&k).lines(), ["␛[2J␛]0;pwned␇�31m ok"]);
    let terminal = k.render();
    for cell in terminal.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "control character reached a cell: {:?}",
            cell.symbol()
        );
    }
    k.key(KeyCode::Enter);
    k.settle();
    let saved = k
        .app()
        .client
        .as_ref()
        .unwrap()
        .answers
        .get("goals.work_wish")
        .cloned();
    assert_eq!(saved, Some(Answer::Text("␛[2J␛]0;pwned␇�31m ok".into())));
}

#[test]
fn resuming_an_answered_text_puts_the_cursor_at_its_end() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    let code = k.client_code();
    k.key(KeyCode::Enter);
    k.open_section("goals");
    k.tap("Next");
    k.type_text("baker");
    k.key(KeyCode::Enter); // confirmed; now on question 3
    k.key(KeyCode::Esc); // back to question 2
    assert_eq!(field(&k).lines(), ["baker"]);
    assert_eq!(field(&k).cursor(), (0, 5));
    k.settle();
    drop(k.kiosk);
    let mut k2 = TestKiosk::open(&k.db, "en", false);
    resume(&mut k2, "en", &code);
    assert_eq!(field(&k2).lines(), ["baker"]);
}

#[test]
fn a_section_opens_at_its_first_unanswered_question() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("goals");
    k.key(KeyCode::Enter); // tick "Find work"
    k.tap("Next");
    k.key(KeyCode::Esc);
    k.key(KeyCode::Esc); // back at the section list
    assert!(matches!(k.app().screen, Screen::Sections));
    k.key(KeyCode::Enter);
    let goals = k.app().catalog.section_index("goals").unwrap();
    assert!(
        matches!(k.app().screen, Screen::Question { section, item: 1, .. } if section == goals),
        "{}",
        k.text()
    );
}

#[test]
fn an_advisor_rating_stands_beside_the_clients_own() {
    use skills_kiosk::kiosk::Action;
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("competences");
    k.act(Action::Next);
    k.act(Action::Next); // social
    k.act(Action::Toggle(0)); // the client: A
    // The advisor's rating is stored beside it (advisor mode writes this path).
    let path = skills_kiosk::domain::portfolio::advisor_path("competences.social");
    let first = match &k.app().client.as_ref().unwrap().answers["competences.social"] {
        Answer::Ratings(r) => r.keys().next().unwrap().clone(),
        other => panic!("{other:?}"),
    };
    k.kiosk.app.client.as_mut().unwrap().answers.insert(
        path,
        Answer::Ratings([(first.clone(), "c".to_string())].into()),
    );
    let screen = k.text();
    assert!(
        screen.contains("[A]") && screen.contains("(advisor: C)"),
        "{screen}"
    );
    let p = skills_kiosk::domain::portfolio::derive(
        k.app().client.as_ref().unwrap(),
        &k.app().catalog,
        "en",
    );
    let c = p.competences.iter().find(|c| c.id == first).unwrap();
    assert_eq!(
        (c.self_rating.as_deref(), c.advisor_rating.as_deref()),
        (Some("A"), Some("C"))
    );
}

#[test]
fn entries_are_added_reordered_and_removed() {
    use skills_kiosk::kiosk::Action;
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("languages");
    for language in ["Tigrinya", "Arabic", "English"] {
        k.act(Action::AddEntry);
        k.answer_text(language);
        k.answer_choice(0); // mother tongue: done with this one
    }
    let order = |k: &TestKiosk| -> Vec<String> {
        let client = k.app().client.as_ref().unwrap();
        skills_kiosk::domain::session::entries(&client.answers, "languages")
            .unwrap()
            .iter()
            .map(
                |e| match &client.answers[&format!("languages.{e}.language")] {
                    Answer::Text(t) => t.clone(),
                    other => panic!("{other:?}"),
                },
            )
            .collect()
    };
    assert_eq!(order(&k), ["Tigrinya", "Arabic", "English"]);
    let ids = k.entry_ids("languages");
    assert_ne!(ids[0], ids[1], "entry ids are unique");
    k.act(Action::OpenEntry(ids[2].clone()));
    k.act(Action::MoveEntry(-1));
    k.act(Action::MoveEntry(-1));
    k.act(Action::MoveEntry(-1)); // already first: nothing happens
    assert_eq!(order(&k), ["English", "Tigrinya", "Arabic"]);
    k.act(Action::Back);
    k.act(Action::OpenEntry(ids[1].clone()));
    k.act(Action::RemoveEntry);
    assert!(
        k.text().contains("Really remove?"),
        "a second press is needed"
    );
    k.act(Action::RemoveEntry);
    assert_eq!(order(&k), ["English", "Tigrinya"]);
    assert!(
        !k.app()
            .client
            .as_ref()
            .unwrap()
            .answers
            .keys()
            .any(|p| p.starts_with(&format!("languages.{}.", ids[1])))
    );
    k.settle();
    let code = k.client_code();
    let store = Store::open(&k.db).unwrap();
    let saved = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(saved.answers, k.app().client.as_ref().unwrap().answers);
}

#[test]
fn the_two_language_view_shows_german_beneath_every_label() {
    let mut k = TestKiosk::new("en");
    k.new_client("ar");
    k.key(KeyCode::Enter);
    let tr_ar = skills_kiosk::i18n::Tr::new("ar");
    let tr_de = skills_kiosk::i18n::Tr::new("de");
    let german = tr_de.t("section-goals");
    assert!(!k.text().contains(&german));
    k.key(KeyCode::F(3));
    assert!(k.app().bilingual);
    let text = k.text();
    assert!(text.contains(&german), "{text}");
    assert!(text.contains(&tr_de.t("sections-title")), "{text}");
    // The Arabic stays, shaped and right to left, above it.
    let arabic = skills_kiosk::ui::bidi::visual(&tr_ar.t("section-goals"), true);
    assert!(text.contains(arabic.trim()), "{text}");
    // The button in the bottom corner switches it off again (a tap, as on a touchscreen).
    let (w, h) = k.app().size;
    let found = (0..w).find(|&x| {
        let page = skills_kiosk::view::page(k.app());
        let placed = skills_kiosk::ui::layout(&page, k.app().area());
        placed.hit(x, h - 1) == Some(skills_kiosk::ui::page::Target::Bilingual)
    });
    let x = found.expect("a two-language button on the bottom line");
    k.click(x, h - 1);
    assert!(!k.app().bilingual);
    assert!(!k.text().contains(&german));
    // It ends with the visit.
    k.key(KeyCode::F(3));
    k.act(skills_kiosk::kiosk::Action::ShowSummary);
    k.act(skills_kiosk::kiosk::Action::Finish);
    k.act(skills_kiosk::kiosk::Action::Done);
    assert!(!k.app().bilingual);
}
