//! What every command needs before it works: the database (never made by a
//! command), the checklist, the export folders, and output without control
//! characters.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::Config;
use crate::domain::checklist::Catalog;
use crate::i18n::Tr;
use crate::store::Store;

/// Opens an existing database for a maintenance command, or says why not: a
/// command never makes a database (a mistyped `--db` must not look like an empty one).
pub fn open_for_care(db: &Path, tr: Tr<'_>) -> Result<Store, ExitCode> {
    Store::open_existing(db).map_err(|e| {
        eprintln!("{}\n{}", tr.t(e.message_id()), printable(&e.to_string()));
        ExitCode::from(1)
    })
}

/// `text` with control and direction characters made visible, for the terminal.
pub fn printable(text: &str) -> String {
    crate::ui::text::sanitize(text, true)
}

/// Where exports of this office go: the configured folder and `exports/` beside
/// the database (erasure and retention look in both).
pub fn export_dirs(config: &Config, store: &Store) -> Vec<PathBuf> {
    let mut dirs = vec![store.default_export_dir()];
    if !config.advisor.export_dir.is_empty() {
        dirs.push(PathBuf::from(&config.advisor.export_dir));
    }
    dirs
}

/// The configured checklist, or exit status 2 after saying why not.
pub fn load_catalog(config: &Config, tr: Tr<'_>) -> Result<Catalog, ExitCode> {
    Catalog::from_config(&config.checklist, &config.kiosk.languages).map_err(|e| {
        eprintln!("{}\n{e}", tr.t("error-catalog"));
        ExitCode::from(2)
    })
}
