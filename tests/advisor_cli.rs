//! The office's command line: advisor accounts with argon2id PINs, the audit log,
//! and `kiosk export` of a scripted client compared with a reviewed snapshot.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::TestKiosk;

fn kiosk(db: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("KIOSK_DB")
        .env_remove("KIOSK_CONFIG")
        // Anyone can set these; the audit must name the real user instead, and
        // print nothing raw.
        .env("USER", "it-admin")
        .env("SUDO_USER", "mallory\x1b[2J")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn advisor_accounts_keep_only_argon2id_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.sqlite3");
    let add = kiosk(&db, &["advisor", "add", "Amira Haddad"], "482913\n");
    assert_eq!(add.status.code(), Some(0), "{add:?}");
    assert_eq!(
        kiosk(&db, &["advisor", "add", "Amira Haddad"], "111111\n")
            .status
            .code(),
        Some(1),
        "a name only once"
    );
    assert_eq!(
        kiosk(&db, &["advisor", "add", "Jonas"], "12345\n")
            .status
            .code(),
        Some(2),
        "too short"
    );
    assert_eq!(
        kiosk(&db, &["advisor", "add", "Jonas"], "12ab56\n")
            .status
            .code(),
        Some(2),
        "digits only"
    );
    let list = kiosk(&db, &["advisor", "list"], "");
    assert!(out(&list).contains("Amira Haddad"), "{list:?}");
    assert!(!out(&list).contains("Jonas"));

    let store = skills_kiosk::store::Store::open(&db).unwrap();
    let hash = store.advisor_pin_hash("Amira Haddad").unwrap().unwrap();
    assert!(hash.starts_with("$argon2id$"));
    assert!(skills_kiosk::store::verify_pin("482913", &hash));
    drop(store);
    let bytes = std::fs::read(&db).unwrap();
    assert!(!bytes.windows(6).any(|w| w == b"482913"), "PIN in the file");

    assert_eq!(
        kiosk(&db, &["advisor", "reset-pin", "Amira Haddad"], "777777\n")
            .status
            .code(),
        Some(0)
    );
    let store = skills_kiosk::store::Store::open(&db).unwrap();
    let hash = store.advisor_pin_hash("Amira Haddad").unwrap().unwrap();
    assert!(skills_kiosk::store::verify_pin("777777", &hash));
    assert!(!skills_kiosk::store::verify_pin("482913", &hash));
    drop(store);
    assert_eq!(
        kiosk(&db, &["advisor", "remove", "Amira Haddad"], "")
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        kiosk(&db, &["advisor", "remove", "Amira Haddad"], "")
            .status
            .code(),
        Some(1)
    );

    let audit = out(&kiosk(&db, &["audit"], ""));
    for action in ["advisor-added", "advisor-pin-reset", "advisor-removed"] {
        assert!(audit.contains(action), "{audit}");
    }
    let real = String::from_utf8(
        Command::new("sh")
            .args(["-c", "id -un"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        audit.contains(&format!("command line ({}", real.trim())),
        "the real user, not $USER: {audit}"
    );
    assert!(!audit.contains("it-admin"), "{audit}");
    assert!(!audit.contains('\x1b'), "no raw escape: {audit:?}");
    assert!(audit.contains("via sudo by mallory␛[2J"), "{audit}");
    assert!(!audit.contains("777777"));
}

#[test]
fn export_of_a_scripted_client_matches_the_reviewed_snapshot() {
    let mut k = TestKiosk::new("en");
    common::full_assessment(&mut k, "en");
    k.kiosk.flush(std::time::Duration::from_secs(10));
    // `k` keeps the temp dir (and so the database) alive to the end.
    let db = k.db.clone();
    let code: String = skills_kiosk::store::Store::open(&db)
        .unwrap()
        .connection()
        .query_row("SELECT code FROM session", [], |r| r.get(0))
        .unwrap();

    let json = kiosk(&db, &["export", &code, "--format", "json"], "");
    assert_eq!(json.status.code(), Some(0), "{json:?}");
    let text = out(&json);
    let stable: String = text
        .lines()
        .filter(|l| !l.contains("\"generated_at\""))
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("export_full_assessment_json", stable);

    let path = tempfile::tempdir().unwrap();
    let file = path.path().join("case.html");
    let html = kiosk(
        &db,
        &[
            "export",
            &code,
            "--format",
            "html",
            "--out",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(html.status.code(), Some(0), "{html:?}");
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.contains("Aleppo, Syria"));
    assert!(page.contains("Sewing dresses, &lt;b&gt;altering&lt;/b&gt; &amp; mending clothes"));
    assert!(
        !page.contains(".json"),
        "no link to a served JSON in a file"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // The file is not overwritten by a second export.
    let again = kiosk(
        &db,
        &[
            "export",
            &code,
            "--format",
            "html",
            "--out",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(again.status.code(), Some(1));

    // Both exports and the erasure are in the audit log, without any answer.
    assert_eq!(kiosk(&db, &["erase", &code], "").status.code(), Some(0));
    let audit = out(&kiosk(&db, &["audit", "--since", "2000-01-01"], ""));
    assert_eq!(audit.matches("\texport\t").count(), 2, "{audit}");
    assert!(audit.contains("\terase\t"), "{audit}");
    assert!(!audit.contains("Aleppo"));
    assert_eq!(
        kiosk(&db, &["audit", "--since", "yesterday"], "")
            .status
            .code(),
        Some(2)
    );
}
