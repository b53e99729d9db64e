//! The database file itself: which file a store opened (a path can come to name
//! another), whether it is private, and where a new one may be made.

use std::fs::File;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::{Path, PathBuf};

use crate::store::StoreError;

/// `path` with `suffix` appended to its file name (`kiosk.sqlite3-wal`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.to_path_buf().into_os_string();
    p.push(suffix);
    PathBuf::from(p)
}

/// The note the kiosk leaves beside a database it created, so that a missing
/// database is noticed instead of quietly replaced by an empty one.
pub fn marker_path(db: &Path) -> PathBuf {
    with_suffix(db, ".created")
}

/// The metadata of `path`; a missing file is `missing`, any other failure says why.
pub(crate) fn metadata_or(
    path: &Path,
    missing: StoreError,
) -> Result<std::fs::Metadata, StoreError> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(missing),
        Err(e) => Err(StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
        Ok(meta) => Ok(meta),
    }
}

/// Which file a store opened: a path can come to name another file.
#[derive(Debug)]
pub(crate) struct FileIdentity {
    dev: u64,
    ino: u64,
    /// The file as opened, to read its first bytes.
    handle: File,
}

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl FileIdentity {
    pub(crate) fn of(path: &Path) -> Result<Self, StoreError> {
        let handle = File::open(path).map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        let meta = handle.metadata().map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        Ok(Self {
            dev: meta.dev(),
            ino: meta.ino(),
            handle,
        })
    }

    /// `Ok` while `path` still names this file and the file starts like a database.
    pub(crate) fn check(&self, path: &Path) -> Result<(), StoreError> {
        let gone = StoreError::FileGone {
            path: path.to_path_buf(),
        };
        let meta = metadata_or(path, gone)?;
        if meta.dev() != self.dev || meta.ino() != self.ino {
            return Err(StoreError::FileReplaced {
                path: path.to_path_buf(),
            });
        }
        let mut head = [0u8; 16];
        match self.handle.read_at(&mut head, 0) {
            // A new file is empty until SQLite writes its first page.
            Ok(0) => Ok(()),
            Ok(16) if &head == SQLITE_MAGIC => Ok(()),
            Ok(_) => Err(StoreError::Corrupt(
                "the file no longer starts like a database (overwritten?)".into(),
            )),
            Err(e) => Err(StoreError::Other(e.to_string())),
        }
    }
}

pub(crate) fn check_private(path: &Path) -> Result<(), StoreError> {
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

/// Whether the kiosk may make a new database at `path`: never where one was before
/// (its note is there), and never in a folder that holds another database (a
/// mistyped file name beside the real one).
pub(crate) fn may_create(path: &Path) -> Result<(), StoreError> {
    let refuse = |reason: String| StoreError::WillNotCreate {
        path: path.to_path_buf(),
        reason,
    };
    if marker_path(path).exists() {
        return Err(refuse(format!(
            "one was created there before (see {}); restore a backup with `kiosk restore`, \
             or delete that file to start with an empty database",
            marker_path(path).display()
        )));
    }
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Err(refuse("the path has no folder".into()));
    };
    let entries = match std::fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: e.to_string(),
            });
        }
        Ok(entries) => entries,
    };
    let is_database = |p: &Path| {
        let mut head = [0u8; 16];
        File::open(p)
            .and_then(|f| f.read_at(&mut head, 0))
            .is_ok_and(|n| n == 16 && &head == SQLITE_MAGIC)
    };
    let other = entries.filter_map(Result::ok).find(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        name.ends_with(".created") || (e.path().is_file() && is_database(&e.path()))
    });
    match other {
        Some(e) => Err(refuse(format!(
            "its folder holds another database ({}); check the path",
            e.path().display()
        ))),
        None => Ok(()),
    }
}
