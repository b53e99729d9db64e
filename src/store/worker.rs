//! The storage thread: owns the connection, takes requests in order, never makes
//! the screen wait for a disk.
//!
//! Writes are kept in order in a queue. A write that fails for a passing reason
//! (disk full, database busy) stays at the head and is tried again every
//! [`RETRY_PAUSE`] while other requests are still answered; a write for a session
//! that no longer exists is dropped with all later writes for it, and reported
//! once ([`SaveReport::Gone`]); a write based on an answer changed elsewhere is
//! reported as a conflict with the answer now stored. A read of a session whose
//! writes are still waiting answers with the error, not with stale data.

use std::collections::VecDeque;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::ask::Ask;
#[cfg(test)]
use super::ask::{CodeLookup, PinCheck};
use super::{Applied, Change, Store, StoreError};
use crate::domain::code::ClientCode;
use crate::domain::session::{Answer, ClientSession, SessionKey};

/// What the storage thread tells the interface about writes.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveReport {
    /// One write is on disk; the session is now at `version`.
    Saved {
        /// The session.
        session: i64,
        /// Its version after the write.
        version: i64,
    },
    /// Writes are waiting: the first could not be written (it is tried again).
    Failed(StoreError),
    /// One write was not applied: the answer had been changed at another terminal.
    Conflict {
        /// The session.
        session: i64,
        /// The answer's key.
        item: String,
        /// What is stored now.
        current: Option<Answer>,
    },
    /// The session no longer exists (erased or purged): `dropped` writes for it
    /// were discarded, none was written anywhere.
    Gone {
        /// The session.
        session: i64,
        /// How many writes were discarded.
        dropped: usize,
    },
    /// The session as stored now, after another terminal changed it.
    Current(ClientSession),
}

use super::ask::Reply;

enum Request {
    Write(Change),
    Create(String, Reply<ClientSession>),
    Load(ClientCode, Reply<Option<ClientSession>>),
    Refresh(SessionKey, i64),
    Ask(Ask),
    Flush(Sender<bool>),
}

/// The storage thread and the way to talk to it.
pub struct StoreWorker {
    /// `exports/` beside the database.
    export_dir: std::path::PathBuf,
    requests: Option<Sender<Request>>,
    reports: Option<Receiver<SaveReport>>,
    thread: Option<JoinHandle<()>>,
}

/// How long the interface waits for a read it asked for.
const READ_TIMEOUT: Duration = Duration::from_secs(8);
/// Pause between tries of a write that failed.
const RETRY_PAUSE: Duration = Duration::from_millis(500);
/// How often sessions past their retention are erased while the kiosk runs.
const PURGE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

impl StoreWorker {
    /// Moves `store` onto its own thread.
    pub fn start(store: Store) -> Self {
        Self::spawn(store, None)
    }

    /// Like [`StoreWorker::start`], and erases sessions untouched for
    /// `retention_days` at once and then daily (export files in `export_dirs` too).
    pub fn start_with_retention(
        store: Store,
        retention_days: u32,
        export_dirs: Vec<std::path::PathBuf>,
    ) -> Self {
        Self::spawn(store, Some((retention_days, export_dirs)))
    }

    fn spawn(store: Store, retention: Option<(u32, Vec<std::path::PathBuf>)>) -> Self {
        let export_dir = store.default_export_dir();
        let (requests, inbox) = mpsc::channel();
        let (report_tx, reports) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("store".into())
            .spawn(move || {
                Worker {
                    store,
                    reports: report_tx,
                    pending: VecDeque::new(),
                    failing: None,
                    broken: None,
                }
                .serve(inbox, retention)
            })
            .ok();
        Self {
            export_dir,
            requests: Some(requests),
            reports: Some(reports),
            thread,
        }
    }

    /// The folder `exports/` beside the database (exports made at the kiosk go
    /// there unless configured otherwise).
    pub fn default_export_dir(&self) -> &std::path::Path {
        &self.export_dir
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

    /// Asks, without waiting, whether `session` changed since `version`; if it did
    /// (another terminal wrote), the session as stored comes as [`SaveReport::Current`].
    pub fn refresh(&self, session: SessionKey, version: i64) {
        self.send(Request::Refresh(session, version));
    }

    /// Sends the question `make` builds (after every queued write) and waits for
    /// its answer.
    pub(super) fn ask<T>(&self, make: impl FnOnce(Reply<T>) -> Ask) -> Result<T, StoreError> {
        let (tx, rx) = mpsc::channel();
        self.send(Request::Ask(make(tx)));
        wait(rx)
    }

    /// Tries every queued write once more and waits, at most `timeout`; true when
    /// none is left waiting.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            let (tx, rx) = mpsc::channel();
            self.send(Request::Flush(tx));
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(true) => return true,
                Ok(false) if Instant::now() + RETRY_PAUSE < deadline => {
                    std::thread::sleep(RETRY_PAUSE);
                }
                _ => return false,
            }
        }
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
        // Closing the request channel lets the thread try what is queued once more
        // and end (the kiosk has already waited for it in `flush`).
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

struct Worker {
    store: Store,
    reports: Sender<SaveReport>,
    /// Writes not yet on disk, oldest first.
    pending: VecDeque<Change>,
    /// Why the head of `pending` failed last, and when to try again.
    failing: Option<(StoreError, Instant)>,
    /// The database found damaged at start: nothing is ever written to it.
    broken: Option<StoreError>,
}

impl Worker {
    fn serve(
        mut self,
        inbox: Receiver<Request>,
        retention: Option<(u32, Vec<std::path::PathBuf>)>,
    ) {
        // A large file's integrity check runs here, before anything is written: the
        // interface is already on screen. A damaged file is then never written to.
        if let Err(e) = self.store.finish_checks() {
            tracing::error!(error = %e, "database damaged; nothing will be written to it");
            let _ = self.reports.send(SaveReport::Failed(e.clone()));
            self.broken = Some(e);
        }
        let mut next_purge = retention.as_ref().map(|_| Instant::now());
        loop {
            if self.broken.is_none()
                && let (Some((days, dirs)), Some(at)) = (&retention, next_purge)
                && at <= Instant::now()
                && self.pending.is_empty()
            {
                self.purge(*days, dirs);
                next_purge = Some(Instant::now() + PURGE_EVERY);
            }
            let wake = [next_purge, self.failing.as_ref().map(|(_, at)| *at)]
                .into_iter()
                .flatten()
                .min();
            let request = match wake {
                Some(at) => {
                    match inbox.recv_timeout(at.saturating_duration_since(Instant::now())) {
                        Ok(request) => Some(request),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                None => match inbox.recv() {
                    Ok(request) => Some(request),
                    Err(_) => break,
                },
            };
            match request {
                None => self.drain(),
                Some(request) => self.handle(request),
            }
        }
        // The interface is gone (the process is ending): one last try.
        self.failing = None;
        self.drain();
        if !self.pending.is_empty() {
            tracing::error!(
                changes = self.pending.len(),
                "kiosk stopping; changes could not be saved"
            );
        }
    }

    fn purge(&mut self, days: u32, dirs: &[std::path::PathBuf]) {
        match self.store.purge(days, chrono::Utc::now(), dirs) {
            Ok(r) => tracing::info!(
                sessions = r.sessions,
                answers = r.answers,
                drafts = r.drafts,
                files = r.files_deleted.len(),
                days,
                "retention: erased sessions untouched too long"
            ),
            Err(e) => tracing::error!(error = %e, "retention purge failed"),
        }
    }

    fn handle(&mut self, request: Request) {
        if let Some(e) = self.broken.clone() {
            match request {
                Request::Write(_) => {
                    let _ = self.reports.send(SaveReport::Failed(e));
                }
                Request::Create(_, reply) => {
                    let _ = reply.send(Err(e));
                }
                Request::Load(_, reply) => {
                    let _ = reply.send(Err(e));
                }
                Request::Ask(ask) => ask.refuse(e),
                Request::Refresh(..) => {}
                Request::Flush(reply) => {
                    let _ = reply.send(false);
                }
            }
            return;
        }
        match request {
            Request::Write(change) => {
                self.pending.push_back(change);
                if self.failing.is_none() {
                    self.drain();
                }
            }
            Request::Create(language, reply) => {
                self.drain();
                let _ = reply.send(self.store.create_session(&language));
            }
            Request::Load(code, reply) => {
                self.drain();
                let loaded = self.store.load_session(&code);
                let _ = reply.send(match (loaded, &self.failing) {
                    (Ok(Some(s)), Some((e, _))) if self.waiting_for(s.id) => Err(e.clone()),
                    (other, _) => other,
                });
            }
            Request::Refresh(session, version) => {
                self.drain();
                if self.waiting_for(session.id) {
                    return;
                }
                match self.store.session_version(&session) {
                    Ok(Some(now)) if now != version => {
                        if let Ok(Some(current)) = self.store.load_session(&session.code) {
                            let _ = self.reports.send(SaveReport::Current(current));
                        }
                    }
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        let _ = self.reports.send(SaveReport::Gone {
                            session: session.id,
                            dropped: 0,
                        });
                    }
                    Err(e) => tracing::warn!(error = %e, "could not look for changes elsewhere"),
                }
            }
            Request::Ask(ask) => {
                self.drain();
                self.store.answer(ask);
            }
            Request::Flush(reply) => {
                self.failing = None;
                self.drain();
                let _ = reply.send(self.pending.is_empty());
            }
        }
    }

    /// Whether writes for session `id` are still waiting.
    fn waiting_for(&self, id: i64) -> bool {
        self.pending.iter().any(|c| c.session().id == id)
    }

    /// Writes what is queued, in order, until done or a write fails for a passing
    /// reason (then it is tried again later).
    fn drain(&mut self) {
        if let Some((_, at)) = &self.failing
            && *at > Instant::now()
        {
            return;
        }
        while let Some(change) = self.pending.front() {
            match self.store.apply(change) {
                Ok(Applied::Done { version }) => {
                    let session = change.session().id;
                    self.pending.pop_front();
                    let _ = self.reports.send(SaveReport::Saved { session, version });
                }
                Ok(Applied::Conflict { item, current }) => {
                    let session = change.session().id;
                    self.pending.pop_front();
                    tracing::info!("an answer changed at another terminal was not overwritten");
                    let _ = self.reports.send(SaveReport::Conflict {
                        session,
                        item,
                        current,
                    });
                }
                Err(StoreError::SessionGone) => {
                    let gone = change.session().clone();
                    let before = self.pending.len();
                    self.pending.retain(|c| *c.session() != gone);
                    let dropped = before - self.pending.len();
                    tracing::warn!(
                        dropped,
                        "writes for a session that no longer exists were dropped"
                    );
                    let _ = self.reports.send(SaveReport::Gone {
                        session: gone.id,
                        dropped,
                    });
                }
                Err(e) => {
                    let repeated = self.failing.as_ref().is_some_and(|(f, _)| *f == e);
                    if !repeated {
                        tracing::error!(error = %e, waiting = self.pending.len(), "saving failed; trying again");
                    }
                    let _ = self.reports.send(SaveReport::Failed(e.clone()));
                    self.failing = Some((e, Instant::now() + RETRY_PAUSE));
                    return;
                }
            }
        }
        if self.failing.take().is_some() {
            tracing::info!("saving works again");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::temp_store;

    fn answer(s: &ClientSession, n: usize) -> Change {
        Change::Answer {
            session: s.key(),
            item: format!("goals.q{n}"),
            before: None,
            after: Some(Answer::DontKnow),
        }
    }

    #[test]
    fn worker_reads_see_queued_writes() {
        let (_dir, path) = temp_store();
        let worker = StoreWorker::start(Store::open(&path).unwrap());
        let s = worker.create_session("de").unwrap();
        for n in 0..20 {
            worker.write(answer(&s, n));
        }
        let loaded = worker.load_session(&s.code).unwrap().unwrap();
        assert_eq!(loaded.answers.len(), 20);
        assert!(worker.flush(Duration::from_secs(5)));
        let saved = worker
            .reports()
            .filter(|r| matches!(r, SaveReport::Saved { .. }))
            .count();
        assert_eq!(saved, 20);
    }

    #[test]
    fn writes_for_an_erased_session_are_dropped_once_and_the_worker_goes_on() {
        let (_dir, path) = temp_store();
        let worker = StoreWorker::start(Store::open(&path).unwrap());
        let s = worker.create_session("de").unwrap();
        assert!(worker.erase(&s.code, Vec::new()).unwrap().is_some());
        for n in 0..3 {
            worker.write(answer(&s, n));
        }
        let started = Instant::now();
        let next = worker.create_session("de").unwrap();
        assert!(started.elapsed() < Duration::from_secs(2), "no jam");
        assert!(worker.flush(Duration::from_secs(5)));
        let reports: Vec<_> = worker.reports().collect();
        let dropped: usize = reports
            .iter()
            .map(|r| match r {
                SaveReport::Gone { session, dropped } if *session == s.id => *dropped,
                _ => 0,
            })
            .sum();
        assert_eq!(dropped, 3, "{reports:?}");
        let fresh = worker.load_session(&next.code).unwrap().unwrap();
        assert!(fresh.answers.is_empty());
    }

    #[test]
    fn typed_questions_get_typed_answers_after_queued_writes() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        store
            .add_advisor("Aylin", &crate::store::hash_pin("4821").unwrap())
            .unwrap();
        let worker = StoreWorker::start(store);
        let s = worker.create_session("ti").unwrap();
        worker.write(answer(&s, 1));
        assert_eq!(worker.advisor_names().unwrap(), vec!["Aylin".to_string()]);
        assert!(matches!(
            worker.check_pin("t1", "Aylin", "0000").unwrap(),
            PinCheck::Wrong(_)
        ));
        assert_eq!(
            worker.check_pin("t1", "Aylin", "4821").unwrap(),
            PinCheck::Right
        );
        let recent = worker.recent(8).unwrap();
        assert_eq!(recent.len(), 1);
        assert_eq!(
            recent[0].session.answers.len(),
            1,
            "the queued write is seen"
        );
        match worker.look_up_code(&s.code, "t1").unwrap() {
            CodeLookup::Found(found) => assert_eq!(found.id, s.id),
            other => panic!("{other:?}"),
        }
        let link = worker.new_link(&s.key(), 30).unwrap();
        assert_eq!(link.token.len(), 22);
        assert_eq!(worker.links(&s.code).unwrap().len(), 1);
        let left = worker.revoke(&s.code, None).unwrap();
        assert!(left.iter().all(|l| l.revoked_at.is_some()));
        worker.audit("Aylin", "open", Some(&s.code)).unwrap();
        worker.audit("Aylin", "export", Some(&s.code)).unwrap();
        let log = worker.audit_log(1).unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].action, "export", "newest first");
    }
}
