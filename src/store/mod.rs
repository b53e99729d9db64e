//! Storage of sessions in one SQLite file.
//!
//! Every confirmed answer is committed at once with `synchronous=FULL`, so it survives
//! a power cut. The interface never waits for that: [`StoreWorker`] owns the connection
//! on its own thread and takes requests in order, so a read that follows a write
//! always sees it.
//!
//! The file stays the file: a store remembers which file it opened (device and inode)
//! and checks before every write that the path still names it and that it still
//! starts like a database. A file removed, replaced or overwritten during the run is
//! never written to again.

use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

mod advisors;
mod ask;
mod care;
mod error;
mod file;
mod limits;
mod links;
mod sessions;
mod worker;

pub use advisors::{AuditRow, hash_pin, pin_is_valid, verify_pin};
pub use ask::{CodeLookup, NewLink, PinCheck, RecentRow};
pub use care::{EraseReport, PurgeReport, RestoreReport, restore};
pub use error::StoreError;
use file::{FileIdentity, check_private, may_create, metadata_or};
pub use file::{marker_path, with_suffix};
pub use limits::{AttemptKind, Attempts};
pub use links::{LinkInfo, TOKEN_BYTES, new_token};
pub use sessions::{Applied, Change};
pub use worker::{SaveReport, StoreWorker};

const MIGRATIONS: &[&str] = &[
    include_str!("../../db/migrations/001-sessions.sql"),
    include_str!("../../db/migrations/002-links.sql"),
    include_str!("../../db/migrations/003-advisors-audit.sql"),
    include_str!("../../db/migrations/004-identity-versions-limits.sql"),
];

/// Up to this size the full integrity check runs before the database is used; a
/// larger file (about 25,000 sessions and more, where the check takes longer than a
/// first frame should) is checked on the storage thread before its first write.
pub const INLINE_CHECK_BYTES: u64 = 8 * 1024 * 1024;

/// How long one connection waits for another that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The default database file: `$STATE_DIRECTORY` under systemd, else the XDG data dir.
pub fn default_path() -> PathBuf {
    let from_env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(state) = from_env("STATE_DIRECTORY") {
        // systemd may list several directories separated by colons; the first is ours.
        let first = state
            .to_string_lossy()
            .split(':')
            .next()
            .unwrap_or("")
            .to_string();
        return PathBuf::from(first).join("kiosk.sqlite3");
    }
    let data = from_env("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| from_env("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data.join("skills-kiosk").join("kiosk.sqlite3")
}

/// The current time as stored: RFC 3339, UTC, milliseconds.
fn now() -> String {
    stamp(chrono::Utc::now())
}

/// A moment as stored.
fn stamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A connection to the kiosk's database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The full integrity check is still to be run (large files, see
    /// [`INLINE_CHECK_BYTES`]).
    unchecked: bool,
    identity: Option<FileIdentity>,
    /// Set once the file was found gone, replaced or damaged: never written again.
    fault: Option<StoreError>,
}

/// How many schema versions this build knows.
pub fn schema_version() -> usize {
    MIGRATIONS.len()
}

fn integrity(conn: &Connection) -> Result<(), StoreError> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let problems: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    if problems.len() == 1 && problems[0] == "ok" {
        return Ok(());
    }
    Err(StoreError::Corrupt(problems.join("; ")))
}

/// The migrations up to schema version `version`.
fn migrations_to(version: usize) -> Migrations<'static> {
    Migrations::new(
        MIGRATIONS
            .iter()
            .take(version)
            .map(|sql| M::up(sql))
            .collect(),
    )
}

/// Brings `conn` to the latest schema. Foreign keys are off meanwhile (a table
/// rebuilt by a migration must not cascade deletes) and checked afterwards.
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "foreign_keys", false)?;
    migrations_to(MIGRATIONS.len())
        .to_latest(conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => StoreError::from(err),
            other => StoreError::Migration(other.to_string()),
        })?;
    let dangling: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })?;
    if dangling > 0 {
        return Err(StoreError::Migration(format!(
            "{dangling} rows point to rows that do not exist"
        )));
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Every object of a database's schema (type, name, table, SQL), sorted: two
/// databases with equal lists have exactly the same tables, indexes and nothing else.
pub(crate) fn schema_objects(
    conn: &Connection,
) -> Result<Vec<(String, String, String, String)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema
         ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The schema objects of schema version `version`, as this build makes them.
pub(crate) fn expected_schema(
    version: usize,
) -> Result<Vec<(String, String, String, String)>, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "foreign_keys", false)?;
    migrations_to(version)
        .to_latest(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    schema_objects(&conn)
}

impl Store {
    /// Opens (creating if needed, private to this user) and migrates the database.
    /// For tests and tools; the kiosk itself uses [`Store::open_for_kiosk`] and
    /// commands use [`Store::open_existing`].
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if !path.exists() {
            return Self::create(path);
        }
        Self::open_existing(path)
    }

    /// Opens the database the kiosk runs on: an existing file, or a new one only
    /// where none was before and the folder is the kiosk's own.
    pub fn open_for_kiosk(path: &Path) -> Result<Self, StoreError> {
        if path.exists() {
            return Self::open_existing(path);
        }
        may_create(path)?;
        Self::create(path)
    }

    /// Makes a new database at `path` (which must not exist), private from its first
    /// byte, with a note beside it saying that it was made.
    fn create(path: &Path) -> Result<Self, StoreError> {
        let cannot = |reason: String| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| cannot(e.to_string()))?;
        }
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|e| cannot(e.to_string()))?;
        let store = Self::open_existing(path)?;
        let note = format!(
            "The skills kiosk created the database {} here on {}.\n\
             While this file exists, the kiosk does not start with a new, empty database\n\
             if that one goes missing: restore a backup (`kiosk restore`) instead, or\n\
             delete this file to start empty on purpose.\n",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            chrono::Utc::now().format("%Y-%m-%d")
        );
        if let Err(e) = crate::private_files::write_new(&marker_path(path), &note) {
            tracing::warn!(error = %e, "could not leave the note beside a new database");
        }
        Ok(store)
    }

    /// Opens and migrates an existing database; a missing file is refused, never made.
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        let missing = StoreError::Missing {
            path: path.to_path_buf(),
        };
        if !metadata_or(path, missing)?.is_file() {
            return Err(StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: "not a regular file".into(),
            });
        }
        check_private(path)?;
        let identity = FileIdentity::of(path)?;
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        Self::prepare(conn, path, identity)
    }

    fn prepare(
        mut conn: Connection,
        path: &Path,
        identity: FileIdentity,
    ) -> Result<Self, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // A damaged file is reported, never written to (and so never made worse).
        // Every open reads the schema (a file that is no database fails here); the
        // full check runs now for files up to INLINE_CHECK_BYTES, later otherwise.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })?;
        // WAL lets a second kiosk process read while one writes; FULL syncs every commit.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(mode, "database is not in WAL mode");
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", true)?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let unchecked = size > INLINE_CHECK_BYTES;
        if !unchecked {
            integrity(&conn)?;
        }
        migrate(&mut conn)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            unchecked,
            identity: Some(identity),
            fault: None,
        })
    }

    /// Runs the full integrity check if opening left it for later (large files).
    pub fn finish_checks(&mut self) -> Result<(), StoreError> {
        if self.unchecked {
            let started = std::time::Instant::now();
            integrity(&self.conn)?;
            self.unchecked = false;
            tracing::info!(
                ms = started.elapsed().as_millis() as u64,
                "integrity check ok"
            );
        }
        Ok(())
    }

    /// A second connection to an existing, already migrated database, for reading
    /// (the portfolio server): no integrity check, no migration, writes refused, and
    /// a short wait for locks, so a held database gives a quick "try again".
    pub fn open_reader(path: &Path, busy: Duration) -> Result<Self, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let identity = FileIdentity::of(path)?;
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        conn.busy_timeout(busy)?;
        conn.pragma_update(None, "query_only", true)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            unchecked: false,
            identity: Some(identity),
            fault: None,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA integrity_check`: `Ok` when the file is sound.
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        integrity(&self.conn)
    }

    /// `Ok` while the path still names the file this store opened and it still looks
    /// like a database. Once this fails, the store refuses every write for good and
    /// does not write its log into the file when it closes.
    pub fn check_file(&mut self) -> Result<(), StoreError> {
        if let Some(fault) = &self.fault {
            return Err(fault.clone());
        }
        let Some(identity) = &self.identity else {
            return Ok(());
        };
        if let Err(e) = identity.check(&self.path) {
            self.mark_fault(e.clone());
            return Err(e);
        }
        Ok(())
    }

    /// Remembers that the file cannot be trusted: no write, no checkpoint on close.
    fn mark_fault(&mut self, e: StoreError) {
        tracing::error!(error = %e, "the database file cannot be trusted any more");
        let _ = self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        );
        self.fault = Some(e);
    }

    /// Whether this store has found its file gone, replaced or damaged.
    pub fn fault(&self) -> Option<&StoreError> {
        self.fault.as_ref()
    }

    /// Turns an error of a write into a lasting fault when it shows the file damaged.
    fn note_error(&mut self, e: StoreError) -> StoreError {
        if e.is_fatal() && self.fault.is_none() {
            self.mark_fault(e.clone());
        }
        e
    }

    /// The underlying connection, for maintenance and tests.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// A temporary folder and a database path inside it (in a folder still to be made).
#[cfg(test)]
pub(crate) fn temp_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("data/kiosk.sqlite3");
    (dir, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::Answer;

    #[test]
    fn pragmas_are_set() {
        let (_dir, path) = temp_store();
        let store = Store::open(&path).unwrap();
        let c = store.connection();
        let mode: String = c
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let sync: i64 = c.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        let fk: i64 = c
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "FULL");
        assert_eq!(fk, 1);
    }

    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path) = temp_store();
        Store::open(&path).unwrap();
        let file = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        let dir = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(file, 0o600);
        assert_eq!(dir, 0o700);
    }

    #[test]
    fn not_a_database_is_reported_as_damaged_and_left_alone() {
        let (_dir, path) = temp_store();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let junk = vec![0x42u8; 8192];
        std::fs::write(&path, &junk).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn unopenable_path_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain-file");
        std::fs::write(&file, b"x").unwrap();
        // A path below a regular file can never be created.
        let path = file.join("kiosk.sqlite3");
        let err = Store::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::CannotOpen { .. }), "{err:?}");
        assert!(err.to_string().contains("plain-file"));
    }

    #[test]
    fn commands_never_make_a_database_and_the_kiosk_makes_one_only_where_none_was() {
        let dir = tempfile::tempdir().unwrap();
        let typo = dir.path().join("typo/kiosk.sqlite3");
        assert!(matches!(
            Store::open_existing(&typo).err(),
            Some(StoreError::Missing { .. })
        ));
        assert!(!typo.parent().unwrap().exists(), "no folder made");

        let db = dir.path().join("state/kiosk.sqlite3");
        Store::open_for_kiosk(&db).unwrap();
        assert!(marker_path(&db).exists());
        std::fs::remove_file(&db).unwrap();
        let err = Store::open_for_kiosk(&db).err().unwrap();
        assert!(matches!(err, StoreError::WillNotCreate { .. }), "{err}");
        assert!(!db.exists());

        // A mistyped name beside a real database is not made.
        std::fs::remove_file(marker_path(&db)).unwrap();
        Store::open_for_kiosk(&db).unwrap();
        let typo = dir.path().join("state/kiosk.sqlit3");
        let err = Store::open_for_kiosk(&typo).err().unwrap();
        assert!(matches!(err, StoreError::WillNotCreate { .. }), "{err}");
        // Other files (a configuration, a log) are no reason to refuse.
        let fresh = dir.path().join("fresh");
        std::fs::create_dir(&fresh).unwrap();
        std::fs::write(fresh.join("config.toml"), "").unwrap();
        Store::open_for_kiosk(&fresh.join("kiosk.sqlite3")).unwrap();
    }

    #[test]
    fn a_removed_replaced_or_overwritten_file_is_noticed_and_never_written() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let s = store.create_session("de").unwrap();
        store.check_file().unwrap();

        // Replaced by another file under the same name.
        let aside = path.with_file_name("aside.sqlite3");
        std::fs::rename(&path, &aside).unwrap();
        std::fs::copy(&aside, &path).unwrap();
        let change = Change::Answer {
            session: s.key(),
            item: "goals.work_wish".into(),
            before: None,
            after: Some(Answer::Text("x".into())),
        };
        assert!(matches!(
            store.apply(&change),
            Err(StoreError::FileReplaced { .. })
        ));
        // Once noticed, it stays refused, even if the file comes back.
        std::fs::remove_file(&path).unwrap();
        std::fs::rename(&aside, &path).unwrap();
        assert!(store.apply(&change).is_err());

        // Removed.
        let mut store = Store::open(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(
            store.apply(&change),
            Err(StoreError::FileGone { .. })
        ));
        drop(store);
        assert!(!path.exists(), "closing did not bring the file back");
    }
}
