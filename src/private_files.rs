//! Files only the kiosk's user may read: the database's neighbours, exports, notes.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Creates `path` as a new, empty file readable only by this user; never overwrites.
pub fn create_new(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Writes `text` to a new file at `path`, readable only by this user, and syncs it;
/// never overwrites. A file that could not be written whole is removed.
pub fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = create_new(path)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}
