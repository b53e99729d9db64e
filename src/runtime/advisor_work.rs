//! Carrying out the storage work of advisor mode on the storage thread: PIN checks
//! against the database's limits, lists, links, exports to files, erasure, audit.

use std::path::PathBuf;

use chrono::Utc;

use crate::domain::checklist::Catalog;
use crate::domain::code::ClientCode;
use crate::kiosk::{AdvisorOp, AdvisorReply, RECENT, RecentSession};
use crate::store::{StoreError, StoreWorker};
use crate::web::export::{ExportFormat, export_text};

/// What storage needs besides the op.
#[derive(Clone)]
pub struct AdvisorEnv {
    /// The checklist, for exports.
    pub catalog: Catalog,
    /// Where exports go; `None`: [`AdvisorEnv::default_export_dir`].
    pub export_dir: Option<PathBuf>,
    /// `exports/` beside the database.
    pub default_export_dir: PathBuf,
    /// This terminal's name, for the limit on wrong PINs.
    pub terminal: String,
}

/// Carries `op` out: each storage question is a typed request to the storage
/// thread; export documents are rendered here and only recorded there.
pub fn carry_out(op: AdvisorOp, store: &StoreWorker, env: &AdvisorEnv) -> AdvisorReply {
    match op {
        AdvisorOp::Names => AdvisorReply::Names(store.advisor_names()),
        AdvisorOp::Login { name, pin } => {
            let checked = store.check_pin(&env.terminal, &name, &pin);
            AdvisorReply::Login(name, checked)
        }
        AdvisorOp::Recent => AdvisorReply::Recent(store.recent(RECENT).map(|rows| {
            rows.into_iter()
                .map(|row| RecentSession {
                    progress: row.session.overall_progress(&env.catalog),
                    code: row.session.code,
                    language: row.session.language,
                    updated_at: row.updated_at,
                })
                .collect()
        })),
        AdvisorOp::Open(code) => {
            AdvisorReply::Opened(store.load_session(&code).and_then(|found| match found {
                Some(client) => Ok(Some((client, store.links(&code)?))),
                None => Ok(None),
            }))
        }
        AdvisorOp::Links(code) => AdvisorReply::Links(store.links(&code)),
        AdvisorOp::NewLink { session, ttl_days } => {
            AdvisorReply::LinkMade(store.new_link(&session, ttl_days))
        }
        AdvisorOp::Revoke(code, id) => AdvisorReply::Links(store.revoke(&code, id)),
        AdvisorOp::Export(code) => AdvisorReply::Exported(export_files(store, env, &code)),
        AdvisorOp::Erase(code) => {
            let dirs = env.export_dir.iter().cloned().collect();
            AdvisorReply::Erased(store.erase(&code, dirs).map(|report| {
                for (path, why) in report.iter().flat_map(|r| &r.files_left) {
                    tracing::error!(path = %path.display(), why, "an export file of an erased client could not be deleted");
                }
                report.is_some()
            }))
        }
        AdvisorOp::Audit {
            actor,
            action,
            code,
        } => {
            if let Err(e) = store.audit(&actor, action, code.as_ref()) {
                tracing::error!(error = %e, action, "audit line not written");
            }
            AdvisorReply::Done
        }
        AdvisorOp::AuditLog => AdvisorReply::AuditLog(store.audit_log(200)),
    }
}

/// Writes the client's portfolio as HTML and JSON into the export folder and
/// records each file with the session, so that erasure deletes it.
fn export_files(
    store: &StoreWorker,
    env: &AdvisorEnv,
    code: &ClientCode,
) -> Result<Vec<PathBuf>, StoreError> {
    use std::os::unix::fs::DirBuilderExt;
    let Some(client) = store.load_session(code)? else {
        return Err(StoreError::Other("no session has this code".into()));
    };
    let dir = match &env.export_dir {
        Some(dir) => dir.clone(),
        None => env.default_export_dir.clone(),
    };
    let io = |e: std::io::Error| StoreError::Other(format!("export to {}: {e}", dir.display()));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .map_err(io)?;
    let now = Utc::now();
    let stamp = now.format("%Y-%m-%d-%H%M%S");
    let mut written = Vec::new();
    for format in [ExportFormat::Html, ExportFormat::Json] {
        let text = export_text(&client, &env.catalog, format, now);
        let path = dir.join(format!(
            "portfolio-{}-{stamp}.{}",
            code.compact(),
            format.extension()
        ));
        crate::private_files::write_new(&path, &text).map_err(io)?;
        store.record_export(code, &path)?;
        written.push(path);
    }
    Ok(written)
}
