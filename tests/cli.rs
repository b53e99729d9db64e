//! The `kiosk` command line: configuration errors, global options, bad databases.

use std::path::Path;
use std::process::{Command, Output};

fn kiosk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(args)
        .env_remove("KIOSK_DB")
        .env_remove("KIOSK_CONFIG")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn unknown_config_key_stops_with_key_and_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[kiosk]\nidle_timeout = 60\n").unwrap();
    let db = dir.path().join("k.sqlite3");
    let out = kiosk(&[
        "--config",
        config.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("idle_timeout"), "{err}");
    assert!(err.contains(config.to_str().unwrap()), "{err}");
    assert!(
        err.contains("Die Konfigurationsdatei kann nicht verwendet werden"),
        "{err}"
    );
    assert!(
        !db.exists(),
        "nothing is created when the configuration is wrong"
    );
}

#[test]
fn bad_value_is_named_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[portfolio]\nbind = \"everywhere\"\n").unwrap();
    let out = kiosk(&["--lang", "en", "--config", config.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("portfolio.bind"), "{err}");
    assert!(
        err.contains("The configuration file cannot be used"),
        "{err}"
    );
}

#[test]
fn unknown_language_is_refused() {
    let out = kiosk(&["--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("„xx“"), "{}", stderr(&out));
}

#[test]
fn global_options_work_before_and_after_a_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[kiosk]\nidle_timeout_secs = 120\n").unwrap();
    let db = dir.path().join("sub/k.sqlite3");
    skills_kiosk::store::Store::open(&db).unwrap();
    let (db, config) = (db.to_str().unwrap(), config.to_str().unwrap());
    for args in [
        vec!["--db", db, "--config", config, "doctor"],
        vec!["doctor", "--db", db, "--config", config],
    ] {
        let out = kiosk(&args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}{}", stderr(&out));
        assert!(stdout.contains(&format!("ok   database: {db}")), "{stdout}");
        assert!(stdout.contains(config), "{stdout}");
        assert!(
            stdout.contains("checklist: 7 sections, 40 questions"),
            "{stdout}"
        );
    }
    assert!(Path::new(db).exists());
}

#[test]
fn database_path_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.sqlite3");
    let doctor = || {
        Command::new(env!("CARGO_BIN_EXE_kiosk"))
            .arg("doctor")
            .env("KIOSK_DB", &db)
            .env_remove("KIOSK_CONFIG")
            .output()
            .unwrap()
    };
    // doctor checks the database named; it never makes one.
    let out = doctor();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("env.sqlite3"),
        "{out:?}"
    );
    assert!(!db.exists());
    skills_kiosk::store::Store::open(&db).unwrap();
    assert_eq!(doctor().status.code(), Some(0));
}

#[test]
fn unopenable_database_path_gives_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let db = file.join("k.sqlite3");
    let out = kiosk(&["--lang", "en", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("The database cannot be opened"), "{err}");
    assert!(err.contains("not-a-dir"), "{err}");
}

#[test]
fn corrupt_database_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.sqlite3");
    let junk: Vec<u8> = (0..16384u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&db, &junk).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = kiosk(&["--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Die Datenbankdatei ist beschädigt"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&db).unwrap(), junk);
}

#[test]
fn locked_database_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.sqlite3");
    // Create it, then hold an exclusive lock from another connection.
    drop(skills_kiosk::store::Store::open(&db).unwrap());
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let out = kiosk(&["--lang", "en", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("in use by another program"),
        "{}",
        stderr(&out)
    );
    holder.execute_batch("COMMIT").unwrap();
}

/// A copy of the built-in checklist in a folder, as an office would start one.
fn office_checklist(dir: &Path) -> std::path::PathBuf {
    let checklist = dir.join("checklist");
    std::fs::create_dir_all(&checklist).unwrap();
    for (file, text) in skills_kiosk::domain::checklist::EMBEDDED {
        let name = Path::new(file).file_name().unwrap();
        std::fs::write(checklist.join(name), text).unwrap();
    }
    checklist
}

#[test]
fn an_office_adds_a_question_and_hides_a_section_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = office_checklist(dir.path());
    let goals = checklist.join("07-goals.toml");
    let mut text = std::fs::read_to_string(&goals).unwrap();
    text.push_str("\n[[section.item]]\nid = \"driving_licence\"\nkind = \"single\"\noptions = [\"yes\", \"no\"]\n");
    std::fs::write(&goals, text).unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[kiosk]\nlanguages = [\"de\", \"en\"]\n[checklist]\ndir = \"{}\"\nhide = [\"competences\"]\n",
            checklist.display()
        ),
    )
    .unwrap();
    let db = dir.path().join("k.sqlite3");
    skills_kiosk::store::Store::open(&db).unwrap();
    let args = [
        "doctor",
        "--config",
        config.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ];

    // Without its texts the new question is refused, naming file, entry and language.
    let out = kiosk(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("goals.driving_licence"), "{stdout}");
    assert!(stdout.contains("07-goals.toml"), "{stdout}");

    for (lang, q, yes, no) in [
        ("de", "Haben Sie einen Führerschein?", "Ja", "Nein"),
        ("en", "Do you have a driving licence?", "Yes", "No"),
    ] {
        std::fs::write(
            checklist.join(format!("{lang}.ftl")),
            format!(
                "item-goals-driving_licence = {q}\nitem-goals-driving_licence-example = {yes} / {no}\noption-goals-driving_licence-yes = {yes}\noption-goals-driving_licence-no = {no}\n"
            ),
        )
        .unwrap();
    }
    let out = kiosk(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", stderr(&out));
    assert!(stdout.contains("checklist: 6 sections"), "{stdout}");

    // Hiding a section that does not exist is named.
    std::fs::write(
        &config,
        format!(
            "[kiosk]\nlanguages = [\"de\", \"en\"]\n[checklist]\ndir = \"{}\"\nhide = [\"hobbies\"]\n",
            checklist.display()
        ),
    )
    .unwrap();
    let out = kiosk(&args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("hobbies"));
}
