//! The real `kiosk` binary in a real pseudo-terminal, its screen read with vt100.

mod common;

use std::time::Duration;

use common::{PtyKiosk, find_code, keys};
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::session::Answer;
use skills_kiosk::store::Store;

fn db_arg(dir: &tempfile::TempDir) -> String {
    dir.path().join("kiosk.sqlite3").display().to_string()
}

#[test]
fn answer_kill_restart_resume() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db], &[]);
    kiosk.wait_for("Willkommen am Kompetenz-Kiosk");
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER); // English
    kiosk.wait_for("How would you like to start?");
    kiosk.send(keys::ENTER); // new
    kiosk.wait_for("Your data and your consent");
    kiosk.send(keys::ENTER); // agree
    kiosk.wait_for("Your personal code");
    let code = find_code(&kiosk.screen()).expect("a code on screen");
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Your checklist");
    for _ in 0..6 {
        kiosk.send(keys::DOWN);
    }
    kiosk.send(keys::ENTER); // goals
    kiosk.wait_for("What would you like to do next?");
    kiosk.send(b" "); // tick "Find work"
    kiosk.wait_for("[x] Find work");
    // Seven wishes and two special answers, then "Back", then "Next".
    for _ in 0..10 {
        kiosk.send(keys::TAB);
    }
    kiosk.send(keys::ENTER); // Next
    kiosk.wait_for("Which work would you like to do?");
    kiosk.send("Schneiderin in Kabul".as_bytes());
    kiosk.wait_for("Schneiderin in Kabul");
    // Half-typed text is saved within a second; give it that second.
    std::thread::sleep(Duration::from_millis(1500));
    kiosk.wait_for("✓ Saved");
    kiosk.signal("KILL");
    assert_eq!(kiosk.wait_exit(), Some(1), "killed by SIGKILL");
    drop(kiosk);

    let integrity: String = Store::open(std::path::Path::new(&db))
        .unwrap()
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");

    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en"], &[]);
    kiosk.wait_for("Welcome to the skills kiosk");
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER); // English
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER); // I have a code
    kiosk.wait_for("Continue with your code");
    kiosk.send(code.to_lowercase().as_bytes());
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Which work would you like to do?");
    kiosk.wait_for("Schneiderin in Kabul");
    kiosk.wait_for("✓ Saved");
    kiosk.send(keys::F2);
    kiosk.wait_for("Choose a language");
    kiosk.send(keys::UP);
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Welche Arbeit möchten Sie machen?");
    kiosk.wait_for("Schneiderin in Kabul");
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
}

#[test]
fn sigterm_saves_typed_text_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en"], &[]);
    let code = kiosk.new_english_client();
    kiosk.open_work_wish();
    kiosk.send(b"baker");
    // No pause: SIGTERM comes before the debounced save would.
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
    let store = Store::open(std::path::Path::new(&db)).unwrap();
    let session = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        session.drafts.into_values().next().map(|d| d.text),
        Some("baker".to_string())
    );
}

#[test]
fn control_keys_do_not_stop_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en"], &[]);
    kiosk.wait_for("Welcome");
    // Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-D as the terminal sends them.
    for byte in [0x03u8, 0x1a, 0x1c, 0x04] {
        kiosk.send(&[byte]);
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(kiosk.running(), "the kiosk must survive kiosk keys");
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER);
    kiosk.wait_for("How would you like to start?");
    // SIGINT from outside is ignored too; SIGTERM ends it cleanly.
    kiosk.signal("INT");
    std::thread::sleep(Duration::from_millis(200));
    assert!(kiosk.running());
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
}

#[test]
fn pasted_escape_sequences_reach_the_screen_as_symbols_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en"], &[]);
    kiosk.wait_for("Welcome");
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER);
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Continue with your code");
    // A bracketed paste carrying "clear screen" and "set title" sequences.
    kiosk.send(b"\x1b[200~AB\x1b[2J\x1b]0;pwned\x07CD\x1b[201~");
    kiosk.wait_for("AB␛[2J␛]0;pwned␇CD");
    let screen = kiosk.screen();
    assert!(
        screen.contains("Continue with your code"),
        "screen was cleared:\n{screen}"
    );
    assert!(kiosk.running());
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_broken_layout() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start_sized(&["--db", &db, "--lang", "en"], &[], 20, 10);
    kiosk.wait_for("Please make the");
    assert!(kiosk.running());
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
}

#[test]
fn answers_reach_the_database_while_the_kiosk_runs() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en"], &[]);
    let code = kiosk.new_english_client();
    for _ in 0..4 {
        kiosk.send(keys::DOWN);
    }
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Where have you learned things");
    kiosk.send(keys::ENTER);
    kiosk.wait_for("✓ Saved");
    // A second connection sees the confirmed answer while the kiosk still runs.
    let store = Store::open(std::path::Path::new(&db)).unwrap();
    let session = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        session.answers.get("informal.areas"),
        Some(&Answer::Choices(vec!["childcare".into()]))
    );
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
}

#[test]
fn switching_to_arabic_while_typing_keeps_the_text_and_shows_it_right_to_left() {
    use skills_kiosk::ui::bidi::visual;
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en", "--no-server"], &[]);
    let code = kiosk.new_english_client();
    kiosk.open_work_wish();
    kiosk.send(b"Schnei");
    kiosk.wait_for("Schnei");
    kiosk.send(keys::F2);
    kiosk.wait_for("Choose a language");
    // The picker starts on English; Arabic is two further down (de, en, de-simple, ar).
    kiosk.send(keys::DOWN);
    kiosk.send(keys::DOWN);
    kiosk.send(keys::ENTER);
    // The title bar's language button, shaped and in visual order.
    kiosk.wait_for(&visual("العربية", true));
    // The cursor stayed at the end: typing goes on after "Schnei".
    kiosk.send("der خياط".as_bytes());
    let logical = "Schneider خياط";
    // Shown right to left: the Arabic word first (at the left), the Latin one after.
    let shown = visual(logical, true);
    assert!(shown.starts_with('ﻁ'), "{shown}");
    kiosk.wait_for(&shown);
    std::thread::sleep(Duration::from_millis(1500));
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
    // Stored in logical order, with the language.
    let store = Store::open(std::path::Path::new(&db)).unwrap();
    let session = store
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        session.drafts.into_values().next().map(|d| d.text),
        Some(logical.to_string())
    );
    assert_eq!(session.language, "ar");
}

#[test]
fn an_advisor_resumes_a_client_who_left_midway() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let mut add = std::process::Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(["--db", &db, "advisor", "add", "Amira"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    add.stdin.take().unwrap().write_all(b"482913\n").unwrap();
    assert!(add.wait().unwrap().success());

    let mut kiosk = PtyKiosk::start(&["--db", &db, "--lang", "en", "--no-server"], &[]);
    let code = kiosk.new_english_client();
    kiosk.open_work_wish();
    kiosk.send(b"Schneiderin in Kabul");
    kiosk.send(keys::ENTER); // confirmed
    kiosk.wait_for("✓ Saved");
    // The client walks away; an advisor comes with the key no client is told about.
    kiosk.send(keys::F12);
    kiosk.wait_for("Advisor login");
    assert!(
        !kiosk.screen().contains("Schneiderin"),
        "nothing of the client left"
    );
    kiosk.send(keys::TAB); // from the name (chosen: the only advisor) to the PIN
    kiosk.send(b"482913");
    kiosk.wait_for("••••••");
    assert!(!kiosk.screen().contains("482913"), "the PIN is never shown");
    kiosk.send(keys::ENTER);
    kiosk.wait_for("Logged in as Amira");
    kiosk.send(code.as_bytes());
    kiosk.send(keys::ENTER);
    kiosk.wait_for(&format!("Client {code}"));
    kiosk.send(keys::ENTER); // go through the answers
    kiosk.wait_for("Your checklist");
    for _ in 0..7 {
        kiosk.send(keys::TAB);
    }
    kiosk.send(keys::ENTER); // the summary
    kiosk.wait_for("Schneiderin in Kabul");
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
    let audit = Store::open(std::path::Path::new(&db))
        .unwrap()
        .audit_log(None)
        .unwrap();
    assert!(
        audit
            .iter()
            .any(|r| r.action == "login" && r.actor == "Amira")
    );
    assert!(audit.iter().any(|r| r.action == "view"));
}

#[test]
fn a_kiosk_whose_terminal_goes_away_stops_and_keeps_its_answers() {
    // tmux is the terminal here: killing its server takes the terminal away for good
    // (a pseudo-terminal held by this test's reader thread cannot be closed).
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(&dir);
    let socket = dir.path().join("tmux.sock");
    let tmux = |args: &[&str]| {
        std::process::Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux is installed (.ci/run installs it)")
    };
    let command = format!(
        "{} --db {db} --lang en --no-server",
        env!("CARGO_BIN_EXE_kiosk")
    );
    assert!(
        tmux(&["new-session", "-d", "-x", "80", "-y", "24", &command])
            .status
            .success()
    );
    let screen = || String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).into_owned();
    let wait_for = |text: &str| {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !screen().contains(text) {
            assert!(
                std::time::Instant::now() < deadline,
                "no {text}:\n{}",
                screen()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    wait_for("Welcome");
    for key in ["Down", "Enter", "Enter", "Enter"] {
        tmux(&["send-keys", key]);
        std::thread::sleep(Duration::from_millis(150));
    }
    wait_for("Your personal code");
    let code = find_code(&screen()).expect("a code");
    tmux(&["send-keys", "Enter"]);
    wait_for("Your checklist");
    let pid = String::from_utf8_lossy(&tmux(&["list-panes", "-F", "#{pane_pid}"]).stdout)
        .trim()
        .to_string();
    tmux(&["kill-server"]);
    // SIGHUP; if the loop is caught in the dead terminal, the watchdog ends it.
    let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let state = std::fs::read_to_string(proc_dir.join("stat")).unwrap_or_default();
        // Gone, or a zombie waiting for a parent that is gone too.
        if state.is_empty() || state.split_whitespace().nth(2) == Some("Z") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after its terminal went away: {state}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let session = Store::open(std::path::Path::new(&db))
        .unwrap()
        .load_session(&ClientCode::parse(&code).unwrap())
        .unwrap();
    assert!(session.is_some(), "the session is kept");
}
