//! Storage of sessions in one SQLite file.
//!
//! Every confirmed answer is committed at once with `synchronous=FULL`, so it survives
//! a power cut. The interface never waits for that: [`StoreWorker`] owns the connection
//! on its own thread and takes requests in order, so a read that follows a write
//! always sees it.

use std::collections::BTreeMap;
use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};

use crate::code::ClientCode;
use crate::session::{Answer, ClientSession, Draft, Position};

mod advisors;
mod links;
pub use advisors::{AuditRow, hash_pin, pin_is_valid, verify_pin};
pub use links::{LinkInfo, TOKEN_BYTES, new_token};

const MIGRATIONS: &[&str] = &[
    include_str!("../db/migrations/001-sessions.sql"),
    include_str!("../db/migrations/002-links.sql"),
    include_str!("../db/migrations/003-advisors-audit.sql"),
];

/// Up to this size the full integrity check runs before the database is used; a
/// larger file (about 25,000 sessions and more, where the check takes longer than a
/// first frame should) is checked on the storage thread before its first write.
pub const INLINE_CHECK_BYTES: u64 = 8 * 1024 * 1024;

/// How long one connection waits for another that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What went wrong with storage, in the terms a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The file or its folder cannot be opened or created.
    #[error("cannot open the database {path}: {reason}")]
    CannotOpen {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The file is not a database or is damaged.
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    /// Another program holds the database longer than we wait.
    #[error("the database is busy in another program: {0}")]
    Locked(String),
    /// The disk is full.
    #[error("the disk is full: {0}")]
    DiskFull(String),
    /// The file or file system is read-only.
    #[error("the database cannot be written: {0}")]
    ReadOnly(String),
    /// The schema could not be brought up to date.
    #[error("the database could not be updated: {0}")]
    Migration(String),
    /// The database file can be read by other users.
    #[error("the database {path} is readable by other users (mode {mode:o}); it must be 0600")]
    NotPrivate {
        /// The database file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// A file offered as a backup is not a usable kiosk database.
    #[error("{path} is not a usable kiosk backup: {reason}")]
    BadBackup {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The storage thread is gone or did not answer in time.
    #[error("storage did not answer")]
    Unavailable,
    /// Anything else SQLite reports.
    #[error("database error: {0}")]
    Other(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        let text = e.to_string();
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Self::Corrupt(text),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Self::Locked(text),
            Some(ErrorCode::DiskFull) => Self::DiskFull(text),
            Some(ErrorCode::ReadOnly) => Self::ReadOnly(text),
            _ => Self::Other(text),
        }
    }
}

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

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A connection to the kiosk's database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The full integrity check is still to be run (large files, see
    /// [`INLINE_CHECK_BYTES`]).
    unchecked: bool,
}

/// What a purge erased, in counts (never what the sessions held).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PurgeReport {
    /// Sessions erased.
    pub sessions: usize,
    /// Their answers.
    pub answers: usize,
    /// Their unconfirmed texts.
    pub drafts: usize,
}

/// What a restore put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    /// Sessions in the restored database.
    pub sessions: usize,
    /// Where the database's previous contents were kept.
    pub kept: PathBuf,
}

/// How many schema versions this build knows.
pub fn schema_version() -> usize {
    MIGRATIONS.len()
}

fn check_private(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o077 != 0 {
        return Err(StoreError::NotPrivate {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
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

impl Store {
    /// Opens (creating if needed, private to this user) and migrates the database.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
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
        // Create the file ourselves so it is private from the first byte.
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|e| cannot(e.to_string()))?;
        check_private(path)?;
        let conn = Connection::open(path).map_err(|e| cannot(e.to_string()))?;
        Self::prepare(conn, path)
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Self, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // WAL lets a second kiosk process read while one writes; FULL syncs every commit.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(mode, "database is not in WAL mode");
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", true)?;
        // A damaged file is reported, never written to (and so never made worse).
        // Every open reads the schema (a file that is no database fails here); the
        // full check runs now for files up to INLINE_CHECK_BYTES, later otherwise.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let unchecked = size > INLINE_CHECK_BYTES;
        if !unchecked {
            integrity(&conn)?;
        }
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        migrations.to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => StoreError::from(err),
            other => StoreError::Migration(other.to_string()),
        })?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            unchecked,
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
    /// (the portfolio server): no integrity check, no migration, writes refused.
    pub fn open_reader(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "query_only", true)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            unchecked: false,
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

    /// Erases every session untouched for `days` days before `now`, with all that
    /// belongs to it, and moves the freed bytes out of the write-ahead log.
    pub fn purge(
        &mut self,
        days: u32,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<PurgeReport, StoreError> {
        let cutoff = (now - chrono::Duration::days(i64::from(days)))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let tx = self.conn.transaction()?;
        let count = |sql: &str| -> Result<usize, rusqlite::Error> {
            tx.query_row(sql, params![cutoff], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as usize)
        };
        let report = PurgeReport {
            answers: count(
                "SELECT count(*) FROM answer JOIN session ON session.id = answer.session_id
                 WHERE session.updated_at < ?1",
            )?,
            drafts: count(
                "SELECT count(*) FROM draft JOIN session ON session.id = draft.session_id
                 WHERE session.updated_at < ?1",
            )?,
            sessions: tx.execute("DELETE FROM session WHERE updated_at < ?1", params![cutoff])?,
        };
        tx.commit()?;
        if report.sessions > 0 {
            self.checkpoint()?;
        }
        Ok(report)
    }

    /// Erases the session of `code` and all it holds, on the client's request, with
    /// the bytes overwritten (`secure_delete`) and moved out of the write-ahead log.
    /// Returns the number of answers erased, or `None` if no session has the code.
    pub fn erase(&mut self, code: &ClientCode) -> Result<Option<usize>, StoreError> {
        let tx = self.conn.transaction()?;
        let answers: i64 = tx.query_row(
            "SELECT count(*) FROM answer JOIN session ON session.id = answer.session_id
             WHERE session.code = ?1",
            params![code.compact()],
            |r| r.get(0),
        )?;
        let sessions = tx.execute(
            "DELETE FROM session WHERE code = ?1",
            params![code.compact()],
        )?;
        // The audit log keeps what was done and when, but no longer to which code.
        tx.execute(
            "UPDATE audit SET client_code = NULL WHERE client_code = ?1",
            params![code.compact()],
        )?;
        tx.commit()?;
        if sessions == 0 {
            return Ok(None);
        }
        self.checkpoint()?;
        Ok(Some(answers.max(0) as usize))
    }

    /// Copies the write-ahead log into the database and empties it, so erased bytes
    /// (overwritten by `secure_delete`) do not linger in the log.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Writes a consistent copy of the database to `dest` (a new file, 0600) while
    /// the kiosk may keep writing, and checks the copy.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        let cannot = |reason: String| StoreError::CannotOpen {
            path: dest.to_path_buf(),
            reason,
        };
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(dest)
            .map_err(|e| cannot(e.to_string()))?;
        self.conn
            .backup(rusqlite::MAIN_DB, dest, None)
            .map_err(StoreError::from)?;
        let copy = Connection::open_with_flags(dest, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| cannot(e.to_string()))?;
        integrity(&copy)
    }

    /// Replaces the database's contents with the backup at `source`, after checking
    /// that it is sound and a kiosk database; the current contents are kept first in
    /// a file beside the database (`…-before-restore-<time>.sqlite3`).
    pub fn restore_from(&mut self, source: &Path) -> Result<RestoreReport, StoreError> {
        let bad = |reason: String| StoreError::BadBackup {
            path: source.to_path_buf(),
            reason,
        };
        let backup =
            Connection::open_with_flags(source, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|e| bad(e.to_string()))?;
        integrity(&backup).map_err(|e| bad(e.to_string()))?;
        let version: i64 = backup
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| bad(e.to_string()))?;
        let has_sessions: bool = backup
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'session'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| bad(e.to_string()))?;
        if !has_sessions {
            return Err(bad("it has no sessions table".into()));
        }
        if version < 1 || version as usize > MIGRATIONS.len() {
            return Err(bad(format!(
                "schema version {version}; this kiosk knows 1 to {}",
                MIGRATIONS.len()
            )));
        }
        drop(backup);
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "kiosk".into());
        let keep = self
            .path
            .with_file_name(format!("{stem}-before-restore-{stamp}.sqlite3"));
        self.backup_to(&keep)?;
        self.conn.restore(
            rusqlite::MAIN_DB,
            source,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        migrations
            .to_latest(&mut self.conn)
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        let sessions: i64 = self
            .conn
            .query_row("SELECT count(*) FROM session", [], |r| r.get(0))?;
        Ok(RestoreReport {
            sessions: sessions.max(0) as usize,
            kept: keep,
        })
    }

    /// Starts a session for a client who has just consented, with a fresh code.
    pub fn create_session(&mut self, language: &str) -> Result<ClientSession, StoreError> {
        let position = Position::default();
        let position_json = serde_json::to_string(&position).unwrap_or_default();
        for _ in 0..8 {
            let code = ClientCode::generate().map_err(|e| StoreError::Other(e.to_string()))?;
            let stamp = now();
            let inserted = self.conn.execute(
                "INSERT INTO session (code, language, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (code) DO NOTHING",
                params![code.compact(), language, position_json, stamp],
            )?;
            if inserted == 1 {
                return Ok(ClientSession {
                    id: self.conn.last_insert_rowid(),
                    code,
                    language: language.to_string(),
                    answers: BTreeMap::new(),
                    position,
                    draft: None,
                });
            }
        }
        Err(StoreError::Other("no unused client code found".into()))
    }

    /// The stored session of a code, if there is one.
    pub fn load_session(&self, code: &ClientCode) -> Result<Option<ClientSession>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, language, position FROM session WHERE code = ?1",
                params![code.compact()],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, language, position)) = row else {
            return Ok(None);
        };
        let position = serde_json::from_str(&position).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "stored position unreadable; starting at the section list");
            Position::default()
        });
        let mut answers = BTreeMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item, value FROM answer WHERE session_id = ?1")?;
        let rows = stmt.query_map(params![id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (item, value) = row?;
            match serde_json::from_str::<Answer>(&value) {
                Ok(answer) => {
                    answers.insert(item, answer);
                }
                Err(e) => tracing::warn!(error = %e, "stored answer unreadable; skipped"),
            }
        }
        let draft = self
            .conn
            .query_row(
                "SELECT item, text, cursor_row, cursor_col FROM draft WHERE session_id = ?1",
                params![id],
                |r| {
                    Ok(Draft {
                        item: r.get(0)?,
                        text: r.get(1)?,
                        cursor_row: r.get::<_, i64>(2)?.max(0) as usize,
                        cursor_col: r.get::<_, i64>(3)?.max(0) as usize,
                    })
                },
            )
            .optional()?;
        Ok(Some(ClientSession {
            id,
            code: code.clone(),
            language,
            answers,
            position,
            draft,
        }))
    }

    /// Applies one change, committed before it returns.
    pub fn apply(&mut self, change: &Change) -> Result<(), StoreError> {
        let stamp = now();
        let tx = self.conn.transaction()?;
        let session_id = change.session_id();
        match change {
            Change::Answer { item, answer, .. } => {
                let value = serde_json::to_string(answer).unwrap_or_default();
                tx.execute(
                    "INSERT INTO answer (session_id, item, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (session_id, item) DO UPDATE SET value = ?3, updated_at = ?4",
                    params![session_id, item, value, stamp],
                )?;
                tx.execute(
                    "DELETE FROM draft WHERE session_id = ?1 AND item = ?2",
                    params![session_id, item],
                )?;
            }
            Change::ClearAnswer { item, .. } => {
                tx.execute(
                    "DELETE FROM answer WHERE session_id = ?1 AND item = ?2",
                    params![session_id, item],
                )?;
            }
            Change::Position { position, .. } => {
                let json = serde_json::to_string(position).unwrap_or_default();
                tx.execute(
                    "UPDATE session SET position = ?2 WHERE id = ?1",
                    params![session_id, json],
                )?;
            }
            Change::Language { language, .. } => {
                tx.execute(
                    "UPDATE session SET language = ?2 WHERE id = ?1",
                    params![session_id, language],
                )?;
            }
            Change::Draft { draft, .. } => {
                tx.execute(
                    "INSERT INTO draft (session_id, item, text, cursor_row, cursor_col, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (session_id) DO UPDATE SET item = ?2, text = ?3,
                         cursor_row = ?4, cursor_col = ?5, updated_at = ?6",
                    params![
                        session_id,
                        draft.item,
                        draft.text,
                        draft.cursor_row as i64,
                        draft.cursor_col as i64,
                        stamp
                    ],
                )?;
            }
            Change::ClearDraft { .. } => {
                tx.execute(
                    "DELETE FROM draft WHERE session_id = ?1",
                    params![session_id],
                )?;
            }
        }
        tx.execute(
            "UPDATE session SET updated_at = ?2 WHERE id = ?1",
            params![session_id, stamp],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The underlying connection, for maintenance and tests.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// One change to a stored session.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A confirmed answer (also drops the draft of that question).
    Answer {
        /// Session row id.
        session_id: i64,
        /// `section.item`.
        item: String,
        /// The answer.
        answer: Answer,
    },
    /// An answer taken back.
    ClearAnswer {
        /// Session row id.
        session_id: i64,
        /// `section.item`.
        item: String,
    },
    /// Where the client now is.
    Position {
        /// Session row id.
        session_id: i64,
        /// The place.
        position: Position,
    },
    /// The language the client switched to.
    Language {
        /// Session row id.
        session_id: i64,
        /// Language code.
        language: String,
    },
    /// Text being typed.
    Draft {
        /// Session row id.
        session_id: i64,
        /// The text and cursor.
        draft: Draft,
    },
    /// The typed text was confirmed or abandoned.
    ClearDraft {
        /// Session row id.
        session_id: i64,
    },
}

impl Change {
    fn session_id(&self) -> i64 {
        match self {
            Change::Answer { session_id, .. }
            | Change::ClearAnswer { session_id, .. }
            | Change::Position { session_id, .. }
            | Change::Language { session_id, .. }
            | Change::Draft { session_id, .. }
            | Change::ClearDraft { session_id } => *session_id,
        }
    }
}

/// What the storage thread tells the interface after each write.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveReport {
    /// The change is on disk.
    Saved,
    /// The change could not be written yet; it is being retried.
    Failed(StoreError),
}

type Reply<T> = Sender<Result<T, StoreError>>;

enum Request {
    Write(Change),
    Create(String, Reply<ClientSession>),
    Load(ClientCode, Reply<Option<ClientSession>>),
    CreateLink(i64, u32, Reply<String>),
    Call(Box<dyn FnOnce(&mut Store) + Send>),
    Flush(Sender<()>),
}

/// The storage thread and the way to talk to it.
pub struct StoreWorker {
    requests: Option<Sender<Request>>,
    reports: Option<Receiver<SaveReport>>,
    thread: Option<JoinHandle<()>>,
}

/// How long the interface waits for a read it asked for.
const READ_TIMEOUT: Duration = Duration::from_secs(8);
/// Pause between retries of a write that failed.
const RETRY_PAUSE: Duration = Duration::from_millis(500);

/// How often sessions past their retention are erased while the kiosk runs.
const PURGE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

impl StoreWorker {
    /// Moves `store` onto its own thread.
    pub fn start(store: Store) -> Self {
        Self::spawn(store, None)
    }

    /// Like [`StoreWorker::start`], and erases sessions untouched for
    /// `retention_days` at once and then daily.
    pub fn start_with_retention(store: Store, retention_days: u32) -> Self {
        Self::spawn(store, Some(retention_days))
    }

    fn spawn(store: Store, retention_days: Option<u32>) -> Self {
        let (requests, inbox) = mpsc::channel();
        let (report_tx, reports) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("store".into())
            .spawn(move || serve(store, inbox, report_tx, retention_days))
            .ok();
        Self {
            requests: Some(requests),
            reports: Some(reports),
            thread,
        }
    }

    /// Queues a change; returns at once.
    pub fn write(&self, change: Change) {
        self.send(Request::Write(change));
    }

    /// Creates a session and waits for it.
    pub fn create_session(&self, language: &str) -> Result<ClientSession, StoreError> {
        let (tx, rx) = mpsc::channel();
        self.send(Request::Create(language.to_string(), tx));
        wait(rx)
    }

    /// Loads a session (after every queued write) and waits for it.
    pub fn load_session(&self, code: &ClientCode) -> Result<Option<ClientSession>, StoreError> {
        let (tx, rx) = mpsc::channel();
        self.send(Request::Load(code.clone(), tx));
        wait(rx)
    }

    /// Makes a portfolio link valid `ttl_days` (after every queued write) and waits
    /// for its token.
    pub fn create_link(&self, session_id: i64, ttl_days: u32) -> Result<String, StoreError> {
        let (tx, rx) = mpsc::channel();
        self.send(Request::CreateLink(session_id, ttl_days, tx));
        wait(rx)
    }

    /// Runs `f` on the storage thread (after every queued write) and waits for its
    /// result: for the advisor's less frequent work (lists, links, erasure, audit).
    pub fn call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (tx, rx) = mpsc::channel();
        self.send(Request::Call(Box::new(move |store| {
            let _ = tx.send(f(store));
        })));
        wait(rx)
    }

    /// Waits until every queued write has been tried, at most `timeout`.
    pub fn flush(&self, timeout: Duration) -> bool {
        let (tx, rx) = mpsc::channel();
        self.send(Request::Flush(tx));
        rx.recv_timeout(timeout).is_ok()
    }

    /// Reports of finished writes, without waiting.
    pub fn reports(&self) -> impl Iterator<Item = SaveReport> + '_ {
        self.reports.iter().flat_map(|r| r.try_iter())
    }

    fn send(&self, request: Request) {
        if let Some(requests) = &self.requests
            && requests.send(request).is_err()
        {
            tracing::error!("storage thread has stopped");
        }
    }
}

impl Drop for StoreWorker {
    fn drop(&mut self) {
        // Closing the request channel lets the thread finish what is queued and end;
        // closing the report channel tells it to stop retrying a write that keeps
        // failing (the kiosk has already waited for it in `flush`).
        self.requests.take();
        self.reports.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn wait<T>(rx: Receiver<Result<T, StoreError>>) -> Result<T, StoreError> {
    match rx.recv_timeout(READ_TIMEOUT) {
        Ok(result) => result,
        Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
            Err(StoreError::Unavailable)
        }
    }
}

fn serve(
    mut store: Store,
    inbox: Receiver<Request>,
    reports: Sender<SaveReport>,
    retention_days: Option<u32>,
) {
    // A large file's integrity check runs here, before anything is written: the
    // interface is already on screen. A damaged file is then never written to.
    let broken = store.finish_checks().err();
    if let Some(e) = &broken {
        tracing::error!(error = %e, "database damaged; nothing will be written to it");
        let _ = reports.send(SaveReport::Failed(e.clone()));
    }
    let mut next_purge = retention_days.map(|_| std::time::Instant::now());
    loop {
        // A due purge goes first, so a busy kiosk cannot put it off.
        if broken.is_none()
            && let (Some(days), Some(at)) = (retention_days, next_purge)
            && at <= std::time::Instant::now()
        {
            match store.purge(days, chrono::Utc::now()) {
                Ok(r) => tracing::info!(
                    sessions = r.sessions,
                    answers = r.answers,
                    drafts = r.drafts,
                    days,
                    "retention: erased sessions untouched too long"
                ),
                Err(e) => tracing::error!(error = %e, "retention purge failed"),
            }
            next_purge = Some(std::time::Instant::now() + PURGE_EVERY);
        }
        let request = match next_purge {
            Some(at) => {
                match inbox.recv_timeout(at.saturating_duration_since(std::time::Instant::now())) {
                    Ok(request) => request,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            None => match inbox.recv() {
                Ok(request) => request,
                Err(_) => return,
            },
        };
        if let Some(e) = &broken {
            match request {
                Request::Write(_) => {
                    let _ = reports.send(SaveReport::Failed(e.clone()));
                }
                Request::Create(_, reply) => {
                    let _ = reply.send(Err(e.clone()));
                }
                Request::Load(_, reply) => {
                    let _ = reply.send(Err(e.clone()));
                }
                Request::CreateLink(_, _, reply) => {
                    let _ = reply.send(Err(e.clone()));
                }
                Request::Call(_) => {}
                Request::Flush(reply) => {
                    let _ = reply.send(());
                }
            }
            continue;
        }
        match request {
            Request::Write(change) => write_until_done(&mut store, &change, &reports),
            Request::Create(language, reply) => {
                let _ = reply.send(store.create_session(&language));
            }
            Request::Load(code, reply) => {
                let _ = reply.send(store.load_session(&code));
            }
            Request::CreateLink(session_id, ttl_days, reply) => {
                let _ = reply.send(store.create_link_for(session_id, ttl_days, chrono::Utc::now()));
            }
            Request::Call(f) => f(&mut store),
            Request::Flush(reply) => {
                let _ = reply.send(());
            }
        }
    }
}

/// Retries a failed write until it succeeds, so order is kept and nothing is dropped;
/// gives up only when the interface has gone away (the process is ending).
fn write_until_done(store: &mut Store, change: &Change, reports: &Sender<SaveReport>) {
    loop {
        match store.apply(change) {
            Ok(()) => {
                let _ = reports.send(SaveReport::Saved);
                return;
            }
            Err(e) => {
                tracing::error!(error = %e, "saving failed; retrying");
                if reports.send(SaveReport::Failed(e)).is_err() {
                    tracing::error!("kiosk stopping; a change could not be saved");
                    return;
                }
                std::thread::sleep(RETRY_PAUSE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/kiosk.sqlite3");
        (dir, path)
    }

    #[test]
    fn round_trip_on_a_real_file() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let session = store.create_session("de").unwrap();
        let id = session.id;
        store
            .apply(&Change::Answer {
                session_id: id,
                item: "goals.work_wish".into(),
                answer: Answer::Text("Schneiderin".into()),
            })
            .unwrap();
        store
            .apply(&Change::Position {
                session_id: id,
                position: Position::Question {
                    section: "goals".into(),
                    entry: None,
                    item: "next_steps".into(),
                },
            })
            .unwrap();
        let draft = Draft {
            item: "goals.next_steps".into(),
            text: "Deutschkurs\nsuch".into(),
            cursor_row: 1,
            cursor_col: 4,
        };
        store
            .apply(&Change::Draft {
                session_id: id,
                draft: draft.clone(),
            })
            .unwrap();
        store
            .apply(&Change::Language {
                session_id: id,
                language: "en".into(),
            })
            .unwrap();
        drop(store);

        let store = Store::open(&path).unwrap();
        let loaded = store.load_session(&session.code).unwrap().unwrap();
        assert_eq!(loaded.language, "en");
        assert_eq!(
            loaded.answers.get("goals.work_wish"),
            Some(&Answer::Text("Schneiderin".into()))
        );
        assert_eq!(loaded.draft, Some(draft));
        assert!(matches!(loaded.position, Position::Question { .. }));
    }

    #[test]
    fn confirming_an_answer_drops_its_draft() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let s = store.create_session("en").unwrap();
        let draft = Draft {
            item: "goals.work_wish".into(),
            text: "cook".into(),
            cursor_row: 0,
            cursor_col: 4,
        };
        store
            .apply(&Change::Draft {
                session_id: s.id,
                draft,
            })
            .unwrap();
        store
            .apply(&Change::Answer {
                session_id: s.id,
                item: "goals.work_wish".into(),
                answer: Answer::Text("cook".into()),
            })
            .unwrap();
        let loaded = store.load_session(&s.code).unwrap().unwrap();
        assert_eq!(loaded.draft, None);
    }

    #[test]
    fn unknown_code_is_none() {
        let (_dir, path) = temp_store();
        let store = Store::open(&path).unwrap();
        let code = ClientCode::generate().unwrap();
        assert_eq!(store.load_session(&code).unwrap(), None);
    }

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
    fn worker_reads_see_queued_writes() {
        let (_dir, path) = temp_store();
        let worker = StoreWorker::start(Store::open(&path).unwrap());
        let s = worker.create_session("de").unwrap();
        for n in 0..20 {
            worker.write(Change::Answer {
                session_id: s.id,
                item: format!("goals.q{n}"),
                answer: Answer::DontKnow,
            });
        }
        let loaded = worker.load_session(&s.code).unwrap().unwrap();
        assert_eq!(loaded.answers.len(), 20);
        assert!(worker.flush(Duration::from_secs(5)));
        let saved = worker.reports().filter(|r| *r == SaveReport::Saved).count();
        assert_eq!(saved, 20);
    }
}
