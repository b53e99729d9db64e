//! One client's data never reaches another, and no edit is lost: each case the
//! office found (issue "integrity", cases 1–13) as a test, with real binaries in
//! pseudo-terminals where a terminal is involved, real files, and two processes
//! where two are involved.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{PtyKiosk, TestKiosk, db_holds, keys, kiosk_cmd, text};
use crossterm::event::KeyCode;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::session::{Answer, SessionKey};
use skills_kiosk::kiosk::{Action, EntryError, Screen};
use skills_kiosk::store::{Change, Store, with_suffix};

fn session_of(db: &Path, code: &str) -> Option<skills_kiosk::domain::session::ClientSession> {
    Store::open_existing(db)
        .unwrap()
        .load_session(&ClientCode::parse(code).unwrap())
        .unwrap()
}

/// A real kiosk on `db`, in English, without its own portfolio server.
fn pty_kiosk(db: &Path) -> PtyKiosk {
    PtyKiosk::start(
        &["--db", db.to_str().unwrap(), "--lang", "en", "--no-server"],
        &[],
    )
}

/// From the welcome screen: English, "I have a code", the code: the session opens.
fn resume_by_code(k: &mut PtyKiosk, code: &str) {
    k.wait_for("Welcome");
    k.send(keys::DOWN);
    k.send(keys::ENTER); // English
    k.wait_for("How would you like to start?");
    k.send(keys::DOWN);
    k.send(keys::ENTER); // I have a code
    k.wait_for("Continue with your code");
    k.send(code.as_bytes());
    k.send(keys::ENTER);
}

/// Waits up to 10 s for `f`; panics with `what` otherwise.
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !f() {
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn case01_answers_never_land_in_another_clients_session_after_an_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut a = pty_kiosk(&db);
    let x = a.new_english_client();
    a.open_work_wish();
    a.send(b"Words of X only");
    a.wait_for("Words of X only");
    // The office erases X on request while X goes on typing at terminal A and
    // confirms (before A's next look for changes elsewhere, due every 2 s) …
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", &x]);
    assert!(out.status.success(), "{}", text(&out));
    a.send_now(b" and more\r");
    // … and terminal B starts a new client Z, the newest session now.
    let mut b = pty_kiosk(&db);
    let z = b.new_english_client();
    a.wait_for("closed by the office");
    a.wait_for("Welcome");
    let screen = a.screen();
    assert!(!screen.contains("Words of X"), "{screen}");
    assert!(!screen.contains("Saved"), "{screen}");
    let zs = session_of(&db, &z).expect("Z's session");
    assert!(zs.answers.is_empty() && zs.drafts.is_empty(), "{zs:?}");
    assert!(session_of(&db, &x).is_none());
    a.stop();
    b.stop();
    assert!(
        !db_holds(&db, "Words of X"),
        "no byte of X's answer anywhere"
    );
}

#[test]
fn case02_erasing_an_open_session_does_not_jam_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut k = pty_kiosk(&db);
    let x = k.new_english_client();
    k.open_work_wish();
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", &x]);
    assert!(out.status.success(), "{}", text(&out));
    k.send(b"tailor");
    k.send(keys::ENTER);
    // Told plainly, back to the start; no retrying, no "Not saved yet".
    k.wait_for("This visit was closed by the office");
    k.wait_for("Welcome");
    assert!(!k.screen().contains("Not saved yet"), "{}", k.screen());
    // The next client starts at once (no 8-second waits behind a jammed write).
    let started = Instant::now();
    let next = k.new_english_client();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(session_of(&db, &next).is_some());
    // The refresh notices an erasure even when nothing is typed: erase the next one.
    k.open_work_wish();
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", &next]);
    assert!(out.status.success(), "{}", text(&out));
    k.wait_for("This visit was closed by the office");
    k.stop();
}

#[test]
fn case02_the_goodbye_screen_says_saved_only_when_it_is_true() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.settle();
    // The client's session is erased before they finish.
    let code = k.app().client.as_ref().unwrap().code.clone();
    Store::open_existing(&k.db)
        .unwrap()
        .erase(&code, &[])
        .unwrap();
    k.act(Action::ShowSummary);
    k.act(Action::Finish);
    k.settle();
    assert!(matches!(k.app().screen, Screen::Welcome), "{}", k.text());
    assert!(k.text().contains("closed by the office"), "{}", k.text());
}

#[test]
fn case03_two_terminals_on_one_code_keep_both_entries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut a = pty_kiosk(&db);
    let code = a.new_english_client();
    let mut b = pty_kiosk(&db);
    resume_by_code(&mut b, &code);
    b.wait_for("Your checklist");
    // Both open "work" and add a job at the same time.
    for k in [&mut a, &mut b] {
        k.send(keys::DOWN);
        k.send(keys::DOWN);
        k.send(keys::ENTER);
        k.wait_for("Add a job");
    }
    a.send(keys::ENTER);
    b.send(keys::ENTER);
    a.send(b"Welder in Kabul");
    b.send(b"Tailor in Herat");
    a.send(keys::ENTER);
    b.send(keys::ENTER);
    a.wait_for("Saved");
    b.wait_for("Saved");
    eventually("both jobs stored", || {
        let s = session_of(&db, &code).unwrap();
        let words: Vec<String> = s
            .answers
            .values()
            .filter_map(|a| match a {
                Answer::Occupation { words, .. } => Some(words.clone()),
                _ => None,
            })
            .collect();
        words.contains(&"Welder in Kabul".to_string())
            && words.contains(&"Tailor in Herat".to_string())
            && skills_kiosk::domain::session::entries(&s.answers, "work").map(|l| l.len())
                == Some(2)
    });
    // Each terminal comes to show both (the list refreshes every two seconds).
    for k in [&mut a, &mut b] {
        for _ in 0..4 {
            if k.screen().contains("Add a job") {
                break;
            }
            k.send(keys::ESC);
            std::thread::sleep(Duration::from_millis(150));
        }
        k.wait_for("Add a job");
        k.wait_for("Welder in Kabul");
        k.wait_for("Tailor in Herat");
    }
    a.stop();
    b.stop();
}

#[test]
fn case03_the_same_answer_changed_at_two_terminals_is_never_overwritten_unseen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut a = pty_kiosk(&db);
    let code = a.new_english_client();
    let mut b = pty_kiosk(&db);
    resume_by_code(&mut b, &code);
    b.wait_for("Your checklist");
    a.open_work_wish();
    b.open_work_wish();
    // B is typing when A confirms another answer to the same question.
    b.send(b"Baker");
    a.send(b"Cook");
    a.send(keys::ENTER);
    eventually("A's answer stored", || {
        session_of(&db, &code)
            .unwrap()
            .answers
            .get("goals.work_wish")
            == Some(&Answer::Text("Cook".into()))
    });
    // B confirms: not written over A's; B is told, and is shown that question
    // with what is stored.
    b.send(keys::ENTER);
    b.wait_for("changed at another screen");
    b.wait_for("Which work");
    b.wait_for("Cook");
    assert_eq!(
        session_of(&db, &code)
            .unwrap()
            .answers
            .get("goals.work_wish"),
        Some(&Answer::Text("Cook".into()))
    );
    // Having seen it, B may change it: now B's answer wins.
    for _ in 0..4 {
        b.send(b"\x7f");
    }
    b.send(b"Baker");
    b.send(keys::ENTER);
    eventually("B's answer stored", || {
        session_of(&db, &code)
            .unwrap()
            .answers
            .get("goals.work_wish")
            == Some(&Answer::Text("Baker".into()))
    });
    a.stop();
    b.stop();
}

#[test]
fn case03_an_advisor_beside_a_client_loses_nothing_of_either() {
    let mut client = TestKiosk::new("en");
    client.new_client("en");
    client.key(KeyCode::Enter);
    client.settle();
    let code = client.app().client.as_ref().unwrap().code.clone();
    let mut store = Store::open_existing(&client.db).unwrap();
    store
        .add_advisor("Amira", &skills_kiosk::store::hash_pin("482913").unwrap())
        .unwrap();
    drop(store);
    let mut advisor = TestKiosk::open(&client.db, "en", false);
    advisor.key(KeyCode::F(12));
    advisor.act(Action::Advisor(skills_kiosk::kiosk::AdvisorAction::Choose(
        "Amira".into(),
    )));
    advisor.type_text("482913");
    advisor.key(KeyCode::Enter);
    advisor.type_text(&code.to_string());
    advisor.key(KeyCode::Enter);
    assert!(advisor.app().client.is_some(), "{}", advisor.text());
    // The client answers the goals; the advisor goes through the same question.
    client.open_section("goals");
    client.act(Action::Toggle(0));
    client.act(Action::Next);
    client.type_text("Nurse");
    client.act(Action::Next);
    client.settle();
    advisor.act(Action::Advisor(skills_kiosk::kiosk::AdvisorAction::Review));
    advisor.open_section("goals");
    // The advisor's copy is older than the client's answer: ticking an option is
    // refused, told, and the advisor's screen now shows the client's choices.
    advisor.act(Action::Toggle(1));
    advisor.settle();
    assert!(
        advisor.text().contains("changed at another screen"),
        "{}",
        advisor.text()
    );
    let stored = session_of(&client.db, &code.to_string()).unwrap();
    assert_eq!(
        stored.answers.get("goals.wishes"),
        Some(&Answer::Choices(vec!["work".into()]))
    );
    assert_eq!(
        advisor
            .app()
            .client
            .as_ref()
            .unwrap()
            .answers
            .get("goals.wishes"),
        stored.answers.get("goals.wishes")
    );
    // Now the advisor's tick is based on what is stored, and both are kept.
    advisor.act(Action::Toggle(1));
    advisor.settle();
    let stored = session_of(&client.db, &code.to_string()).unwrap();
    assert!(
        matches!(stored.answers.get("goals.wishes"), Some(Answer::Choices(c)) if c.len() == 2),
        "{stored:?}"
    );
    assert_eq!(
        stored.answers.get("goals.work_wish"),
        Some(&Answer::Text("Nurse".into()))
    );
}

#[test]
fn case04_an_erasure_that_cannot_clear_the_log_says_so_and_purge_finishes_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let s = store.create_session("de").unwrap();
    store
        .apply(&Change::Answer {
            session: s.key(),
            item: "goals.work_wish".into(),
            before: None,
            after: Some(Answer::Text("WALSECRET4711".into())),
        })
        .unwrap();
    drop(store);
    // Another program holds a read transaction: its snapshot keeps the log.
    let reader = rusqlite::Connection::open(&db).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM answer", [], |r| r.get(0))
        .unwrap();
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", &s.code.to_string()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("kiosk.sqlite3-wal"), "{}", text(&out));
    assert!(text(&out).contains("kiosk purge"), "{}", text(&out));
    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "purge"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!db_holds(&db, "WALSECRET4711"));
    let wal = std::fs::metadata(with_suffix(&db, "-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0);
}

#[test]
fn case05_a_removed_database_is_noticed_never_recreated_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut k = pty_kiosk(&db);
    k.new_english_client();
    k.open_work_wish();
    std::fs::rename(&db, dir.path().join("moved-away.sqlite3")).unwrap();
    k.send(b"welder");
    k.send(keys::ENTER);
    k.wait_for("was removed or replaced");
    assert!(!k.screen().contains("✓ Saved"), "{}", k.screen());
    k.stop();
    assert!(!db.exists(), "no new file where the old one was");
    // A restart does not start an empty database in its place.
    let mut k = pty_kiosk(&db);
    k.wait_for("The database is missing");
    assert!(!db.exists());
    k.stop();
}

#[test]
fn case05_a_database_overwritten_in_place_is_never_written_to() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut k = pty_kiosk(&db);
    k.new_english_client();
    k.open_work_wish();
    k.wait_for("Which work");
    let garbage = vec![0x5Au8; 64 * 1024];
    std::fs::write(&db, &garbage).unwrap();
    k.send(b"welder");
    k.send(keys::ENTER);
    k.wait_for("The kiosk cannot work right now");
    assert!(!k.screen().contains("✓ Saved"), "{}", k.screen());
    k.stop();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        garbage,
        "nothing written into it"
    );
}

#[test]
fn case06_a_mistyped_db_is_refused_by_every_command_and_nothing_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("no-such-folder/kiosk.sqlite3");
    let db = typo.to_str().unwrap();
    let backup = dir.path().join("b.sqlite3");
    let code = ClientCode::generate().unwrap().to_string();
    for args in [
        vec!["--db", db, "backup", backup.to_str().unwrap()],
        vec!["--db", db, "serve", "--bind", "127.0.0.1:0"],
        vec!["--db", db, "audit"],
        vec!["--db", db, "erase", &code],
        vec!["--db", db, "export", &code],
        vec!["--db", db, "purge"],
        vec!["--db", db, "advisor", "list"],
        vec!["--db", db, "restore", backup.to_str().unwrap()],
        vec!["--db", db, "doctor"],
    ] {
        let out = kiosk_cmd(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        assert!(
            text(&out).contains("no database") || text(&out).contains("no such file"),
            "{args:?}: {}",
            text(&out)
        );
    }
    assert!(!typo.parent().unwrap().exists(), "no folder was made");
    assert!(!backup.exists());
}

/// A database with one client, and a backup of it.
fn with_backup(dir: &Path) -> (PathBuf, PathBuf) {
    let db = dir.join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let s = store.create_session("de").unwrap();
    store
        .apply(&Change::Answer {
            session: s.key(),
            item: "goals.work_wish".into(),
            before: None,
            after: Some(Answer::Text("Schneiderin".into())),
        })
        .unwrap();
    let backup = dir.join("backup.sqlite3");
    store.backup_to(&backup).unwrap();
    (db, backup)
}

fn restore(db: &Path, backup: &Path) -> Output {
    kiosk_cmd(&[
        "--db",
        db.to_str().unwrap(),
        "restore",
        backup.to_str().unwrap(),
    ])
}

#[test]
fn case07_restore_refuses_a_backup_with_planted_sql_and_changes_nothing() {
    for planted in [
        "CREATE TRIGGER wipe AFTER INSERT ON session BEGIN DELETE FROM answer; END;",
        "CREATE TABLE keep_copy (value TEXT);
         CREATE TRIGGER copy AFTER INSERT ON answer BEGIN
             INSERT INTO keep_copy VALUES (new.value); END;",
        "CREATE VIEW everything AS SELECT * FROM answer;",
        "CREATE INDEX extra ON answer (value);",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (db, backup) = with_backup(dir.path());
        let conn = rusqlite::Connection::open(&backup).unwrap();
        conn.execute_batch(planted).unwrap();
        drop(conn);
        let before = std::fs::read(&db).unwrap();
        let out = restore(&db, &backup);
        assert_eq!(out.status.code(), Some(1), "{planted}: {}", text(&out));
        let said = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            said.contains("restore refused, nothing was changed"),
            "{said}"
        );
        assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
        assert!(!said.contains("BEGIN"), "no SQL printed: {said}");
        assert_eq!(std::fs::read(&db).unwrap(), before);
        let doctor = kiosk_cmd(&["--db", db.to_str().unwrap(), "doctor"]);
        assert!(
            String::from_utf8_lossy(&doctor.stdout).contains("ok   database"),
            "{}",
            text(&doctor)
        );
    }
}

#[test]
fn case08_a_refused_restore_has_not_replaced_anything() {
    let dir = tempfile::tempdir().unwrap();
    let (db, backup) = with_backup(dir.path());
    let conn = rusqlite::Connection::open(&backup).unwrap();
    conn.execute_batch("PRAGMA user_version = 99").unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    let out = restore(&db, &backup);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("schema version is 99"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
    // Every later command works as before.
    let audit = kiosk_cmd(&["--db", db.to_str().unwrap(), "audit"]);
    assert!(audit.status.success(), "{}", text(&audit));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("restoring") || n.contains("before-restore")),
        "{names:?}"
    );
    // A sound backup is restored, and the previous database kept beside it.
    let (_, good) = with_backup(&dir.path().join("other"));
    let out = restore(&db, &good);
    assert!(out.status.success(), "{}", text(&out));
}

/// A kiosk on `db` that calls itself terminal `name`.
fn terminal(db: &Path, name: &str) -> TestKiosk {
    let mut k = TestKiosk::open(db, "en", false);
    k.kiosk.app.settings.terminal = name.into();
    k
}

fn try_code(k: &mut TestKiosk, code: &str) -> Option<EntryError> {
    if !matches!(k.app().screen, Screen::CodeEntry { .. }) {
        k.kiosk.app.screen = Screen::Welcome;
        k.choose_on_welcome("en");
        k.keys(&[KeyCode::Down, KeyCode::Enter]);
    }
    for _ in 0..30 {
        k.key(KeyCode::Backspace);
    }
    k.type_text(code);
    k.key(KeyCode::Enter);
    match &k.app().screen {
        Screen::CodeEntry { error, .. } => *error,
        _ => None,
    }
}

#[test]
fn case09_wrong_code_limits_hold_across_screens_restarts_and_a_right_code() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let real = {
        let mut store = Store::open(&db).unwrap();
        store.create_session("en").unwrap().code.to_string()
    };
    let unknown = || ClientCode::generate().unwrap().to_string();
    let mut a = terminal(&db, "terminal-a");
    for _ in 0..4 {
        assert_eq!(try_code(&mut a, &unknown()), Some(EntryError::Unknown));
    }
    assert!(matches!(
        try_code(&mut a, &unknown()),
        Some(EntryError::Wait(_))
    ));
    // A restart of terminal A does not end its wait; even the right code waits.
    drop(a);
    let mut a = terminal(&db, "terminal-a");
    assert!(matches!(try_code(&mut a, &real), Some(EntryError::Wait(_))));
    // Another terminal is not held up by A's misses.
    let mut b = terminal(&db, "terminal-b");
    assert_eq!(try_code(&mut b, &unknown()), Some(EntryError::Unknown));
    // After the wait the right code opens …
    common::age_attempts(&db, Duration::from_secs(6));
    a.wait(Duration::from_secs(6));
    try_code(&mut a, &real);
    assert!(a.app().client.is_some(), "{}", a.text());
    // … and does not reset the count: the next wrong code waits longer.
    a.kiosk.app.client = None;
    assert!(matches!(
        try_code(&mut a, &unknown()),
        Some(EntryError::Wait(_))
    ));
    assert!(a.text().contains("10 seconds"), "{}", a.text());
}

#[test]
fn case10_the_portfolio_server_stays_up_with_a_thousand_idle_connections() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let token = {
        let mut store = Store::open(&db).unwrap();
        let s = store.create_session("de").unwrap();
        store.create_link(&s.code, 30, chrono::Utc::now()).unwrap()
    };
    // This test opens more connections than the usual 1,024 files: raise its own
    // limit; the server runs with 1,024, as a default system gives it.
    raise_open_files(4096);
    let mut server = Command::new("sh")
        .args([
            "-c",
            &format!(
                "ulimit -n 1024 && exec {} --db {} serve --bind 127.0.0.1:0",
                env!("CARGO_BIN_EXE_kiosk"),
                db.display()
            ),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = server.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while !line.ends_with('\n') {
        assert_eq!(stdout.read(&mut byte).unwrap(), 1, "server said: {line}");
        line.push(byte[0] as char);
    }
    let addr: std::net::SocketAddr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    let idle: Vec<std::net::TcpStream> = (0..1100)
        .filter_map(|_| std::net::TcpStream::connect(addr).ok())
        .collect();
    assert!(idle.len() > 1000, "{} connections", idle.len());
    // A phone from another address is served at once.
    let (status, body) = get_from("127.0.0.2", addr, "/healthz");
    assert_eq!(status, 200, "{body}");
    let (status, body) = get_from("127.0.0.3", addr, &format!("/p/{token}"));
    assert_eq!(status, 200);
    assert!(
        body.contains("Schneiderin") || body.contains("<html"),
        "{body}"
    );
    // Idle connections are closed after the header timeout, and then the flooding
    // address is served again too.
    std::thread::sleep(skills_kiosk::web::HEADER_TIMEOUT + Duration::from_secs(1));
    let (status, _) = get_from("127.0.0.1", addr, "/healthz");
    assert_eq!(status, 200);
    drop(idle);
    let _ = server.kill();
    let _ = server.wait();
}

/// Raises this process's limit on open files to `n` (if the hard limit allows).
fn raise_open_files(n: u64) {
    // SAFETY: getrlimit/setrlimit only read and write the struct passed to them.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < n {
            limit.rlim_cur = n.min(limit.rlim_max);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// GET `path` from `addr` over a connection made from the local address `from`.
fn get_from(from: &str, addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    let local: std::net::SocketAddr = format!("{from}:0").parse().unwrap();
    socket.bind(&local.into()).unwrap();
    socket
        .connect_timeout(&addr.into(), Duration::from_secs(5))
        .unwrap();
    let mut stream: std::net::TcpStream = socket.into();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

#[test]
fn case11_a_valid_token_is_served_whatever_misses_came_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let token = {
        let mut store = Store::open(&db).unwrap();
        let s = store.create_session("de").unwrap();
        store.create_link(&s.code, 30, chrono::Utc::now()).unwrap()
    };
    let catalog = skills_kiosk::domain::checklist::Catalog::embedded().unwrap();
    let server = skills_kiosk::web::PortfolioServer::start(
        "127.0.0.1:0".parse().unwrap(),
        db.clone(),
        catalog,
        2,
    )
    .unwrap();
    let base = format!("http://{}", server.addr());
    // Misses from this address, enough to be slowed …
    for n in 0..12 {
        let (status, _, _) = common::get(&format!("{base}/p/nothing{n}"));
        assert_eq!(status, 404);
    }
    // … yet the valid token is answered (the limiter only ever holds misses).
    let (status, _, body) = common::get(&format!("{base}/p/{token}"));
    assert_eq!(status, 200);
    assert!(body.contains("<html"));
}

#[test]
fn case12_f12_right_after_typing_keeps_the_text() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.open_section("goals");
    k.act(Action::Toggle(0));
    k.act(Action::Next);
    let code = k.client_code();
    k.type_text("typed just now");
    k.key(KeyCode::F(12)); // within the 0.3 s before the typed text is saved
    k.settle();
    let session = session_of(&k.db, &code).unwrap();
    assert_eq!(
        session.drafts.values().next().map(|d| d.text.as_str()),
        Some("typed just now")
    );
}

#[test]
fn case12_sighup_right_after_typing_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut k = pty_kiosk(&db);
    let code = k.new_english_client();
    k.open_work_wish();
    k.send_now(b"upholsterer");
    k.signal("HUP");
    assert_eq!(k.wait_exit(), Some(0));
    let session = session_of(&db, &code).unwrap();
    assert_eq!(
        session.drafts.values().next().map(|d| d.text.as_str()),
        Some("upholsterer")
    );
}

#[test]
fn case12_text_after_an_end_of_paste_marker_is_pasted_text_not_keys() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut k = pty_kiosk(&db);
    k.new_english_client();
    k.open_work_wish();
    // A paste that holds the end marker, then what would be F12 and Esc as keys.
    k.send(b"\x1b[200~cook\x1b[201~\x1b[24~ and baker\x1b\x1b[201~");
    k.wait_for("and baker");
    let screen = k.screen();
    assert!(
        !screen.contains("Advisor"),
        "the login did not open: {screen}"
    );
    assert!(screen.contains("Which work"), "{screen}");
    k.stop();
}

#[test]
fn case12_erasure_deletes_export_files_and_prints_nothing_raw() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let code = {
        let mut store = Store::open(&db).unwrap();
        store.create_session("de").unwrap().code.to_string()
    };
    let out_file = dir.path().join("case-file.html");
    let out = kiosk_cmd(&[
        "--db",
        db.to_str().unwrap(),
        "export",
        &code,
        "--out",
        out_file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(out_file.exists());
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", &code]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!out_file.exists(), "the export went with the client");
    assert!(text(&out).contains("deleted export file"), "{}", text(&out));
    // A code with escape sequences is refused without printing them raw.
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "erase", "K7M\x1b[2J4QX"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out).contains('\x1b'), "{:?}", text(&out));
}

#[test]
fn case12_a_backup_that_runs_out_of_space_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    for n in 0..400 {
        let s = store.create_session("de").unwrap();
        store
            .apply(&Change::Answer {
                session: s.key(),
                item: "informal.what_did".into(),
                before: None,
                after: Some(Answer::Text(format!("{n} {}", "x".repeat(4000)))),
            })
            .unwrap();
    }
    store.clear_log().unwrap();
    drop(store);
    assert!(std::fs::metadata(&db).unwrap().len() > 1_500_000);
    // A file may not grow past a few hundred kilobytes: as on a nearly full disk.
    let dest = dir.path().join("backup.sqlite3");
    let out = Command::new("sh")
        .args([
            "-c",
            &format!(
                "trap '' XFSZ; ulimit -f 600 && exec {} --db {} backup {}",
                env!("CARGO_BIN_EXE_kiosk"),
                db.display(),
                dest.display()
            ),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("backup failed"), "{}", text(&out));
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = with_suffix(&dest, suffix);
        assert!(!p.exists(), "{} left behind", p.display());
    }
}

#[test]
fn case12_purge_leaves_no_code_in_the_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let s = store.create_session("de").unwrap();
    store.audit("Amira", "view", Some(&s.code)).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE session SET updated_at = '2000-01-01T00:00:00.000Z'",
        [],
    )
    .unwrap();
    drop(conn);
    let out = kiosk_cmd(&["--db", db.to_str().unwrap(), "purge"]);
    assert!(out.status.success(), "{}", text(&out));
    let log = Store::open_existing(&db).unwrap().audit_log(None).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].client_code, None);
}

#[test]
fn case12_repeated_entries_have_a_cap() {
    let mut k = TestKiosk::new("en");
    k.new_client("en");
    k.key(KeyCode::Enter);
    k.resize(200, 60); // thirty entries and the add button on one screen
    k.open_section("languages");
    for n in 0..skills_kiosk::domain::session::MAX_ENTRIES {
        k.act(Action::AddEntry);
        k.answer_text(&format!("language {n}"));
        k.key(KeyCode::Esc);
        while !matches!(k.app().screen, Screen::Entries { .. }) {
            k.key(KeyCode::Esc);
        }
    }
    k.act(Action::AddEntry);
    assert!(matches!(k.app().screen, Screen::Entries { .. }));
    assert!(k.text().contains("at most 30"), "{}", k.text());
    assert_eq!(k.entry_ids("languages").len(), 30);
}

#[test]
fn case12_healthz_answers_at_once_when_the_database_is_held_or_gone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    Store::open(&db).unwrap();
    // Another program holds the database exclusively.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM attempt; COMMIT;",
        )
        .unwrap();
    let catalog = skills_kiosk::domain::checklist::Catalog::embedded().unwrap();
    let server = skills_kiosk::web::PortfolioServer::start(
        "127.0.0.1:0".parse().unwrap(),
        db.clone(),
        catalog,
        2,
    )
    .unwrap();
    let url = format!("http://{}/healthz", server.addr());
    let started = Instant::now();
    let (status, _, _) = common::get(&url);
    assert_eq!(status, 503);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered at once"
    );
    drop(holder);
    assert_eq!(common::get(&url).0, 200);
    // An undecodable token gets the same 404 as any unknown one.
    let (a, _, page_a) = common::get(&format!("http://{}/p/%FF", server.addr()));
    let (b, _, page_b) = common::get(&format!("http://{}/p/unknown", server.addr()));
    assert_eq!((a, b), (404, 404));
    assert_eq!(page_a, page_b);
    // The file is removed: not "ok".
    std::fs::remove_file(&db).unwrap();
    assert_eq!(common::get(&url).0, 503);
}

#[test]
fn case12_an_advisor_name_with_direction_characters_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    Store::open(&db).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "advisor",
            "add",
            "Amira\u{202E}nimda",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"482913\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        Store::open_existing(&db)
            .unwrap()
            .advisors()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn case13_the_fault_screen_ends_on_sigterm_and_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    std::fs::write(&db, vec![0x42u8; 8192]).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut k = pty_kiosk(&db);
    k.wait_for("The kiosk cannot work right now");
    k.stop();

    // In tmux, whose server can be killed: the terminal goes away for good.
    let socket = dir.path().join("tmux.sock");
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux is installed (.ci/run installs it)")
    };
    let command = format!(
        "{} --db {} --lang en --no-server",
        env!("CARGO_BIN_EXE_kiosk"),
        db.display()
    );
    assert!(
        tmux(&["new-session", "-d", "-x", "80", "-y", "24", &command])
            .status
            .success()
    );
    eventually("the fault screen in tmux", || {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout)
            .contains("cannot work right now")
    });
    let pid = String::from_utf8_lossy(&tmux(&["list-panes", "-F", "#{pane_pid}"]).stdout)
        .trim()
        .to_string();
    tmux(&["kill-server"]);
    let stat = PathBuf::from(format!("/proc/{pid}/stat"));
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let state = std::fs::read_to_string(&stat).unwrap_or_default();
        if state.is_empty() || state.split_whitespace().nth(2) == Some("Z") {
            break;
        }
        assert!(Instant::now() < deadline, "still running: {state}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_write_names_its_session_by_id_and_code() {
    // The library-level form of case 1, for readers of the storage code.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let x = store.create_session("de").unwrap();
    store.erase(&x.code, &[]).unwrap();
    let z = store.create_session("de").unwrap();
    let forged = SessionKey {
        id: z.id,
        code: x.code.clone(),
    };
    let change = Change::Answer {
        session: forged,
        item: "goals.work_wish".into(),
        before: None,
        after: Some(Answer::Text("X".into())),
    };
    assert!(store.apply(&change).is_err());
}
