//! Data care: retention purge, erasure on request, backup and restore.
//!
//! Erasure is complete or says it is not: rows are deleted with `secure_delete`
//! (their bytes overwritten), the write-ahead log is emptied with a TRUNCATE
//! checkpoint that waits a bounded time for readers, and the result is verified.
//! Export files written for the client are deleted with them.
//!
//! Restore only restores: a backup is copied beside the database, checked there
//! (integrity, and a schema exactly as this kiosk makes it — no triggers, views or
//! extra tables), brought up to date, and only then put in place in one step. Any
//! refusal leaves everything as it was.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::{
    MIGRATIONS, Store, StoreError, expected_schema, integrity, marker_path, migrate, now,
    schema_objects, stamp, with_suffix,
};
use crate::domain::code::ClientCode;

/// How long an erasure waits for readers to let go of the write-ahead log.
const ERASE_WAIT: Duration = Duration::from_secs(10);

/// What a purge erased, in counts (never what the sessions held).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PurgeReport {
    /// Sessions erased.
    pub sessions: usize,
    /// Their answers.
    pub answers: usize,
    /// Their unconfirmed texts.
    pub drafts: usize,
    /// Export files of theirs deleted.
    pub files_deleted: Vec<PathBuf>,
    /// Export files of theirs that could not be deleted, and why.
    pub files_left: Vec<(PathBuf, String)>,
}

/// What erasing one client did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EraseReport {
    /// Answers erased.
    pub answers: usize,
    /// Export files of theirs deleted.
    pub files_deleted: Vec<PathBuf>,
    /// Export files of theirs that could not be deleted, and why.
    pub files_left: Vec<(PathBuf, String)>,
}

/// What a restore put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    /// Sessions in the restored database.
    pub sessions: usize,
    /// Where the database's previous contents were kept (none if there was none).
    pub kept: Option<PathBuf>,
}

/// Deletes the files `paths` (those that still exist).
fn delete_files(paths: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut deleted = Vec::new();
    let mut left = Vec::new();
    for path in paths {
        match std::fs::remove_file(&path) {
            Ok(()) => deleted.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => left.push((path, e.to_string())),
        }
    }
    (deleted, left)
}

/// Export files named for `code` in `dirs` (`portfolio-CODE-….html|json`).
fn exports_named_for(code: &str, dirs: &[PathBuf]) -> Vec<PathBuf> {
    let prefix = format!("portfolio-{code}-");
    dirs.iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect()
}

/// Removes a database file and the files SQLite keeps beside it.
pub(crate) fn remove_with_side_files(path: &Path) {
    for p in [
        path.to_path_buf(),
        with_suffix(path, "-wal"),
        with_suffix(path, "-shm"),
        with_suffix(path, "-journal"),
    ] {
        let _ = std::fs::remove_file(p);
    }
}

impl Store {
    /// The default folder for exports: `exports/` beside the database.
    pub fn default_export_dir(&self) -> PathBuf {
        self.path
            .parent()
            .map(|p| p.join("exports"))
            .unwrap_or_else(|| PathBuf::from("exports"))
    }

    /// Notes that an export of `code`'s portfolio was written to `path`, so that
    /// erasing the client deletes it too.
    pub fn record_export(&mut self, code: &ClientCode, path: &Path) -> Result<(), StoreError> {
        self.check_file()?;
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.conn.execute(
            "INSERT INTO export_file (session_id, path, created_at)
             SELECT id, ?2, ?3 FROM session WHERE code = ?1",
            params![code.compact(), absolute.to_string_lossy(), now()],
        )?;
        Ok(())
    }

    /// Erases every session untouched for `days` days before `now`, with all that
    /// belongs to it (export files in `export_dirs` too), and clears the
    /// write-ahead log.
    pub fn purge(
        &mut self,
        days: u32,
        now: chrono::DateTime<chrono::Utc>,
        export_dirs: &[PathBuf],
    ) -> Result<PurgeReport, StoreError> {
        self.check_file()?;
        let cutoff = stamp(now - chrono::Duration::days(i64::from(days)));
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let count = |sql: &str| -> Result<usize, rusqlite::Error> {
            tx.query_row(sql, params![cutoff], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as usize)
        };
        let answers = count(
            "SELECT count(*) FROM answer JOIN session ON session.id = answer.session_id
             WHERE session.updated_at < ?1",
        )?;
        let drafts = count(
            "SELECT count(*) FROM draft JOIN session ON session.id = draft.session_id
             WHERE session.updated_at < ?1",
        )?;
        let mut files: Vec<PathBuf> = {
            let mut stmt = tx.prepare(
                "SELECT path FROM export_file JOIN session ON session.id = export_file.session_id
                 WHERE session.updated_at < ?1",
            )?;
            let rows = stmt.query_map(params![cutoff], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .map(PathBuf::from)
                .collect()
        };
        let codes: Vec<String> = {
            let mut stmt = tx.prepare("SELECT code FROM session WHERE updated_at < ?1")?;
            let rows = stmt.query_map(params![cutoff], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<_, _>>()?
        };
        // The audit log keeps what was done and when, but no longer to which code.
        tx.execute(
            "UPDATE audit SET client_code = NULL
             WHERE client_code IN (SELECT code FROM session WHERE updated_at < ?1)",
            params![cutoff],
        )?;
        let sessions = tx.execute("DELETE FROM session WHERE updated_at < ?1", params![cutoff])?;
        tx.commit()?;
        for code in &codes {
            files.extend(exports_named_for(code, export_dirs));
        }
        let (files_deleted, files_left) = delete_files(files);
        if sessions > 0 {
            self.clear_log()?;
        }
        Ok(PurgeReport {
            sessions,
            answers,
            drafts,
            files_deleted,
            files_left,
        })
    }

    /// Erases the session of `code` and all it holds, on the client's request: rows
    /// deleted with their bytes overwritten, the write-ahead log emptied, export
    /// files in `export_dirs` and those recorded for the client deleted.
    /// `Ok(None)` if no session has the code; [`StoreError::EraseIncomplete`] when
    /// the rows are gone but a copy of their bytes could not be cleared.
    pub fn erase(
        &mut self,
        code: &ClientCode,
        export_dirs: &[PathBuf],
    ) -> Result<Option<EraseReport>, StoreError> {
        self.check_file()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let found: Option<i64> = tx
            .query_row(
                "SELECT id FROM session WHERE code = ?1",
                params![code.compact()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(id) = found else {
            return Ok(None);
        };
        let answers: i64 = tx.query_row(
            "SELECT count(*) FROM answer WHERE session_id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        let mut files: Vec<PathBuf> = {
            let mut stmt = tx.prepare("SELECT path FROM export_file WHERE session_id = ?1")?;
            let rows = stmt.query_map(params![id], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .map(PathBuf::from)
                .collect()
        };
        tx.execute("DELETE FROM session WHERE id = ?1", params![id])?;
        // The audit log keeps what was done and when, but no longer to which code.
        tx.execute(
            "UPDATE audit SET client_code = NULL WHERE client_code = ?1",
            params![code.compact()],
        )?;
        tx.commit()?;
        files.extend(exports_named_for(&code.compact(), export_dirs));
        files.sort();
        files.dedup();
        let (files_deleted, files_left) = delete_files(files);
        self.clear_log()?;
        Ok(Some(EraseReport {
            answers: answers.max(0) as usize,
            files_deleted,
            files_left,
        }))
    }

    /// Copies the write-ahead log into the database and empties it, so erased bytes
    /// (overwritten there by `secure_delete`) do not linger in the log. Waits up to
    /// [`ERASE_WAIT`] for readers that hold the log; then says what is left.
    pub fn clear_log(&self) -> Result<(), StoreError> {
        let deadline = Instant::now() + ERASE_WAIT;
        let wal = with_suffix(&self.path, "-wal");
        loop {
            let (busy, _, _): (i64, i64, i64) = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .or_else(|e| match StoreError::from(e) {
                    StoreError::Locked(_) => Ok((1, 0, 0)),
                    other => Err(other),
                })?;
            let wal_bytes = std::fs::metadata(&wal).map_or(0, |m| m.len());
            if busy == 0 && wal_bytes == 0 {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(StoreError::EraseIncomplete(format!(
                    "another program kept reading the database for {} s, so erased answers \
                     may still be in {} ({wal_bytes} bytes); run `kiosk purge` when the \
                     kiosk is idle (or stopped) to clear it",
                    ERASE_WAIT.as_secs(),
                    wal.display()
                )));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Writes a consistent copy of the database to `dest` (a new file, 0600, one
    /// file without a log beside it) while the kiosk may keep writing, and checks
    /// the copy. On any failure nothing is left at `dest`.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        let cannot = |reason: String| StoreError::CannotOpen {
            path: dest.to_path_buf(),
            reason,
        };
        crate::private_files::create_new(dest).map_err(|e| cannot(e.to_string()))?;
        let result = (|| {
            self.conn
                .backup(rusqlite::MAIN_DB, dest, None)
                .map_err(StoreError::from)?;
            let copy = Connection::open_with_flags(dest, OpenFlags::SQLITE_OPEN_READ_WRITE)
                .map_err(|e| cannot(e.to_string()))?;
            let _: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
            integrity(&copy)
        })();
        if result.is_err() {
            remove_with_side_files(dest);
        }
        result
    }
}

/// Checks the database at `path` (a copy of a backup) as a backup of this kiosk:
/// sound, with a schema version it knows and exactly the objects that version has.
fn check_backup(path: &Path, shown_as: &Path) -> Result<(), StoreError> {
    let bad = |reason: String| StoreError::BadBackup {
        path: shown_as.to_path_buf(),
        reason,
    };
    // The copy is private to this process; read-write so its log can be opened.
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| bad(e.to_string()))?;
    conn.pragma_update(None, "query_only", true)
        .map_err(|e| bad(e.to_string()))?;
    integrity(&conn).map_err(|_| bad("it is damaged (integrity check failed)".into()))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| bad(e.to_string()))?;
    if version < 1 || version as usize > MIGRATIONS.len() {
        return Err(bad(format!(
            "its schema version is {version}; this kiosk knows 1 to {}",
            MIGRATIONS.len()
        )));
    }
    let expected = expected_schema(version as usize)?;
    let found = schema_objects(&conn).map_err(|e| bad(e.to_string()))?;
    let extra: Vec<String> = found
        .iter()
        .filter(|o| !expected.contains(o))
        .map(|(kind, name, ..)| format!("{kind} {name}"))
        .collect();
    let missing: Vec<String> = expected
        .iter()
        .filter(|o| !found.contains(o))
        .map(|(kind, name, ..)| format!("{kind} {name}"))
        .collect();
    if !extra.is_empty() || !missing.is_empty() {
        let mut parts = Vec::new();
        if !extra.is_empty() {
            parts.push(format!(
                "it holds what this kiosk does not make ({})",
                extra.join(", ")
            ));
        }
        if !missing.is_empty() {
            parts.push(format!("it lacks {}", missing.join(", ")));
        }
        return Err(bad(parts.join("; ")));
    }
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(|e| bad(e.to_string()))?;
    if dangling > 0 {
        return Err(bad(format!(
            "{dangling} rows point to rows that do not exist"
        )));
    }
    Ok(())
}

/// Puts the backup at `source` in place of the database at `db`, after checking
/// it (see the module). The current database, if any, is kept first beside it as
/// `…-before-restore-<time>.sqlite3`. A missing database is restored only into an
/// existing folder.
pub fn restore(db: &Path, source: &Path) -> Result<RestoreReport, StoreError> {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(StoreError::Missing {
            path: db.to_path_buf(),
        });
    }
    if !source.is_file() {
        return Err(StoreError::BadBackup {
            path: source.to_path_buf(),
            reason: "no such file".into(),
        });
    }
    let stamp_now = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let staging = with_suffix(db, &format!(".restoring-{stamp_now}"));
    let result = restore_via(db, source, &staging, &stamp_now);
    remove_with_side_files(&staging);
    result
}

fn restore_via(
    db: &Path,
    source: &Path,
    staging: &Path,
    stamp_now: &str,
) -> Result<RestoreReport, StoreError> {
    let bad = |reason: String| StoreError::BadBackup {
        path: source.to_path_buf(),
        reason,
    };
    // What is checked is a private copy, so what is restored is what was checked.
    crate::private_files::create_new(staging).map_err(|e| StoreError::CannotOpen {
        path: staging.to_path_buf(),
        reason: e.to_string(),
    })?;
    {
        let from = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| bad(e.to_string()))?;
        from.backup(rusqlite::MAIN_DB, staging, None)
            .map_err(|e| bad(format!("it cannot be read as a database ({e})")))?;
    }
    check_backup(staging, source)?;
    let sessions = {
        let mut conn = Connection::open(staging)?;
        migrate(&mut conn)?;
        integrity(&conn)?;
        let n: i64 = conn.query_row("SELECT count(*) FROM session", [], |r| r.get(0))?;
        let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        n.max(0) as usize
    };
    if !db.exists() {
        std::fs::rename(staging, db).map_err(|e| StoreError::CannotOpen {
            path: db.to_path_buf(),
            reason: e.to_string(),
        })?;
        if let Ok(dir) = std::fs::File::open(db.parent().unwrap_or(Path::new("."))) {
            let _ = dir.sync_all();
        }
        if !marker_path(db).exists() {
            let _ = crate::private_files::write_new(
                &marker_path(db),
                "The skills kiosk's database was restored here from a backup.\n",
            );
        }
        return Ok(RestoreReport {
            sessions,
            kept: None,
        });
    }
    let mut live = Store::open_existing(db)?;
    let stem = db
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kiosk".into());
    let keep = db.with_file_name(format!("{stem}-before-restore-{stamp_now}.sqlite3"));
    live.backup_to(&keep)?;
    // One step: the backup API copies every page within one write transaction, so
    // readers see the old database or the new one, never a mixture.
    live.conn.restore(
        rusqlite::MAIN_DB,
        staging,
        None::<fn(rusqlite::backup::Progress)>,
    )?;
    live.clear_log()?;
    Ok(RestoreReport {
        sessions,
        kept: Some(keep),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_with_a_planted_trigger_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kiosk.sqlite3");
        let mut store = Store::open(&db).unwrap();
        store.create_session("de").unwrap();
        let backup = dir.path().join("backup.sqlite3");
        store.backup_to(&backup).unwrap();
        assert!(!with_suffix(&backup, "-wal").exists());
        assert!(!with_suffix(&backup, "-shm").exists());
        drop(store);
        let conn = Connection::open(&backup).unwrap();
        conn.execute_batch(
            "CREATE TRIGGER wipe AFTER INSERT ON session BEGIN DELETE FROM answer; END;",
        )
        .unwrap();
        drop(conn);
        let before = std::fs::read(&db).unwrap();
        let err = restore(&db, &backup).unwrap_err();
        assert!(err.to_string().contains("trigger wipe"), "{err}");
        assert_eq!(std::fs::read(&db).unwrap(), before);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("restoring") || n.contains("before-restore"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
