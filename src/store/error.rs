//! What can go wrong with storage, in the terms a person can act on.

use std::path::PathBuf;

use rusqlite::ErrorCode;

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
    /// No database file is there, and this command does not make one.
    #[error("there is no database at {path}")]
    Missing {
        /// The path given.
        path: PathBuf,
    },
    /// No database file is there, and the kiosk will not quietly start an empty one.
    #[error("there is no database at {path}, and {reason}")]
    WillNotCreate {
        /// The path given.
        path: PathBuf,
        /// Why a new one is not made there.
        reason: String,
    },
    /// The file was deleted or renamed while in use.
    #[error("the database file {path} was removed while in use; nothing more is written")]
    FileGone {
        /// The database file.
        path: PathBuf,
    },
    /// Another file now has the database's name.
    #[error("the database file {path} was replaced while in use; nothing is written to it")]
    FileReplaced {
        /// The database file.
        path: PathBuf,
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
    /// The session a write was meant for no longer exists (erased or purged).
    #[error("the session no longer exists")]
    SessionGone,
    /// An erasure deleted the rows but could not clear every copy of the bytes.
    #[error("the erasure is not complete: {0}")]
    EraseIncomplete(String),
    /// The storage thread is gone or did not answer in time.
    #[error("storage did not answer")]
    Unavailable,
    /// Anything else SQLite reports.
    #[error("database error: {0}")]
    Other(String),
}

impl StoreError {
    /// The id of the sentence (in the locale files) that tells a person what to do.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::CannotOpen { .. } => "error-db-cannot-open",
            Self::Corrupt(_) => "error-db-corrupt",
            Self::Locked(_) => "error-db-locked",
            Self::DiskFull(_) => "error-db-full",
            Self::ReadOnly(_) => "error-db-readonly",
            Self::NotPrivate { .. } => "error-db-not-private",
            Self::Missing { .. } => "error-db-missing",
            Self::WillNotCreate { .. } => "error-db-will-not-create",
            Self::FileGone { .. } | Self::FileReplaced { .. } => "error-db-gone",
            Self::SessionGone => "notice-session-closed",
            Self::EraseIncomplete(_)
            | Self::BadBackup { .. }
            | Self::Migration(_)
            | Self::Unavailable
            | Self::Other(_) => "error-db-other",
        }
    }

    /// Whether the file itself can no longer be trusted (gone, replaced, damaged):
    /// nothing is written to it again in this run, and staff must act.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            Self::FileGone { .. } | Self::FileReplaced { .. } | Self::Corrupt(_)
        )
    }
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
