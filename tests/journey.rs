//! Whole client journeys in the real binary, in a pseudo-terminal read with vt100:
//! language, consent, code, an answer in every section, summary, and the QR code
//! at the end read off the emulated screen; its URL is fetched from the kiosk's own
//! portfolio server and the page holds the answers. In German, Arabic (right to
//! left, shaped by the kiosk) and Ukrainian.

mod common;

use std::time::Duration;

use common::{PtyKiosk, find_code, get, keys};
use skills_kiosk::i18n::{SHIPPED, Tr, is_rtl};
use skills_kiosk::ui::bidi::visual;

/// A message as it appears on screen: shaped and reordered for right-to-left.
fn shown(lang: &str, id: &str) -> String {
    let text = Tr::new(lang).t(id);
    if is_rtl(lang) {
        visual(&text, true)
    } else {
        text
    }
}

/// The first words of a message as shown (long messages wrap on screen).
fn start_of(lang: &str, id: &str) -> String {
    let text = Tr::new(lang).t(id);
    let words: Vec<&str> = text.split(' ').take(2).collect();
    let text = words.join(" ");
    if is_rtl(lang) {
        visual(&text, true)
    } else {
        text
    }
}

/// Esc until the section list shows.
fn back_to_sections(k: &mut PtyKiosk, lang: &str) {
    let title = shown(lang, "sections-title");
    for _ in 0..8 {
        std::thread::sleep(Duration::from_millis(150));
        if k.screen().contains(&title) {
            return;
        }
        k.send(keys::ESC);
    }
    k.wait_for(&title);
}

/// Opens section `index` from the section list (focus is on `from`).
fn open(k: &mut PtyKiosk, from: usize, index: usize) {
    for _ in from..index {
        k.send(keys::DOWN);
    }
    k.send(keys::ENTER);
    std::thread::sleep(Duration::from_millis(200));
}

fn journey(lang: &str, words: [&str; 3]) {
    let [language, job, wish] = words;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let config = dir.path().join("config.toml");
    // Any free port for the kiosk's own server; links then use the port it got.
    std::fs::write(&config, "[portfolio]\nbind = \"127.0.0.1:0\"\n").unwrap();
    let mut k = PtyKiosk::start(
        &[
            "--db",
            db.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ],
        &[],
    );
    k.wait_for("Willkommen");
    let position = SHIPPED.iter().position(|l| *l == lang).unwrap();
    for _ in 0..position {
        k.send(keys::DOWN);
    }
    k.send(keys::ENTER);
    k.wait_for(&shown(lang, "start-title"));
    k.send(keys::ENTER); // new
    k.wait_for(&start_of(lang, "consent-title"));
    k.send(keys::ENTER); // agree
    k.wait_for(&start_of(lang, "code-title"));
    let code = find_code(&k.screen()).expect("a code on screen");
    k.send(keys::ENTER);
    back_to_sections(&mut k, lang);

    // Life: a stage (the first kind, school).
    open(&mut k, 0, 0);
    k.send(keys::ENTER); // + add
    std::thread::sleep(Duration::from_millis(200));
    k.send(b" ");
    back_to_sections(&mut k, lang);
    // Education: a school (the first kind).
    open(&mut k, 0, 1);
    k.send(keys::ENTER);
    std::thread::sleep(Duration::from_millis(200));
    k.send(b" ");
    back_to_sections(&mut k, lang);
    // Work: a job in the client's own words.
    open(&mut k, 1, 2);
    k.send(keys::ENTER);
    std::thread::sleep(Duration::from_millis(200));
    k.send(job.as_bytes());
    k.send(keys::ENTER);
    back_to_sections(&mut k, lang);
    // Languages: one by name.
    open(&mut k, 2, 3);
    k.send(keys::ENTER);
    std::thread::sleep(Duration::from_millis(200));
    k.send(language.as_bytes());
    k.send(keys::ENTER);
    back_to_sections(&mut k, lang);
    // Informal learning: the first area.
    open(&mut k, 3, 4);
    k.send(b" ");
    back_to_sections(&mut k, lang);
    // Competences: the first line rated A.
    open(&mut k, 4, 5);
    k.send(b" ");
    back_to_sections(&mut k, lang);
    // Goals: "find work", then the work wish typed.
    open(&mut k, 5, 6);
    k.send(b" ");
    for _ in 0..10 {
        k.send(keys::TAB);
    }
    k.send(keys::ENTER); // next
    std::thread::sleep(Duration::from_millis(200));
    k.send(wish.as_bytes());
    k.send(keys::ENTER);
    back_to_sections(&mut k, lang);
    k.wait_for(&shown(lang, "save-saved"));

    // Summary (the button after the seven sections; focus is on goals, the last),
    // then finish: the end screen with the QR code.
    k.send(keys::TAB);
    k.send(keys::ENTER);
    k.wait_for(&shown(lang, "summary-title"));
    k.send(keys::TAB);
    k.send(keys::ENTER);
    k.wait_for(&shown(lang, "goodbye-title"));
    k.wait_for(&code);
    let mut url = None;
    for _ in 0..50 {
        url = k.qr();
        if url.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let url = url.unwrap_or_else(|| panic!("no readable QR code:\n{}", k.screen()));
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let (status, _, page) = get(&url);
    assert_eq!(status, 200);
    assert!(
        page.contains(&format!("<html lang=\"{lang}\"")),
        "page language"
    );
    for answer in [language, job, wish] {
        assert!(page.contains(answer), "the page lacks {answer}");
    }
    // The first kind of school and stage, in the client's language.
    assert!(page.contains(&Tr::new(lang).t("option-life-stage-school")));
    let (status, _, json) = get(&format!("{url}.json"));
    assert_eq!(status, 200);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["language"], lang);
    assert_eq!(value["goals"]["work_wish"], wish);
    assert_eq!(value["competences"][0]["self_rating"], "A");

    k.send(keys::ENTER); // done: back to a clean welcome screen
    k.wait_for("Willkommen");
    let screen = k.screen();
    for answer in [language, job, wish, code.as_str()] {
        assert!(
            !screen.contains(answer),
            "{answer} left on screen:\n{screen}"
        );
        let drawn = visual(answer, false);
        assert!(
            !screen.contains(&drawn),
            "{answer} left on screen:\n{screen}"
        );
    }
    k.signal("TERM");
    assert_eq!(k.wait_exit(), Some(0));
}

#[test]
fn a_whole_journey_in_german() {
    journey("de", ["Arabisch", "Schneiderin", "Krankenpflegerin"]);
}

#[test]
fn a_whole_journey_in_arabic() {
    journey("ar", ["الكردية", "خياطة", "ممرضة"]);
}

#[test]
fn a_whole_journey_in_ukrainian() {
    journey("uk", ["Польська", "Кравчиня", "Медсестра"]);
}

#[test]
fn an_idle_client_leaves_nothing_on_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let config = dir.path().join("config.toml");
    // The shortest timeouts the configuration allows: 30 s, then a 5 s countdown.
    std::fs::write(
        &config,
        "[kiosk]\nidle_timeout_secs = 30\nidle_countdown_secs = 5\n[advisor]\nidle_timeout_secs = 30\n",
    )
    .unwrap();
    let mut k = PtyKiosk::start(
        &[
            "--db",
            db.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
            "--lang",
            "en",
            "--no-server",
        ],
        &[],
    );
    let code = k.new_english_client();
    k.open_work_wish();
    k.send("Bäckerin in Herat".as_bytes());
    k.wait_for("Bäckerin in Herat");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !k.screen().contains("Welcome to the skills kiosk") {
        assert!(std::time::Instant::now() < deadline, "{}", k.screen());
        std::thread::sleep(Duration::from_millis(250));
    }
    std::thread::sleep(Duration::from_millis(300));
    let screen = k.screen();
    for left in ["Bäckerin", "Herat", code.as_str(), "Which work", "Saved"] {
        assert!(!screen.contains(left), "{left} left on screen:\n{screen}");
    }
    k.signal("TERM");
    assert_eq!(k.wait_exit(), Some(0));
    // The half-typed text was saved for the next visit.
    let store = skills_kiosk::store::Store::open(&db).unwrap();
    let session = store
        .load_session(&skills_kiosk::domain::code::ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        session.drafts.into_values().next().map(|d| d.text),
        Some("Bäckerin in Herat".into())
    );
}
