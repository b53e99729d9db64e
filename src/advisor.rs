//! Advisor mode at the kiosk: log in with a PIN, find a client, review and complete
//! their session, manage their portfolio links, export, erase, read the audit log.
//!
//! Like the client screens, these only change [`App`] and ask for [`Effect`]s; the
//! storage work is done by [`carry_out`] on the storage thread.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::Utc;
use ratatui_textarea::TextArea;

use crate::app::{App, Effect, NewLink, Screen, new_field};
use crate::catalog::{Catalog, ItemKind};
use crate::code::ClientCode;
use crate::portfolio::advisor_path;
use crate::session::SessionKey;
use crate::session::{Answer, ClientSession, answer_path};
use crate::store::{AuditRow, LinkInfo, StoreError, StoreWorker, verify_pin};
/// Longest advisor note or plan.
pub const NOTE_MAX: usize = 4000;
/// Sessions shown in the recent list.
pub const RECENT: usize = 8;

/// Where the advisor's own answers of a client live (never shown to clients).
pub mod keys {
    /// The advisor who marked the session reviewed.
    pub const REVIEWED_BY: &str = "advisor/reviewed_by";
    /// When (RFC 3339).
    pub const REVIEWED_AT: &str = "advisor/reviewed_at";
    /// Next steps, one per line, each starting with a date.
    pub const PLAN: &str = "advisor/plan";
    /// Documents seen or verified: document → `seen` | `verified`.
    pub const DOCUMENTS: &str = "advisor/documents";

    /// The advisor's note on a section.
    pub fn note(section: &str) -> String {
        format!("advisor/note/{section}")
    }

    /// Whether that note goes into the portfolio (`yes`).
    pub fn note_public(section: &str) -> String {
        format!("advisor/note/{section}/public")
    }
}

/// The advisor logged in at this terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvisorSession {
    /// Their name.
    pub name: String,
    /// Whether an edit of the open client has been put in the audit log yet.
    pub edit_logged: bool,
}

/// A session in the recent list.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentSession {
    /// Its code.
    pub code: ClientCode,
    /// Its language.
    pub language: String,
    /// Questions answered and questions asked, as the client's gauge shows them.
    pub progress: (usize, usize),
    /// Last change, RFC 3339.
    pub updated_at: String,
}

/// What an advisor note is about.
#[derive(Debug, Clone, PartialEq)]
pub enum NoteKey {
    /// A section of the checklist, by id.
    Section(String),
    /// The plan of next steps.
    Plan,
}

/// The advisor's screens.
pub enum AdvisorScreen {
    /// Choose your name, type your PIN.
    Login {
        /// Advisors in the database.
        names: Vec<String>,
        /// The name chosen.
        chosen: Option<String>,
        /// The PIN field (masked).
        field: Box<TextArea<'static>>,
        /// Message id of the last problem.
        error: Option<&'static str>,
    },
    /// Find a client: by code, or from the recent list.
    Home {
        /// The code field.
        field: Box<TextArea<'static>>,
        /// Recent sessions.
        recent: Vec<RecentSession>,
        /// Message id of the last problem.
        error: Option<&'static str>,
    },
    /// One client's overview and what can be done.
    Client {
        /// Their links.
        links: Vec<LinkInfo>,
    },
    /// The client's and the advisor's competence ratings side by side.
    Ratings {
        /// Index of the ratings question among the competence items.
        group: usize,
    },
    /// Notes per section and the plan.
    Notes,
    /// One note.
    Note {
        /// What it is about.
        key: NoteKey,
        /// The text.
        field: Box<TextArea<'static>>,
        /// Whether it goes into the portfolio.
        public: bool,
    },
    /// Documents the client needs: seen or verified.
    Documents,
    /// The client's portfolio links.
    Links {
        /// Newest first.
        links: Vec<LinkInfo>,
    },
    /// A new link as a QR code.
    Qr {
        /// The address.
        url: String,
        /// Last day it works.
        until: chrono::NaiveDate,
    },
    /// Type the code again to erase.
    Erase {
        /// The confirmation field.
        field: Box<TextArea<'static>>,
        /// Message id of the last problem.
        error: Option<&'static str>,
    },
    /// The audit log.
    Audit {
        /// Lines, newest first.
        rows: Vec<AuditRow>,
        /// Lines scrolled.
        scroll: usize,
    },
}

/// What an advisor can press.
#[derive(Debug, Clone, PartialEq)]
pub enum AdvisorAction {
    /// Choose the advisor's name on the login screen.
    Choose(String),
    /// Submit the field of the screen (PIN, code, erase confirmation, note).
    Submit,
    /// Open a client from the recent list.
    Open(ClientCode),
    /// Go through the client's checklist.
    Review,
    /// Rate competences beside the client.
    Ratings,
    /// Cycle the advisor's rating of a competence (none → A → B → C → none).
    Rate(String),
    /// The next (+1) or previous (-1) competence group.
    Group(isize),
    /// Notes and plan.
    Notes,
    /// Open one note.
    OpenNote(NoteKey),
    /// Switch "show in the portfolio".
    TogglePublic,
    /// Documents.
    Documents,
    /// Cycle a document: not seen → seen → verified.
    Document(String),
    /// Mark the session reviewed by this advisor today.
    MarkReviewed,
    /// The client's links.
    Links,
    /// Make a new link and show its QR code.
    NewLink,
    /// Withdraw one link (`Some(id)`) or all.
    Revoke(Option<i64>),
    /// Write HTML and JSON to the export folder.
    Export,
    /// Ask for the code to erase.
    Erase,
    /// The audit log.
    Audit,
    /// Back to the client overview.
    ClientHome,
    /// Back to finding a client.
    Home,
    /// End advisor mode (the screen is cleared).
    Logout,
    /// End the program.
    Quit,
}

/// Storage work for advisor mode.
#[derive(Debug, Clone, PartialEq)]
pub enum AdvisorOp {
    /// The advisors' names.
    Names,
    /// Check a PIN (unless login is locked for this name or terminal).
    Login {
        /// Who.
        name: String,
        /// The PIN typed.
        pin: String,
    },
    /// The recent sessions.
    Recent,
    /// Load a client and their links.
    Open(ClientCode),
    /// A client's links.
    Links(ClientCode),
    /// Make a link valid `ttl_days`.
    NewLink {
        /// The session.
        session: SessionKey,
        /// Days.
        ttl_days: u32,
    },
    /// Withdraw links.
    Revoke(ClientCode, Option<i64>),
    /// Export to the folder.
    Export(ClientCode),
    /// Erase.
    Erase(ClientCode),
    /// Write an audit line.
    Audit {
        /// Who.
        actor: String,
        /// What.
        action: &'static str,
        /// Which client.
        code: Option<ClientCode>,
    },
    /// The newest audit lines.
    AuditLog,
}

/// What storage answered.
#[derive(Debug)]
pub enum AdvisorReply {
    /// [`AdvisorOp::Names`].
    Names(Result<Vec<String>, StoreError>),
    /// [`AdvisorOp::Login`].
    Login(String, Result<PinCheck, StoreError>),
    /// [`AdvisorOp::Recent`].
    Recent(Result<Vec<RecentSession>, StoreError>),
    /// [`AdvisorOp::Open`].
    Opened(Result<Option<(ClientSession, Vec<LinkInfo>)>, StoreError>),
    /// [`AdvisorOp::Links`] and [`AdvisorOp::Revoke`].
    Links(Result<Vec<LinkInfo>, StoreError>),
    /// [`AdvisorOp::NewLink`].
    LinkMade(Result<NewLink, StoreError>),
    /// [`AdvisorOp::Export`]: the files written.
    Exported(Result<Vec<PathBuf>, StoreError>),
    /// [`AdvisorOp::Erase`]: whether there was a session.
    Erased(Result<bool, StoreError>),
    /// [`AdvisorOp::AuditLog`].
    AuditLog(Result<Vec<AuditRow>, StoreError>),
    /// Nothing to tell.
    Done,
}

/// What checking a PIN found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    /// Right: logged in.
    Right,
    /// Wrong; login is now locked this long (zero: not locked).
    Wrong(Duration),
    /// Not checked: login is locked this long (too many wrong PINs).
    Locked(Duration),
}

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
    use crate::cli_advisor::{ExportFormat, export_text};
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

fn go(app: &mut App, screen: AdvisorScreen) {
    app.screen = Screen::Advisor(Box::new(screen));
    app.focus = 0;
}

/// The effect that writes one audit line.
pub fn audit_line(actor: &str, action: &'static str, code: Option<&ClientCode>) -> Effect {
    Effect::Advisor(AdvisorOp::Audit {
        actor: actor.to_string(),
        action,
        code: code.cloned(),
    })
}

/// Audits `action` by the logged-in advisor on the open client.
fn audit(app: &App, action: &'static str, fx: &mut Vec<Effect>) {
    if let Some(advisor) = &app.advisor {
        fx.push(audit_line(
            &advisor.name,
            action,
            app.client.as_ref().map(|c| &c.code),
        ));
    }
}

/// F12 (or the configured key): the PIN screen; when logged in, back to advisor work.
pub fn key(app: &mut App, fx: &mut Vec<Effect>) {
    if app.advisor.is_some() {
        if app.client.is_some() {
            client_home(app, fx);
        } else {
            home(app, fx);
        }
        return;
    }
    // Whatever a client had open is saved and cleared first.
    crate::app::reset(app, fx);
    go(
        app,
        AdvisorScreen::Login {
            names: Vec::new(),
            chosen: None,
            field: pin_field(),
            error: None,
        },
    );
    fx.push(Effect::Advisor(AdvisorOp::Names));
}

fn pin_field() -> Box<TextArea<'static>> {
    let mut field = new_field("", (0, 0), false);
    field.set_mask_char('•');
    field
}

fn home(app: &mut App, fx: &mut Vec<Effect>) {
    app.client = None;
    app.link = None;
    go(
        app,
        AdvisorScreen::Home {
            field: new_field("", (0, 0), false),
            recent: Vec::new(),
            error: None,
        },
    );
    fx.push(Effect::Advisor(AdvisorOp::Recent));
}

fn client_home(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(client) = &app.client else {
        return home(app, fx);
    };
    let code = client.code.clone();
    go(app, AdvisorScreen::Client { links: Vec::new() });
    fx.push(Effect::Advisor(AdvisorOp::Links(code)));
}

/// The open client's session was erased elsewhere: back to finding a client.
pub fn closed(app: &mut App, fx: &mut Vec<Effect>) {
    home(app, fx);
}

/// Ends advisor mode: audit, clear everything, welcome screen.
pub fn logout(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(advisor) = &app.advisor {
        fx.push(audit_line(&advisor.name, "logout", None));
    }
    app.advisor = None;
    crate::app::reset(app, fx);
}

/// Whether the advisor has been idle past their (shorter) timeout.
pub fn idle(app: &App, now: Instant) -> bool {
    app.advisor.is_some() && now.duration_since(app.last_input) >= app.settings.advisor_idle
}

fn ratings_items(catalog: &Catalog) -> Vec<usize> {
    catalog
        .section("competences")
        .map(|s| {
            s.items
                .iter()
                .enumerate()
                .filter(|(_, i)| matches!(i.kind, ItemKind::Ratings { .. }))
                .map(|(n, _)| n)
                .collect()
        })
        .unwrap_or_default()
}

fn set(app: &mut App, path: String, answer: Option<Answer>, fx: &mut Vec<Effect>) {
    // The first edit is audited by `app::update`, for every screen alike.
    crate::app::set_answer(app, path, answer, fx);
}

/// Carries out an advisor's press.
pub fn activate(app: &mut App, action: AdvisorAction, fx: &mut Vec<Effect>) {
    if app.advisor.is_none() && !matches!(action, AdvisorAction::Choose(_) | AdvisorAction::Submit)
    {
        return;
    }
    match action {
        AdvisorAction::Choose(name) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login {
                    chosen,
                    error,
                    names,
                    ..
                } = s.as_mut()
            {
                *chosen = Some(name);
                *error = None;
                // The PIN field comes right after the names.
                app.focus = names.len();
            }
        }
        AdvisorAction::Submit => submit(app, fx),
        AdvisorAction::Open(code) => {
            fx.push(Effect::Advisor(AdvisorOp::Open(code)));
        }
        AdvisorAction::Review => {
            app.focus = 0;
            app.screen = Screen::Sections;
        }
        AdvisorAction::Ratings => go(app, AdvisorScreen::Ratings { group: 0 }),
        AdvisorAction::Group(delta) => {
            let count = ratings_items(&app.catalog).len();
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Ratings { group } = s.as_mut()
            {
                let next = group.saturating_add_signed(delta);
                if next < count {
                    *group = next;
                    app.focus = 0;
                } else if delta > 0 {
                    client_home(app, fx);
                }
            }
        }
        AdvisorAction::Rate(competence) => rate(app, &competence, fx),
        AdvisorAction::Notes => go(app, AdvisorScreen::Notes),
        AdvisorAction::OpenNote(key) => {
            let (text_path, public) = match &key {
                NoteKey::Section(id) => (keys::note(id), note_public(app, id)),
                NoteKey::Plan => (keys::PLAN.to_string(), true),
            };
            let text = match app.client.as_ref().and_then(|c| c.answers.get(&text_path)) {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let lines = text.split('\n').count();
            let last = text
                .split('\n')
                .next_back()
                .map_or(0, |l| l.chars().count());
            let toggles = usize::from(matches!(key, NoteKey::Section(_)));
            go(
                app,
                AdvisorScreen::Note {
                    key,
                    field: new_field(&text, (lines - 1, last), true),
                    public,
                },
            );
            // The note field comes after the "show in the portfolio" switch.
            app.focus = toggles;
        }
        AdvisorAction::TogglePublic => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Note { public, .. } = s.as_mut()
            {
                *public = !*public;
            }
        }
        AdvisorAction::Documents => go(app, AdvisorScreen::Documents),
        AdvisorAction::Document(doc) => {
            let mut marks = match app
                .client
                .as_ref()
                .and_then(|c| c.answers.get(keys::DOCUMENTS))
            {
                Some(Answer::Ratings(r)) => r.clone(),
                _ => Default::default(),
            };
            let next = match marks.get(&doc).map(String::as_str) {
                None => Some("seen"),
                Some("seen") => Some("verified"),
                _ => None,
            };
            match next {
                Some(n) => {
                    marks.insert(doc, n.to_string());
                }
                None => {
                    marks.remove(&doc);
                }
            }
            set(
                app,
                keys::DOCUMENTS.into(),
                Some(Answer::Ratings(marks)),
                fx,
            );
        }
        AdvisorAction::MarkReviewed => {
            let Some(name) = app.advisor.as_ref().map(|a| a.name.clone()) else {
                return;
            };
            set(app, keys::REVIEWED_BY.into(), Some(Answer::Text(name)), fx);
            let at = Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            set(app, keys::REVIEWED_AT.into(), Some(Answer::Text(at)), fx);
            audit(app, "review", fx);
            crate::app::notice(app, "adv-reviewed-done", false);
        }
        AdvisorAction::Links => {
            if let Some(client) = &app.client {
                let code = client.code.clone();
                go(app, AdvisorScreen::Links { links: Vec::new() });
                fx.push(Effect::Advisor(AdvisorOp::Links(code)));
            }
        }
        AdvisorAction::NewLink => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::NewLink {
                    session: client.key(),
                    ttl_days: app.settings.link_ttl_days,
                }));
                audit(app, "link-created", fx);
            }
        }
        AdvisorAction::Revoke(id) => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::Revoke(client.code.clone(), id)));
                audit(app, "link-revoked", fx);
            }
        }
        AdvisorAction::Export => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::Export(client.code.clone())));
                audit(app, "export", fx);
            }
        }
        AdvisorAction::Erase => go(
            app,
            AdvisorScreen::Erase {
                field: new_field("", (0, 0), false),
                error: None,
            },
        ),
        AdvisorAction::Audit => {
            go(
                app,
                AdvisorScreen::Audit {
                    rows: Vec::new(),
                    scroll: 0,
                },
            );
            fx.push(Effect::Advisor(AdvisorOp::AuditLog));
        }
        AdvisorAction::ClientHome => client_home(app, fx),
        AdvisorAction::Home => home(app, fx),
        AdvisorAction::Logout => logout(app, fx),
        AdvisorAction::Quit => {
            audit(app, "quit", fx);
            tracing::info!("the program was ended by an advisor");
            fx.push(Effect::Quit);
        }
    }
}

fn note_public(app: &App, section: &str) -> bool {
    matches!(
        app.client.as_ref().and_then(|c| c.answers.get(&keys::note_public(section))),
        Some(Answer::Choice(c)) if c == "yes"
    )
}

fn rate(app: &mut App, competence: &str, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &app.screen else {
        return;
    };
    let AdvisorScreen::Ratings { group } = s.as_ref() else {
        return;
    };
    let Some(&item) = ratings_items(&app.catalog).get(*group) else {
        return;
    };
    let Some(section) = app.catalog.section("competences") else {
        return;
    };
    let path = advisor_path(&answer_path("competences", None, &section.items[item].id));
    let mut ratings = match app.client.as_ref().and_then(|c| c.answers.get(&path)) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    let next = match ratings.get(competence).map(String::as_str) {
        None => Some("a"),
        Some("a") => Some("b"),
        Some("b") => Some("c"),
        _ => None,
    };
    match next {
        Some(level) => {
            ratings.insert(competence.to_string(), level.to_string());
        }
        None => {
            ratings.remove(competence);
        }
    }
    let answer = (!ratings.is_empty()).then_some(Answer::Ratings(ratings));
    set(app, path, answer, fx);
}

fn field_text(field: &TextArea<'_>) -> String {
    field.lines().join("\n")
}

fn submit(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &mut app.screen else {
        return;
    };
    match s.as_mut() {
        AdvisorScreen::Login {
            chosen,
            field,
            error,
            ..
        } => {
            if let Some(until) = app.advisor_locked_until
                && until > app.now
            {
                *error = Some("adv-locked");
                return;
            }
            let Some(name) = chosen.clone() else {
                *error = Some("adv-choose-name");
                return;
            };
            let pin = field_text(field);
            *field = pin_field();
            fx.push(Effect::Advisor(AdvisorOp::Login { name, pin }));
        }
        AdvisorScreen::Home { field, error, .. } => match ClientCode::parse(&field_text(field)) {
            Ok(code) => fx.push(Effect::Advisor(AdvisorOp::Open(code))),
            Err(_) => *error = Some("entry-error-mistyped"),
        },
        AdvisorScreen::Erase { field, error } => {
            let typed = ClientCode::parse(&field_text(field)).ok();
            let Some(client) = &app.client else {
                return;
            };
            if typed.as_ref() == Some(&client.code) {
                fx.push(Effect::Advisor(AdvisorOp::Erase(client.code.clone())));
            } else {
                *error = Some("adv-erase-mismatch");
            }
        }
        AdvisorScreen::Note { key, field, public } => {
            let text = field_text(field).trim_end().to_string();
            let (key, public) = (key.clone(), *public);
            let answer = (!text.is_empty()).then_some(Answer::Text(text));
            match key {
                NoteKey::Section(id) => {
                    set(app, keys::note(&id), answer, fx);
                    let flag = public.then(|| Answer::Choice("yes".into()));
                    set(app, keys::note_public(&id), flag, fx);
                }
                NoteKey::Plan => set(app, keys::PLAN.into(), answer, fx),
            }
            go(app, AdvisorScreen::Notes);
        }
        _ => {}
    }
}

/// Storage answered.
pub fn on_reply(app: &mut App, reply: AdvisorReply, fx: &mut Vec<Effect>) {
    match reply {
        AdvisorReply::Names(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login { names, chosen, .. } = s.as_mut()
            {
                if list.len() == 1 {
                    *chosen = list.first().cloned();
                }
                *names = list;
            }
        }
        AdvisorReply::Login(name, Ok(PinCheck::Right)) => {
            app.advisor_locked_until = None;
            app.advisor = Some(AdvisorSession {
                name: name.clone(),
                edit_logged: false,
            });
            tracing::info!("advisor logged in");
            fx.push(audit_line(&name, "login", None));
            home(app, fx);
        }
        AdvisorReply::Login(name, Ok(check @ (PinCheck::Wrong(_) | PinCheck::Locked(_)))) => {
            let (wait, tried) = match check {
                PinCheck::Wrong(wait) => (wait, true),
                PinCheck::Locked(wait) => (wait, false),
                PinCheck::Right => (Duration::ZERO, false),
            };
            if tried {
                tracing::warn!("wrong advisor PIN");
                fx.push(audit_line(&name, "login-failed", None));
            }
            let mut message = "adv-wrong-pin";
            if !wait.is_zero() {
                app.advisor_locked_until = Some(app.now + wait);
                message = "adv-locked";
                if tried {
                    tracing::warn!(seconds = wait.as_secs(), "advisor login locked");
                    fx.push(audit_line(&name, "lockout", None));
                }
            }
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login { error, .. } = s.as_mut()
            {
                *error = Some(message);
            }
        }
        AdvisorReply::Recent(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Home { recent, .. } = s.as_mut()
            {
                *recent = list;
            }
        }
        AdvisorReply::Opened(Ok(Some((client, links)))) => {
            app.client = Some(client);
            app.last_refresh = app.now;
            if let Some(advisor) = &mut app.advisor {
                advisor.edit_logged = false;
            }
            audit(app, "view", fx);
            go(app, AdvisorScreen::Client { links });
        }
        AdvisorReply::Opened(Ok(None)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Home { error, .. } = s.as_mut()
            {
                *error = Some("entry-error-unknown");
            }
        }
        AdvisorReply::Links(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen {
                match s.as_mut() {
                    AdvisorScreen::Links { links } | AdvisorScreen::Client { links } => {
                        *links = list;
                    }
                    _ => {}
                }
            }
        }
        AdvisorReply::LinkMade(Ok(link)) => go(
            app,
            AdvisorScreen::Qr {
                url: app.settings.link_url(&link.token),
                until: link.until,
            },
        ),
        AdvisorReply::Exported(Ok(paths)) => {
            app.export_paths = paths;
            crate::app::notice(app, "adv-exported", false);
        }
        AdvisorReply::Erased(Ok(_)) => {
            tracing::info!("a session was erased by an advisor on request");
            // Only that an erasure happened: the code no longer appears anywhere.
            if let Some(advisor) = &app.advisor {
                fx.push(audit_line(&advisor.name, "erase", None));
            }
            home(app, fx);
            crate::app::notice(app, "adv-erased", false);
        }
        AdvisorReply::AuditLog(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Audit { rows, .. } = s.as_mut()
            {
                *rows = list;
            }
        }
        AdvisorReply::Done => {}
        AdvisorReply::LinkMade(Err(StoreError::SessionGone))
        | AdvisorReply::Opened(Err(StoreError::SessionGone)) => {
            crate::app::session_closed(app, fx);
        }
        AdvisorReply::Names(Err(e))
        | AdvisorReply::Login(_, Err(e))
        | AdvisorReply::Recent(Err(e))
        | AdvisorReply::Opened(Err(e))
        | AdvisorReply::Links(Err(e))
        | AdvisorReply::LinkMade(Err(e))
        | AdvisorReply::Exported(Err(e))
        | AdvisorReply::Erased(Err(e))
        | AdvisorReply::AuditLog(Err(e)) => {
            tracing::error!(error = %e, "advisor storage work failed");
            crate::app::notice(app, "adv-storage-failed", true);
        }
    }
}

/// Esc on an advisor screen.
pub fn back(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &app.screen else {
        return;
    };
    match s.as_ref() {
        AdvisorScreen::Login { .. } => crate::app::reset(app, fx),
        AdvisorScreen::Home { .. } | AdvisorScreen::Audit { .. } => {}
        AdvisorScreen::Client { .. } => home(app, fx),
        AdvisorScreen::Note { .. } => go(app, AdvisorScreen::Notes),
        AdvisorScreen::Ratings { .. }
        | AdvisorScreen::Notes
        | AdvisorScreen::Documents
        | AdvisorScreen::Links { .. }
        | AdvisorScreen::Qr { .. }
        | AdvisorScreen::Erase { .. } => client_home(app, fx),
    }
}

impl AdvisorScreen {
    /// The screen's text field.
    pub fn field_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match self {
            Self::Login { field, .. }
            | Self::Home { field, .. }
            | Self::Note { field, .. }
            | Self::Erase { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The field's text.
    pub fn field_text(&self) -> Option<String> {
        match self {
            Self::Login { field, .. }
            | Self::Home { field, .. }
            | Self::Note { field, .. }
            | Self::Erase { field, .. } => Some(field_text(field)),
            _ => None,
        }
    }

    /// Most characters its field takes.
    pub fn field_limit(&self) -> usize {
        match self {
            Self::Note { .. } => NOTE_MAX,
            Self::Login { .. } => 64,
            _ => crate::app::CODE_FIELD_MAX,
        }
    }

    /// Whether Enter starts a new line in its field.
    pub fn multiline(&self) -> bool {
        matches!(self, Self::Note { .. })
    }
}
