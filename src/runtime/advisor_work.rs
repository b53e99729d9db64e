//! Carrying out the storage work of advisor mode on the storage thread: PIN checks
//! against the database's limits, lists, links, exports to files, erasure, audit.

use std::path::PathBuf;

use chrono::Utc;

use crate::domain::checklist::Catalog;
use crate::domain::code::ClientCode;
use crate::kiosk::NewLink;
use crate::kiosk::{AdvisorOp, AdvisorReply, PinCheck, RECENT, RecentSession};
use crate::store::{StoreError, StoreWorker, verify_pin};
use crate::web::export::{ExportFormat, export_text};

/// What storage needs besides the op.
#[derive(Clone)]
pub struct AdvisorEnv {
    /// The checklist, for exports.
    pub catalog: Catalog,
    /// Where exports go; `None`: `exports/` beside the database.
    pub export_dir: Option<PathBuf>,
    /// This terminal's name, for the limit on wrong PINs.
    pub terminal: String,
}

// Long by design: one arm per advisor storage operation, each a single call.
/// Carries `op` out on the storage thread.
pub fn carry_out(op: AdvisorOp, store: &StoreWorker, env: &AdvisorEnv) -> AdvisorReply {
    match op {
        AdvisorOp::Names => AdvisorReply::Names(
            store.call(|s| Ok(s.advisors()?.into_iter().map(|(n, _)| n).collect())),
        ),
        AdvisorOp::Login { name, pin } => {
            let (who, terminal) = (name.clone(), env.terminal.clone());
            let checked = store.call(move |s| {
                let now = Utc::now();
                let locked = s.pin_wait(&terminal, &who, now)?;
                if !locked.is_zero() {
                    return Ok(PinCheck::Locked(locked));
                }
                let right = s
                    .advisor_pin_hash(&who)?
                    .is_some_and(|h| verify_pin(&pin, &h));
                let wait = s.record_pin(&terminal, &who, right, now)?;
                Ok(if right {
                    PinCheck::Right
                } else {
                    PinCheck::Wrong(wait)
                })
            });
            AdvisorReply::Login(name, checked)
        }
        AdvisorOp::Recent => {
            let catalog = env.catalog.clone();
            AdvisorReply::Recent(store.call(move |s| {
                let mut list = Vec::new();
                for (code, language, _, updated_at) in s.recent_sessions(RECENT)? {
                    let Ok(code) = ClientCode::parse(&code) else {
                        continue;
                    };
                    let progress = s
                        .load_session(&code)?
                        .map_or((0, 0), |c| c.overall_progress(&catalog));
                    list.push(RecentSession {
                        code,
                        language,
                        progress,
                        updated_at,
                    });
                }
                Ok(list)
            }))
        }
        AdvisorOp::Open(code) => AdvisorReply::Opened(store.call(move |s| {
            let Some(client) = s.load_session(&code)? else {
                return Ok(None);
            };
            let links = s.links(&code)?;
            Ok(Some((client, links)))
        })),
        AdvisorOp::Links(code) => AdvisorReply::Links(store.call(move |s| s.links(&code))),
        AdvisorOp::NewLink { session, ttl_days } => AdvisorReply::LinkMade(store.call(move |s| {
            let now = Utc::now();
            Ok(NewLink {
                token: s.create_link_for(&session, ttl_days, now)?,
                until: (now + chrono::Duration::days(i64::from(ttl_days))).date_naive(),
            })
        })),
        AdvisorOp::Revoke(code, id) => AdvisorReply::Links(store.call(move |s| {
            s.revoke_links(&code, id, Utc::now())?;
            s.links(&code)
        })),
        AdvisorOp::Export(code) => {
            let env = env.clone();
            AdvisorReply::Exported(store.call(move |s| export_files(s, &env, &code)))
        }
        AdvisorOp::Erase(code) => {
            let dirs: Vec<PathBuf> = env.export_dir.iter().cloned().collect();
            AdvisorReply::Erased(store.call(move |s| {
                let mut dirs = dirs;
                dirs.push(s.default_export_dir());
                let report = s.erase(&code, &dirs)?;
                for (path, why) in report.iter().flat_map(|r| &r.files_left) {
                    tracing::error!(path = %path.display(), why, "an export file of an erased client could not be deleted");
                }
                Ok(report.is_some())
            }))
        }
        AdvisorOp::Audit {
            actor,
            action,
            code,
        } => {
            if let Err(e) = store.call(move |s| s.audit(&actor, action, code.as_ref())) {
                tracing::error!(error = %e, action, "audit line not written");
            }
            AdvisorReply::Done
        }
        AdvisorOp::AuditLog => AdvisorReply::AuditLog(store.call(|s| {
            let mut rows = s.audit_log(None)?;
            rows.reverse();
            rows.truncate(200);
            Ok(rows)
        })),
    }
}

fn export_files(
    store: &mut crate::store::Store,
    env: &AdvisorEnv,
    code: &ClientCode,
) -> Result<Vec<PathBuf>, StoreError> {
    use std::os::unix::fs::DirBuilderExt;
    let dir = env
        .export_dir
        .clone()
        .unwrap_or_else(|| store.default_export_dir());
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
        let Some(text) = export_text(store, &env.catalog, code, format, now)? else {
            return Err(StoreError::Other("no session has this code".into()));
        };
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
