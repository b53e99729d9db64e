//! The questions the interface may put to the storage thread, as data.
//!
//! Each [`Ask`] names one piece of storage work and carries the channel its typed
//! answer comes back on (the actor pattern), so the interface sends only data, the
//! storage layer decides what runs, and a reply can never be of the wrong kind.
//! [`StoreWorker`](super::StoreWorker) has one method per question that builds it
//! and waits for the answer.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::time::Duration;

use chrono::Utc;

use super::{AuditRow, EraseReport, LinkInfo, Store, StoreError, StoreWorker, verify_pin};
use crate::domain::code::ClientCode;
use crate::domain::session::{ClientSession, SessionKey};

/// Where a typed answer goes.
pub(super) type Reply<T> = Sender<Result<T, StoreError>>;

/// What looking up a typed code found.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeLookup {
    /// The client's session.
    Found(ClientSession),
    /// No session has the code; the next try must wait this long.
    Unknown(Duration),
    /// Not looked up: this terminal must wait this long first.
    Wait(Duration),
}

/// What checking an advisor's PIN found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    /// Right: logged in.
    Right,
    /// Wrong; login is now locked this long (zero: not locked).
    Wrong(Duration),
    /// Not checked: login is locked this long (too many wrong PINs).
    Locked(Duration),
}

/// A link just made.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLink {
    /// The token (shown once, never stored).
    pub token: String,
    /// Last day it works.
    pub until: chrono::NaiveDate,
}

/// One of the recently changed sessions.
#[derive(Debug, Clone)]
pub struct RecentRow {
    /// The session, as stored now.
    pub session: ClientSession,
    /// Last change, RFC 3339.
    pub updated_at: String,
}

/// One piece of storage work and where its answer goes.
pub(super) enum Ask {
    /// A code typed at this terminal: wait first if too many were wrong, count a miss.
    LookUpCode {
        code: ClientCode,
        terminal: String,
        reply: Reply<CodeLookup>,
    },
    /// How long this terminal must wait before the next code.
    CodeWait {
        terminal: String,
        reply: Reply<Duration>,
    },
    /// A new link to a session's portfolio.
    NewLink {
        session: SessionKey,
        ttl_days: u32,
        reply: Reply<NewLink>,
    },
    /// The advisors' names.
    AdvisorNames { reply: Reply<Vec<String>> },
    /// An advisor's PIN, checked against the limits of this terminal and name.
    CheckPin {
        terminal: String,
        name: String,
        pin: String,
        reply: Reply<PinCheck>,
    },
    /// The most recently changed sessions.
    Recent {
        limit: usize,
        reply: Reply<Vec<RecentRow>>,
    },
    /// A client's links.
    Links {
        code: ClientCode,
        reply: Reply<Vec<LinkInfo>>,
    },
    /// Withdraw one link (or all); answers with the links now.
    Revoke {
        code: ClientCode,
        link: Option<i64>,
        reply: Reply<Vec<LinkInfo>>,
    },
    /// An export file written for a client, to delete on erasure.
    RecordExport {
        code: ClientCode,
        path: PathBuf,
        reply: Reply<()>,
    },
    /// Erase a client (and export files in `dirs` and the default folder).
    Erase {
        code: ClientCode,
        dirs: Vec<PathBuf>,
        reply: Reply<Option<EraseReport>>,
    },
    /// One audit line.
    Audit {
        actor: String,
        action: &'static str,
        code: Option<ClientCode>,
        reply: Reply<()>,
    },
    /// The newest `last` audit lines, newest first.
    AuditLog {
        last: usize,
        reply: Reply<Vec<AuditRow>>,
    },
}

impl Ask {
    /// Answers with `e` without touching the store (a damaged database).
    pub(super) fn refuse(self, e: StoreError) {
        match self {
            Ask::LookUpCode { reply, .. } => drop(reply.send(Err(e))),
            Ask::CodeWait { reply, .. } => drop(reply.send(Err(e))),
            Ask::NewLink { reply, .. } => drop(reply.send(Err(e))),
            Ask::AdvisorNames { reply } => drop(reply.send(Err(e))),
            Ask::CheckPin { reply, .. } => drop(reply.send(Err(e))),
            Ask::Recent { reply, .. } => drop(reply.send(Err(e))),
            Ask::Links { reply, .. } | Ask::Revoke { reply, .. } => drop(reply.send(Err(e))),
            Ask::RecordExport { reply, .. } | Ask::Audit { reply, .. } => drop(reply.send(Err(e))),
            Ask::Erase { reply, .. } => drop(reply.send(Err(e))),
            Ask::AuditLog { reply, .. } => drop(reply.send(Err(e))),
        }
    }
}

/// One method per question: builds it, sends it after every queued write, waits.
impl StoreWorker {
    /// Looks a typed code up, within this terminal's limit on wrong codes.
    pub fn look_up_code(
        &self,
        code: &ClientCode,
        terminal: &str,
    ) -> Result<CodeLookup, StoreError> {
        self.ask(|reply| Ask::LookUpCode {
            code: code.clone(),
            terminal: terminal.to_string(),
            reply,
        })
    }

    /// How long this terminal must wait before it may try a code.
    pub fn code_wait(&self, terminal: &str) -> Result<Duration, StoreError> {
        self.ask(|reply| Ask::CodeWait {
            terminal: terminal.to_string(),
            reply,
        })
    }

    /// Makes a link to `session`'s portfolio that works `ttl_days`.
    pub fn new_link(&self, session: &SessionKey, ttl_days: u32) -> Result<NewLink, StoreError> {
        self.ask(|reply| Ask::NewLink {
            session: session.clone(),
            ttl_days,
            reply,
        })
    }

    /// The advisors' names.
    pub fn advisor_names(&self) -> Result<Vec<String>, StoreError> {
        self.ask(|reply| Ask::AdvisorNames { reply })
    }

    /// Checks an advisor's PIN within the limits on wrong PINs.
    pub fn check_pin(&self, terminal: &str, name: &str, pin: &str) -> Result<PinCheck, StoreError> {
        self.ask(|reply| Ask::CheckPin {
            terminal: terminal.to_string(),
            name: name.to_string(),
            pin: pin.to_string(),
            reply,
        })
    }

    /// The `limit` most recently changed sessions, newest first.
    pub fn recent(&self, limit: usize) -> Result<Vec<RecentRow>, StoreError> {
        self.ask(|reply| Ask::Recent { limit, reply })
    }

    /// A client's links.
    pub fn links(&self, code: &ClientCode) -> Result<Vec<LinkInfo>, StoreError> {
        self.ask(|reply| Ask::Links {
            code: code.clone(),
            reply,
        })
    }

    /// Withdraws one link (`Some(id)`) or all of a client's; answers with the links now.
    pub fn revoke(
        &self,
        code: &ClientCode,
        link: Option<i64>,
    ) -> Result<Vec<LinkInfo>, StoreError> {
        self.ask(|reply| Ask::Revoke {
            code: code.clone(),
            link,
            reply,
        })
    }

    /// Records an export file written for a client (erasure deletes it).
    pub fn record_export(
        &self,
        code: &ClientCode,
        path: &std::path::Path,
    ) -> Result<(), StoreError> {
        self.ask(|reply| Ask::RecordExport {
            code: code.clone(),
            path: path.to_path_buf(),
            reply,
        })
    }

    /// Erases a client, with export files in `dirs` and in the default folder;
    /// `None` if no session has the code.
    pub fn erase(
        &self,
        code: &ClientCode,
        dirs: Vec<std::path::PathBuf>,
    ) -> Result<Option<EraseReport>, StoreError> {
        self.ask(|reply| Ask::Erase {
            code: code.clone(),
            dirs,
            reply,
        })
    }

    /// Writes one audit line.
    pub fn audit(
        &self,
        actor: &str,
        action: &'static str,
        code: Option<&ClientCode>,
    ) -> Result<(), StoreError> {
        self.ask(|reply| Ask::Audit {
            actor: actor.to_string(),
            action,
            code: code.cloned(),
            reply,
        })
    }

    /// The newest `last` audit lines, newest first.
    pub fn audit_log(&self, last: usize) -> Result<Vec<AuditRow>, StoreError> {
        self.ask(|reply| Ask::AuditLog { last, reply })
    }
}

impl Store {
    /// Carries `ask` out and sends its answer.
    pub(super) fn answer(&mut self, ask: Ask) {
        match ask {
            Ask::LookUpCode {
                code,
                terminal,
                reply,
            } => drop(reply.send(self.look_up_code(&code, &terminal))),
            Ask::CodeWait { terminal, reply } => {
                drop(reply.send(self.code_wait(&terminal, Utc::now())))
            }
            Ask::NewLink {
                session,
                ttl_days,
                reply,
            } => drop(reply.send(self.new_link(&session, ttl_days))),
            Ask::AdvisorNames { reply } => drop(
                reply.send(
                    self.advisors()
                        .map(|all| all.into_iter().map(|(n, _)| n).collect()),
                ),
            ),
            Ask::CheckPin {
                terminal,
                name,
                pin,
                reply,
            } => drop(reply.send(self.check_pin(&terminal, &name, &pin))),
            Ask::Recent { limit, reply } => drop(reply.send(self.recent(limit))),
            Ask::Links { code, reply } => drop(reply.send(self.links(&code))),
            Ask::Revoke { code, link, reply } => drop(
                reply.send(
                    self.revoke_links(&code, link, Utc::now())
                        .and_then(|_| self.links(&code)),
                ),
            ),
            Ask::RecordExport { code, path, reply } => {
                drop(reply.send(self.record_export(&code, &path)))
            }
            Ask::Erase {
                code,
                mut dirs,
                reply,
            } => {
                dirs.push(self.default_export_dir());
                drop(reply.send(self.erase(&code, &dirs)));
            }
            Ask::Audit {
                actor,
                action,
                code,
                reply,
            } => drop(reply.send(self.audit(&actor, action, code.as_ref()))),
            Ask::AuditLog { last, reply } => {
                drop(reply.send(self.audit_log(None).map(|mut rows| {
                    rows.reverse();
                    rows.truncate(last);
                    rows
                })))
            }
        }
    }

    fn look_up_code(
        &mut self,
        code: &ClientCode,
        terminal: &str,
    ) -> Result<CodeLookup, StoreError> {
        let now = Utc::now();
        let wait = self.code_wait(terminal, now)?;
        if !wait.is_zero() {
            return Ok(CodeLookup::Wait(wait));
        }
        Ok(match self.load_session(code)? {
            Some(session) => CodeLookup::Found(session),
            None => CodeLookup::Unknown(self.record_code_miss(terminal, now)?),
        })
    }

    fn new_link(&mut self, session: &SessionKey, ttl_days: u32) -> Result<NewLink, StoreError> {
        let now = Utc::now();
        Ok(NewLink {
            token: self.create_link_for(session, ttl_days, now)?,
            until: (now + chrono::Duration::days(i64::from(ttl_days))).date_naive(),
        })
    }

    fn check_pin(&mut self, terminal: &str, name: &str, pin: &str) -> Result<PinCheck, StoreError> {
        let now = Utc::now();
        let locked = self.pin_wait(terminal, name, now)?;
        if !locked.is_zero() {
            return Ok(PinCheck::Locked(locked));
        }
        let right = self
            .advisor_pin_hash(name)?
            .is_some_and(|h| verify_pin(pin, &h));
        let wait = self.record_pin(terminal, name, right, now)?;
        Ok(if right {
            PinCheck::Right
        } else {
            PinCheck::Wrong(wait)
        })
    }

    fn recent(&self, limit: usize) -> Result<Vec<RecentRow>, StoreError> {
        let mut list = Vec::new();
        for (code, _, _, updated_at) in self.recent_sessions(limit)? {
            let Ok(code) = ClientCode::parse(&code) else {
                continue;
            };
            if let Some(session) = self.load_session(&code)? {
                list.push(RecentRow {
                    session,
                    updated_at,
                });
            }
        }
        Ok(list)
    }
}
