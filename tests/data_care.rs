//! Data care on real files: backup while a writer runs, restore, retention purge,
//! private permissions, and each fault a real office meets (read-only directory,
//! truncated file, full disk), plus the promise that logs hold no client data.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{PtyKiosk, keys, kiosk_cmd, text};
use crossterm::event::KeyCode;
use skills_kiosk::config::{Config, ThemeName};
use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::session::{Answer, SessionKey};
use skills_kiosk::kiosk::{App, SaveState, Settings};
use skills_kiosk::runtime::Kiosk;
use skills_kiosk::store::{Change, Store, StoreError, StoreWorker};
use skills_kiosk::ui::theme::Theme;

/// All sessions and answers, in a stable order, for comparing two databases.
fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut rows = Vec::new();
    for sql in [
        "SELECT code || '|' || language || '|' || position || '|' || updated_at FROM session ORDER BY code",
        "SELECT session_id || '|' || item || '|' || value FROM answer ORDER BY session_id, item",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let found: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.extend(found);
    }
    rows
}

/// Whether the database file or its log files hold a string (read once, now).
fn file_holds(db: &Path) -> impl Fn(&str) -> bool {
    let db = db.to_path_buf();
    move |needle: &str| common::db_holds(&db, needle)
}

fn answer(session: SessionKey, item: &str, text: &str) -> Change {
    Change::Answer {
        session,
        item: item.into(),
        before: None,
        after: Some(Answer::Text(text.into())),
    }
}

#[test]
fn backup_while_a_writer_runs_then_restore_gives_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut seed = Store::open(&db).unwrap();
    for i in 0..50 {
        let s = seed.create_session("de").unwrap();
        seed.apply(&answer(s.key(), "goals.work_wish", &format!("Beruf {i}")))
            .unwrap();
    }
    drop(seed);

    // A second process-like writer keeps committing while the backup runs.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop) = (db.clone(), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut store = Store::open(&db).unwrap();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let s = store.create_session("en").unwrap();
                store
                    .apply(&answer(s.key(), "goals.next_steps", &format!("step {n}")))
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let backup = dir.path().join("backup.sqlite3");
    let out = kiosk_cmd(&[
        "--db",
        db.to_str().unwrap(),
        "backup",
        backup.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("backup written and checked"));
    stop.store(true, Ordering::Relaxed);
    let written_during = writer.join().unwrap();
    assert!(
        written_during > 0,
        "the writer really ran during the backup"
    );

    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a backup is as private as the database");
    let saved = dump(&backup);
    assert!(saved.len() >= 100, "the backup holds the seeded data");

    // Restore into another kiosk's database and compare row by row.
    let other = dir.path().join("other.sqlite3");
    Store::open(&other).unwrap();
    let out = kiosk_cmd(&[
        "restore",
        backup.to_str().unwrap(),
        "--db",
        other.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("the previous database is kept as"),
        "{}",
        text(&out)
    );
    assert_eq!(dump(&other), saved);

    // Refuses to overwrite an existing file, and refuses a file that is no backup.
    let again = kiosk_cmd(&[
        "--db",
        db.to_str().unwrap(),
        "backup",
        backup.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let refused = kiosk_cmd(&[
        "--db",
        other.to_str().unwrap(),
        "restore",
        junk.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused).contains("restore refused"),
        "{}",
        text(&refused)
    );
    assert_eq!(dump(&other), saved, "a refused restore changes nothing");
}

fn age_session(db: &Path, code: &ClientCode, days: i64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let stamp = (chrono::Utc::now() - chrono::Duration::days(days))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    conn.execute(
        "UPDATE session SET updated_at = ?1 WHERE code = ?2",
        rusqlite::params![stamp, code.compact()],
    )
    .unwrap();
}

#[test]
fn purge_erases_exactly_the_sessions_past_retention_and_their_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let mut codes = Vec::new();
    for (days, secret) in [
        (10, "FRESHSECRET10"),
        (179, "KEEPSECRET179"),
        (181, "OLDSECRET181"),
        (400, "OLDSECRET400"),
    ] {
        let s = store.create_session("de").unwrap();
        store
            .apply(&answer(s.key(), "goals.work_wish", secret))
            .unwrap();
        store
            .apply(&Change::Draft {
                session: s.key(),
                draft: skills_kiosk::domain::session::Draft {
                    item: "goals.next_steps".into(),
                    text: format!("{secret}-draft"),
                    cursor_row: 0,
                    cursor_col: 0,
                },
            })
            .unwrap();
        codes.push((days, s.code));
    }
    drop(store);
    for (days, code) in &codes {
        age_session(&db, code, *days);
    }
    let out = kiosk_cmd(&["purge", "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains(
            "erased 2 sessions (2 answers, 2 unconfirmed texts) untouched for more than 180 days"
        ),
        "{}",
        text(&out)
    );
    let store = Store::open(&db).unwrap();
    for (days, code) in &codes {
        let found = store.load_session(code).unwrap();
        assert_eq!(found.is_some(), *days < 180, "session aged {days} days");
    }
    drop(store);
    let contains = file_holds(&db);
    assert!(contains("KEEPSECRET179"));
    assert!(
        !contains("OLDSECRET181"),
        "erased text is gone from the file's bytes"
    );
    assert!(!contains("OLDSECRET400"));
}

#[test]
fn the_running_kiosk_purges_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let old = store.create_session("de").unwrap();
    let new = store.create_session("de").unwrap();
    drop(store);
    age_session(&db, &old.code, 200);
    let worker = StoreWorker::start_with_retention(Store::open(&db).unwrap(), 180, Vec::new());
    assert!(worker.flush(Duration::from_secs(10)));
    assert_eq!(worker.load_session(&old.code).unwrap(), None);
    assert!(worker.load_session(&new.code).unwrap().is_some());
}

#[test]
fn a_database_readable_by_others_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    Store::open(&db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(matches!(
        Store::open(&db),
        Err(StoreError::NotPrivate { .. })
    ));
    let out = kiosk_cmd(&["--lang", "en", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("can be read by other users"),
        "{}",
        text(&out)
    );
    let doctor = kiosk_cmd(&["doctor", "--db", db.to_str().unwrap()]);
    assert_eq!(doctor.status.code(), Some(1));
    assert!(text(&doctor).contains("FAIL database"), "{}", text(&doctor));
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn a_read_only_directory_gives_a_clear_message_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let db = data.join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let s = store.create_session("en").unwrap();
    store
        .apply(&answer(s.key(), "goals.work_wish", "welder"))
        .unwrap();
    drop(store);
    let before = std::fs::read(&db).unwrap();
    // Root may write anywhere, so as root the kiosk runs as `nobody` for this test.
    let mut cmd = if is_root() {
        let nobody = 65534;
        std::os::unix::fs::chown(&data, Some(nobody), Some(nobody)).unwrap();
        std::os::unix::fs::chown(&db, Some(nobody), Some(nobody)).unwrap();
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_kiosk"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_kiosk"))
    };
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = cmd
        .args(["--lang", "en", "--db", db.to_str().unwrap()])
        .env_remove("KIOSK_DB")
        .env_remove("KIOSK_CONFIG")
        .output()
        .unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let message = text(&out);
    assert!(
        message.contains("cannot be opened") || message.contains("cannot be written"),
        "{message}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");
    if is_root() {
        std::os::unix::fs::chown(&data, Some(0), Some(0)).unwrap();
        std::os::unix::fs::chown(&db, Some(0), Some(0)).unwrap();
    }
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store
            .load_session(&s.code)
            .unwrap()
            .unwrap()
            .answers
            .get("goals.work_wish"),
        Some(&Answer::Text("welder".into()))
    );
}

#[test]
fn a_truncated_database_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    for i in 0..300 {
        let s = store.create_session("de").unwrap();
        store
            .apply(&answer(s.key(), "informal.what_did", &"x".repeat(200 + i)))
            .unwrap();
    }
    store.clear_log().unwrap();
    drop(store);
    let full = std::fs::read(&db).unwrap();
    std::fs::write(&db, &full[..full.len() / 2]).unwrap();
    let truncated = std::fs::read(&db).unwrap();
    let out = kiosk_cmd(&["--lang", "en", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("The database file is damaged"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read(&db).unwrap(), truncated);
    let doctor = kiosk_cmd(&["doctor", "--db", db.to_str().unwrap()]);
    assert_eq!(doctor.status.code(), Some(1));
}

#[test]
fn a_full_disk_shows_a_warning_keeps_the_answer_and_loses_nothing_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let store = Store::open(&db).unwrap();
    // SQLite's own "database or disk is full": the file may not grow by a page.
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    let mut config = Config::default();
    config.kiosk.default_language = "en".into();
    let app = App::new(
        Settings::from_config(&config, false),
        Catalog::embedded().unwrap(),
        Theme::new(ThemeName::Default, false),
        Instant::now(),
    );
    // Not one page more: what fits in the pages there are is saved, the rest is not.
    store
        .connection()
        .execute_batch(&format!("PRAGMA max_page_count = {pages}"))
        .unwrap();
    let mut kiosk = Kiosk::new(app, StoreWorker::start(store));
    let now = Instant::now();
    let key = |k: &mut Kiosk, code| {
        k.handle_event(
            crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
                code,
                crossterm::event::KeyModifiers::NONE,
            )),
            now,
        )
    };
    for code in [
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
    ] {
        key(&mut kiosk, code);
    }
    assert!(kiosk.app.client.is_some(), "the session fits");
    key(&mut kiosk, KeyCode::Enter);
    for _ in 0..4 {
        key(&mut kiosk, KeyCode::Down);
    }
    key(&mut kiosk, KeyCode::Enter); // informal learning, question 1
    key(&mut kiosk, KeyCode::Enter); // tick "Looking after children": a small answer
    assert!(
        kiosk.flush(Duration::from_secs(10)),
        "the small answer is saved"
    );
    for _ in 0..10 {
        key(&mut kiosk, KeyCode::Tab);
    }
    key(&mut kiosk, KeyCode::Enter); // Next: the long text
    kiosk.handle_event(
        crossterm::event::Event::Paste("a long answer ".repeat(140)),
        now,
    );
    key(&mut kiosk, KeyCode::Tab);
    key(&mut kiosk, KeyCode::Tab);
    key(&mut kiosk, KeyCode::Enter); // Next: 2 KB need new pages — the disk is full
    let deadline = Instant::now() + Duration::from_secs(10);
    while !matches!(kiosk.app.save, SaveState::Failing(StoreError::DiskFull(_))) {
        assert!(
            Instant::now() < deadline,
            "no full-disk report: {:?}",
            kiosk.app.save
        );
        std::thread::sleep(Duration::from_millis(50));
        kiosk.take_reports(Instant::now());
    }
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| skills_kiosk::view::view(&kiosk.app, f))
        .unwrap();
    let screen = format!("{}", terminal.backend());
    assert!(screen.contains("Not saved yet"), "{screen}");
    let kept = kiosk
        .app
        .client
        .as_ref()
        .unwrap()
        .answers
        .get("informal.what_did")
        .cloned();
    assert!(matches!(kept, Some(Answer::Text(t)) if t.starts_with("a long answer")));
    let code = kiosk.app.client.as_ref().unwrap().code.clone();
    assert!(
        !kiosk.flush(Duration::from_millis(500)),
        "the write cannot finish"
    );
    drop(kiosk); // must not hang on the write that keeps failing
    let store = Store::open(&db).unwrap();
    let saved = store.load_session(&code).unwrap().unwrap();
    assert_eq!(
        saved.answers.get("informal.areas"),
        Some(&Answer::Choices(vec!["childcare".into()])),
        "what was saved stays"
    );
}

#[test]
fn logs_of_a_scripted_session_hold_no_answers_and_no_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let db_s = db.to_str().unwrap();
    let mut kiosk = PtyKiosk::start(&["--db", db_s, "--lang", "en"], &[("KIOSK_LOG", "trace")]);
    let code = kiosk.new_english_client();
    kiosk.open_work_wish();
    kiosk.send(b"Zahnarzthelferin-Geheimnis");
    kiosk.send(keys::ENTER);
    kiosk.wait_for("What is your next step?");
    kiosk.send(b"Mein-Name-ist-Amina");
    std::thread::sleep(Duration::from_millis(1200));
    // A wrong code too: what a client types there is theirs as well.
    kiosk.send(keys::F2);
    kiosk.signal("TERM");
    assert_eq!(kiosk.wait_exit(), Some(0));
    let mut restart = PtyKiosk::start(&["--db", db_s, "--lang", "en"], &[("KIOSK_LOG", "trace")]);
    restart.wait_for("Welcome");
    restart.send(keys::DOWN);
    restart.send(keys::ENTER);
    restart.send(keys::DOWN);
    restart.send(keys::ENTER);
    restart.send(b"ZZZZ-WRONG-TRY");
    restart.send(keys::ENTER);
    restart.send(&[0x7f; 30]);
    restart.send(code.as_bytes());
    restart.send(keys::ENTER);
    restart.wait_for("Mein-Name-ist-Amina");
    restart.signal("TERM");
    assert_eq!(restart.wait_exit(), Some(0));

    let log = std::fs::read_to_string(dir.path().join("kiosk.log")).unwrap();
    assert!(log.contains("kiosk started"), "the log was written:\n{log}");
    let compact = code.replace('-', "");
    for secret in [
        "Zahnarzthelferin",
        "Amina",
        "ZZZZ",
        code.as_str(),
        compact.as_str(),
        &compact[..6],
    ] {
        assert!(!log.contains(secret), "{secret:?} is in the log:\n{log}");
    }
}

#[test]
fn erasing_a_client_on_request_removes_every_byte_of_their_answers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let gone = store.create_session("de").unwrap();
    let kept = store.create_session("de").unwrap();
    store
        .apply(&answer(gone.key(), "goals.work_wish", "ERASEMEUNIQUE42"))
        .unwrap();
    store
        .apply(&answer(gone.key(), "goals.next_steps", "ERASEMETOO77"))
        .unwrap();
    store
        .apply(&answer(kept.key(), "goals.work_wish", "KEEPMEUNIQUE"))
        .unwrap();
    drop(store);
    let typed = gone.code.to_string().to_lowercase().replace('-', " ");
    let out = kiosk_cmd(&["erase", &typed, "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("with 2 answers"), "{}", text(&out));
    let contains = file_holds(&db);
    assert!(!contains("ERASEMEUNIQUE42") && !contains("ERASEMETOO77"));
    assert!(!contains(&gone.code.compact()), "not even the code stays");
    assert!(contains("KEEPMEUNIQUE"), "other clients are untouched");
    let again = kiosk_cmd(&[
        "erase",
        &gone.code.to_string(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again).contains("no session has the code"));
}

#[test]
fn a_large_damaged_database_is_found_before_anything_is_written_to_it() {
    // Large files are opened at once (the first frame must not wait for the full
    // check) and checked on the storage thread before its first write.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.sqlite3");
    let first = {
        let mut store = Store::open(&db).unwrap();
        let first = store.create_session("de").unwrap();
        store
            .apply(&answer(first.key(), "goals.work_wish", "Schneiderin"))
            .unwrap();
        let filler = "x".repeat(400);
        let tx = store.connection();
        tx.execute_batch("BEGIN").unwrap();
        for n in 0..30_000 {
            tx.execute(
                "INSERT INTO session (code, language, position, created_at, updated_at)
                 VALUES (?1, 'de', ?2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                rusqlite::params![format!("FILL{n:08}"), filler],
            )
            .unwrap();
        }
        tx.execute_batch("COMMIT").unwrap();
        store.clear_log().unwrap();
        first
    };
    let size = std::fs::metadata(&db).unwrap().len();
    assert!(size > skills_kiosk::store::INLINE_CHECK_BYTES, "{size}");
    // Damage pages in the middle of the session table.
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
        f.seek(SeekFrom::Start(size / 2)).unwrap();
        f.write_all(&vec![0xA5; 8192]).unwrap();
    }
    let damaged = std::fs::read(&db).unwrap();
    let store = Store::open(&db).expect("a large file opens without the full check");
    let worker = StoreWorker::start(store);
    worker.write(answer(first.key(), "goals.work_wish", "Bäckerin"));
    assert!(!worker.flush(Duration::from_secs(30)), "nothing is written");
    let reports: Vec<_> = worker.reports().collect();
    assert!(
        reports.iter().any(|r| matches!(
            r,
            skills_kiosk::store::SaveReport::Failed(StoreError::Corrupt(_))
        )),
        "{reports:?}"
    );
    drop(worker);
    assert_eq!(
        std::fs::read(&db).unwrap(),
        damaged,
        "the damaged file was written to"
    );
    // doctor runs the full check at once and says so.
    let out = Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(["--db", db.to_str().unwrap(), "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
