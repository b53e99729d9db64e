//! Advisor mode on the state machine with a real database: login with an argon2id
//! PIN, find a client, rate beside them, notes and plan, review, links, export,
//! erasure with the bytes gone, lockout after wrong PINs, the advisor's idle timeout.

mod common;

use std::time::Duration;

use common::{TestKiosk, db_holds, full_assessment, qr_on_buffer};
use crossterm::event::KeyCode;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::portfolio;
use skills_kiosk::kiosk::{Action, Screen};
use skills_kiosk::kiosk::{AdvisorAction as A, AdvisorScreen, NoteKey};
use skills_kiosk::store::{Store, hash_pin};

const PIN: &str = "482913";

/// A kiosk whose client did the whole assessment and left; an advisor "Amira" exists.
fn client_left(lang: &str) -> (TestKiosk, ClientCode) {
    let mut k = TestKiosk::new(lang);
    full_assessment(&mut k, lang);
    k.act(Action::ShowSummary);
    k.act(Action::Finish);
    k.act(Action::Done);
    k.settle();
    let mut store = Store::open(&k.db).unwrap();
    store.add_advisor("Amira", &hash_pin(PIN).unwrap()).unwrap();
    let code: String = store
        .connection()
        .query_row("SELECT code FROM session", [], |r| r.get(0))
        .unwrap();
    (k, ClientCode::parse(&code).unwrap())
}

fn login(k: &mut TestKiosk, pin: &str) {
    k.key(KeyCode::F(12));
    assert!(matches!(k.app().screen, Screen::Advisor(_)));
    k.act(Action::Advisor(A::Choose("Amira".into())));
    k.type_text(pin);
    k.key(KeyCode::Enter);
}

fn advisor_screen(k: &TestKiosk) -> &AdvisorScreen {
    match &k.app().screen {
        Screen::Advisor(s) => s,
        _ => panic!("not an advisor screen:\n{}", k.text()),
    }
}

fn audit_actions(k: &TestKiosk) -> Vec<String> {
    Store::open(&k.db)
        .unwrap()
        .audit_log(None)
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect()
}

#[test]
fn an_advisor_reviews_a_client_and_the_portfolio_shows_it() {
    let (mut k, code) = client_left("de");
    // Nothing on any client screen mentions the advisor key.
    assert!(!k.text().contains("F12"));
    login(&mut k, PIN);
    assert!(
        matches!(advisor_screen(&k), AdvisorScreen::Home { .. }),
        "{}",
        k.text()
    );
    assert!(k.text().contains("Angemeldet als Amira"));
    // The recent list shows the session: code, language, answers, day.
    assert!(k.text().contains(&code.to_string()), "{}", k.text());

    k.type_text(&code.to_string().to_lowercase());
    k.key(KeyCode::Enter);
    assert!(
        matches!(advisor_screen(&k), AdvisorScreen::Client { .. }),
        "{}",
        k.text()
    );
    assert!(k.text().contains("Selbsteinschätzung, noch nicht geprüft"));

    // The advisor goes through the client's own screens and changes an answer.
    k.act(Action::Advisor(A::Review));
    assert!(matches!(k.app().screen, Screen::Sections));
    k.open_section("goals");
    k.act(Action::Toggle(1)); // also "vocational training"
    k.key(KeyCode::Esc);
    k.key(KeyCode::Esc); // from the section list back to the client overview
    assert!(
        matches!(advisor_screen(&k), AdvisorScreen::Client { .. }),
        "{}",
        k.text()
    );

    // Ratings side by side: the client rated teamwork B; the advisor says C.
    k.act(Action::Advisor(A::Ratings));
    k.act(Action::Advisor(A::Group(1))); // methodical
    k.act(Action::Advisor(A::Group(1))); // social
    assert!(
        k.text().contains("Klient/in B · Beratung –"),
        "{}",
        k.text()
    );
    for _ in 0..3 {
        k.act(Action::Advisor(A::Rate("teamwork".into())));
    }
    assert!(
        k.text().contains("Klient/in B · Beratung C"),
        "{}",
        k.text()
    );
    k.key(KeyCode::Esc);

    // A note for the portfolio, an internal one, and a plan with a date.
    k.act(Action::Advisor(A::Notes));
    k.act(Action::Advisor(A::OpenNote(NoteKey::Section(
        "work".into(),
    ))));
    k.act(Action::Advisor(A::TogglePublic));
    assert!(
        k.text().contains("[x] Diese Notiz im Portfolio zeigen"),
        "{}",
        k.text()
    );
    k.key(KeyCode::Tab); // into the note
    k.type_text("Sews well; bring work samples.");
    k.act(Action::Advisor(A::Submit));
    k.act(Action::Advisor(A::OpenNote(NoteKey::Section(
        "goals".into(),
    ))));
    k.type_text("INTERNAL-ONLY-NOTE");
    k.act(Action::Advisor(A::Submit));
    k.act(Action::Advisor(A::OpenNote(NoteKey::Plan)));
    k.type_text("2026-12-01 Anerkennung beantragen");
    k.key(KeyCode::Enter);
    k.type_text("Sprachkurs B1 suchen");
    k.act(Action::Advisor(A::Submit));
    k.key(KeyCode::Esc);

    // A document seen, then checked.
    k.act(Action::Advisor(A::Documents));
    let doc = "Ihr Zeugnis, Diplom oder Ihre Urkunde";
    k.act(Action::Advisor(A::Document(doc.into())));
    k.act(Action::Advisor(A::Document(doc.into())));
    assert!(
        k.text().contains("geprüft · Ihr Zeugnis, Diplom"),
        "{}",
        k.text()
    );
    k.key(KeyCode::Esc);

    k.act(Action::Advisor(A::MarkReviewed));
    assert!(k.text().contains("Geprüft mit Amira"), "{}", k.text());
    k.settle();

    // The portfolio JSON shows both ratings, the review, the note and the plan.
    let store = Store::open(&k.db).unwrap();
    let client = store.load_session(&code).unwrap().unwrap();
    let p = portfolio::derive(&client, &k.app().catalog, &client.language);
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["assessment"], "reviewed");
    assert_eq!(json["reviewed"]["by"], "Amira");
    assert_eq!(
        client.answers.get("goals.wishes"),
        Some(&skills_kiosk::domain::session::Answer::Choices(vec![
            "work".into(),
            "training".into(),
            "recognition".into()
        ]))
    );
    let teamwork = p.competences.iter().find(|c| c.id == "teamwork").unwrap();
    assert_eq!(
        (
            teamwork.self_rating.as_deref(),
            teamwork.advisor_rating.as_deref()
        ),
        (Some("B"), Some("C"))
    );
    assert_eq!(
        p.advisor_notes.len(),
        1,
        "only the note marked for the portfolio"
    );
    assert_eq!(p.advisor_notes[0].text, "Sews well; bring work samples.");
    assert!(!json.to_string().contains("INTERNAL-ONLY-NOTE"));
    assert_eq!(p.plan[0].date.as_deref(), Some("2026-12-01"));
    assert_eq!(p.plan[0].step, "Anerkennung beantragen");
    assert_eq!(p.plan[1].date, None);
    assert_eq!(p.documents_checked[0].status, "verified");
    let html =
        skills_kiosk::web::html::render(&p, &client, &k.app().catalog, chrono::Utc::now(), None);
    assert!(html.contains("Geprüft mit Amira"));
    assert!(html.contains("Sews well; bring work samples."));
    assert!(!html.contains("INTERNAL-ONLY-NOTE"));
    drop(store);

    // A new phone link as a QR code, then withdrawn.
    k.act(Action::Advisor(A::Links));
    k.act(Action::Advisor(A::NewLink));
    let url = qr_on_buffer(k.render().backend().buffer()).expect("a readable QR code");
    assert!(url.contains("/p/"), "{url}");
    k.act(Action::Advisor(A::Links));
    assert!(k.text().contains("gültig"), "{}", k.text());
    k.act(Action::Advisor(A::Revoke(None)));
    assert!(k.text().contains("zurückgenommen"), "{}", k.text());
    assert!(!k.text().contains("· gültig"), "{}", k.text());
    k.act(Action::Advisor(A::ClientHome));

    // Export for the case file: HTML and JSON, private files.
    k.act(Action::Advisor(A::Export));
    let paths = k.app().advisor.as_ref().unwrap().export_paths.clone();
    assert_eq!(paths.len(), 2, "{}", k.text());
    for path in &paths {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(
        std::fs::read_to_string(&paths[0])
            .unwrap()
            .contains("Aleppo, Syria")
    );

    // Erase on request: the wrong code is refused, the right one erases.
    assert!(db_holds(&k.db, "Gaziantep"));
    k.act(Action::Advisor(A::Erase));
    k.type_text("K7M-4QX-9TP-H2C");
    k.key(KeyCode::Enter);
    assert!(k.text().contains("nicht der Code"), "{}", k.text());
    let field_text = k.app().field_text().unwrap();
    for _ in 0..field_text.chars().count() {
        k.key(KeyCode::Backspace);
    }
    k.type_text(&code.to_string());
    k.key(KeyCode::Enter);
    assert!(matches!(advisor_screen(&k), AdvisorScreen::Home { .. }));
    assert!(k.text().contains("wurden gelöscht"), "{}", k.text());
    k.settle();
    assert!(
        Store::open(&k.db)
            .unwrap()
            .load_session(&code)
            .unwrap()
            .is_none()
    );
    assert!(
        !db_holds(&k.db, "Gaziantep"),
        "erased bytes still in the file"
    );

    let actions = audit_actions(&k);
    for expected in [
        "login",
        "view",
        "edit",
        "review",
        "link-created",
        "link-revoked",
        "export",
        "erase",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} not in {actions:?}"
        );
    }

    // Logging out clears everything back to the welcome screen.
    k.act(Action::Advisor(A::Logout));
    assert!(matches!(k.app().screen, Screen::Welcome));
    assert!(k.app().advisor.is_none());
    assert!(!k.text().contains("Amira"));
}

#[test]
fn wrong_pins_lock_the_login_with_a_growing_delay() {
    let (mut k, _) = client_left("en");
    for _ in 0..4 {
        login(&mut k, "000000");
        assert!(k.text().contains("This PIN is not right"), "{}", k.text());
        k.key(KeyCode::Esc);
    }
    login(&mut k, "000000");
    assert!(k.text().contains("Login is locked"), "{}", k.text());
    // Locked: even the right PIN is not checked now.
    k.key(KeyCode::Esc);
    login(&mut k, PIN);
    assert!(k.app().advisor.is_none());
    assert!(k.text().contains("Login is locked"));
    // The lock is kept in the database: a new kiosk on the same file (a restart)
    // is locked too, even for the right PIN.
    {
        let mut other = TestKiosk::open(&k.db, "en", false);
        login(&mut other, PIN);
        assert!(other.app().advisor.is_none());
        assert!(other.text().contains("Login is locked"), "{}", other.text());
    }
    // After the lock (30 s for the fifth wrong PIN) the right PIN works.
    k.key(KeyCode::Esc);
    k.wait(Duration::from_secs(31));
    common::age_attempts(&k.db, Duration::from_secs(31));
    login(&mut k, PIN);
    assert!(k.app().advisor.is_some(), "{}", k.text());
    let actions = audit_actions(&k);
    assert_eq!(actions.iter().filter(|a| *a == "login-failed").count(), 5);
    assert_eq!(actions.iter().filter(|a| *a == "lockout").count(), 1);
    assert!(actions.iter().any(|a| a == "login"));
}

#[test]
fn an_idle_advisor_is_logged_out_and_the_screen_cleared() {
    let (mut k, code) = client_left("en");
    login(&mut k, PIN);
    k.type_text(&code.to_string());
    k.key(KeyCode::Enter);
    assert!(k.text().contains(&format!("Client {code}")));
    // Shorter than a client's 180 s: 120 s by default.
    let outcome = k.wait(Duration::from_secs(121));
    assert!(outcome.clear, "the screen is repainted");
    assert!(matches!(k.app().screen, Screen::Welcome));
    assert!(k.app().advisor.is_none() && k.app().client.is_none());
    assert!(!k.text().contains(&code.to_string()));
}

#[test]
fn only_an_advisor_can_end_the_program() {
    let (mut k, _) = client_left("en");
    // Without login, the quit action does nothing.
    let before = k.ctrl('q');
    assert!(!before.quit);
    login(&mut k, PIN);
    let page = skills_kiosk::view::page(k.app());
    let quit = page
        .buttons
        .iter()
        .position(|b| b.action == Action::Advisor(A::Quit))
        .expect("a quit button");
    let index = page.options.len() + 1 + quit;
    drop(page);
    k.kiosk.app.focus = skills_kiosk::kiosk::Focus::Control(index);
    let outcome = k.key(KeyCode::Enter);
    assert!(outcome.quit);
    assert!(audit_actions(&k).iter().any(|a| a == "quit"));
}

#[test]
fn advisor_screens_fit_80x24_in_every_language() {
    let mut cut = Vec::new();
    for &lang in skills_kiosk::i18n::SHIPPED {
        let (mut k, code) = client_left(lang);
        k.kiosk.app.lang = lang.to_string();
        login(&mut k, PIN);
        let mut check = |k: &TestKiosk, name: &str| {
            let text = k.text();
            if text.contains('…') {
                cut.push(format!("{name} in {lang}:\n{text}"));
            }
        };
        check(&k, "home");
        k.type_text(&code.to_string());
        k.key(KeyCode::Enter);
        check(&k, "client");
        for (action, name) in [
            (A::Ratings, "ratings"),
            (A::Notes, "notes"),
            (A::Documents, "documents"),
            (A::Links, "links"),
            (A::Erase, "erase"),
        ] {
            k.act(Action::Advisor(action));
            check(&k, name);
            if name == "notes" {
                k.act(Action::Advisor(A::OpenNote(NoteKey::Plan)));
                check(&k, "plan");
                k.key(KeyCode::Esc);
            }
            k.key(KeyCode::Esc);
        }
        k.act(Action::Advisor(A::Home));
        k.act(Action::Advisor(A::Audit));
        check(&k, "audit");
        k.key(KeyCode::F(12));
        k.act(Action::Advisor(A::Logout));
        k.key(KeyCode::F(12));
        check(&k, "login");
    }
    assert!(
        cut.is_empty(),
        "{} advisor screens cut a line:\n{}",
        cut.len(),
        cut.join("\n")
    );
}
