//! Limits on guessing: wrong client codes and wrong advisor PINs are counted in the
//! database, per terminal and over all terminals, so the waits they cause hold
//! across screens, restarts and processes. A right code resets nothing: a known code
//! cannot be used to wipe the count of wrong ones. A right PIN ends only that
//! advisor's count.

use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::params;

use super::{Store, StoreError, stamp};

/// What was tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptKind {
    /// A well-formed client code that no session has.
    CodeMiss,
    /// A wrong advisor PIN.
    PinMiss,
    /// A right advisor PIN.
    PinOk,
}

impl AttemptKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::CodeMiss => "code-miss",
            Self::PinMiss => "pin-miss",
            Self::PinOk => "pin-ok",
        }
    }
}

/// The rules, in one place.
pub struct Attempts;

impl Attempts {
    /// Wrong codes at one terminal within [`Attempts::CODE_WINDOW`] before it waits.
    pub const FREE_CODE_MISSES: i64 = 5;
    /// Wrong codes at all terminals together before every terminal waits.
    pub const FREE_CODE_MISSES_OVERALL: i64 = 20;
    /// How long a wrong code counts.
    pub const CODE_WINDOW: Duration = Duration::from_secs(60 * 60);
    /// The first wait; it doubles with every further miss.
    pub const FIRST_CODE_WAIT: Duration = Duration::from_secs(5);
    /// The longest wait (5 s · 2⁷ = 640 s, about ten minutes).
    pub const MAX_CODE_DOUBLINGS: i64 = 7;

    /// Wrong PINs for one advisor (since their last right one) before login locks.
    pub const FREE_PIN_MISSES: i64 = 5;
    /// Wrong PINs at one terminal within a day, for any name, before it locks.
    pub const FREE_PIN_MISSES_TERMINAL: i64 = 10;
    /// The first lock; it doubles with every further wrong PIN.
    pub const FIRST_PIN_LOCK: Duration = Duration::from_secs(30);
    /// The longest lock.
    pub const MAX_PIN_LOCK: Duration = Duration::from_secs(60 * 60);
    /// How long attempts are kept.
    const KEEP: Duration = Duration::from_secs(24 * 60 * 60);

    /// The wait after `count` misses of which `free` are free, the last at `last`.
    fn wait_after(
        count: i64,
        free: i64,
        first: Duration,
        max: Duration,
        last: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Duration {
        let Some(last) = last else {
            return Duration::ZERO;
        };
        if count < free {
            return Duration::ZERO;
        }
        let doublings = (count - free).min(16) as u32;
        let wait = (first * 2u32.pow(doublings)).min(max);
        let since = (now - last).to_std().unwrap_or(Duration::ZERO);
        wait.saturating_sub(since)
    }
}

impl Store {
    fn misses(
        &self,
        kind: AttemptKind,
        terminal: Option<&str>,
        subject: Option<&str>,
        since: DateTime<Utc>,
    ) -> Result<(i64, Option<DateTime<Utc>>), StoreError> {
        let (count, last): (i64, Option<String>) = self.conn.query_row(
            "SELECT count(*), max(at) FROM attempt
             WHERE kind = ?1 AND at >= ?2
               AND (?3 IS NULL OR terminal = ?3) AND (?4 IS NULL OR subject = ?4)",
            params![kind.as_str(), stamp(since), terminal, subject],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let last = last
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc));
        Ok((count, last))
    }

    fn record(
        &mut self,
        kind: AttemptKind,
        terminal: &str,
        subject: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let now = now.trunc_subsecs(3);
        self.check_file()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM attempt WHERE at < ?1",
            params![stamp(
                now - chrono::Duration::from_std(Attempts::KEEP).unwrap_or_default()
            )],
        )?;
        tx.execute(
            "INSERT INTO attempt (kind, terminal, subject, at) VALUES (?1, ?2, ?3, ?4)",
            params![kind.as_str(), terminal, subject, stamp(now)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// How long `terminal` must wait before it may look up another client code.
    pub fn code_wait(&self, terminal: &str, now: DateTime<Utc>) -> Result<Duration, StoreError> {
        // Times are stored to the millisecond.
        let now = now.trunc_subsecs(3);
        let since = now - chrono::Duration::from_std(Attempts::CODE_WINDOW).unwrap_or_default();
        let first = Attempts::FIRST_CODE_WAIT;
        let max = first * 2u32.pow(Attempts::MAX_CODE_DOUBLINGS as u32);
        let (here, here_last) = self.misses(AttemptKind::CodeMiss, Some(terminal), None, since)?;
        let (all, all_last) = self.misses(AttemptKind::CodeMiss, None, None, since)?;
        Ok(
            Attempts::wait_after(here, Attempts::FREE_CODE_MISSES, first, max, here_last, now).max(
                Attempts::wait_after(
                    all,
                    Attempts::FREE_CODE_MISSES_OVERALL,
                    first,
                    max,
                    all_last,
                    now,
                ),
            ),
        )
    }

    /// Counts a well-formed code that no session has; returns the wait now due.
    pub fn record_code_miss(
        &mut self,
        terminal: &str,
        now: DateTime<Utc>,
    ) -> Result<Duration, StoreError> {
        self.record(AttemptKind::CodeMiss, terminal, None, now)?;
        self.code_wait(terminal, now)
    }

    /// How long login for advisor `name` at `terminal` stays locked.
    pub fn pin_wait(
        &self,
        terminal: &str,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Duration, StoreError> {
        let now = now.trunc_subsecs(3);
        let day = now - chrono::Duration::from_std(Attempts::KEEP).unwrap_or_default();
        // This advisor's wrong PINs since their last right one.
        let (_, last_ok) = self.misses(AttemptKind::PinOk, None, Some(name), day)?;
        let since = last_ok.map_or(day, |t| t.max(day));
        let (named, named_last) = self.misses(AttemptKind::PinMiss, None, Some(name), since)?;
        let (here, here_last) = self.misses(AttemptKind::PinMiss, Some(terminal), None, day)?;
        let (first, max) = (Attempts::FIRST_PIN_LOCK, Attempts::MAX_PIN_LOCK);
        Ok(Attempts::wait_after(
            named,
            Attempts::FREE_PIN_MISSES,
            first,
            max,
            named_last,
            now,
        )
        .max(Attempts::wait_after(
            here,
            Attempts::FREE_PIN_MISSES_TERMINAL,
            first,
            max,
            here_last,
            now,
        )))
    }

    /// Counts a PIN tried for `name` at `terminal`; returns the lock now due.
    pub fn record_pin(
        &mut self,
        terminal: &str,
        name: &str,
        right: bool,
        now: DateTime<Utc>,
    ) -> Result<Duration, StoreError> {
        let kind = if right {
            AttemptKind::PinOk
        } else {
            AttemptKind::PinMiss
        };
        self.record(kind, terminal, Some(name), now)?;
        self.pin_wait(terminal, name, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_misses_count_per_terminal_and_overall_and_a_right_code_resets_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite3")).unwrap();
        let t = Utc::now();
        for _ in 0..4 {
            assert_eq!(store.record_code_miss("a", t).unwrap(), Duration::ZERO);
        }
        assert_eq!(
            store.record_code_miss("a", t).unwrap(),
            Duration::from_secs(5)
        );
        assert_eq!(
            store.record_code_miss("a", t).unwrap(),
            Duration::from_secs(10)
        );
        // Another terminal is not slowed by "a" alone …
        assert_eq!(store.code_wait("b", t).unwrap(), Duration::ZERO);
        // … but misses over all terminals slow every one.
        for n in 0..14 {
            store.record_code_miss(&format!("t{n}"), t).unwrap();
        }
        assert!(store.code_wait("b", t).unwrap() >= Duration::from_secs(5));
        // Waits run out; a new store (a restart) sees the same count.
        let later = t + chrono::Duration::seconds(11);
        drop(store);
        let store = Store::open(&dir.path().join("k.sqlite3")).unwrap();
        assert_eq!(store.code_wait("a", later).unwrap(), Duration::ZERO);
        assert!(store.code_wait("a", t).unwrap() > Duration::ZERO);
    }

    #[test]
    fn pin_locks_hold_across_restarts_and_a_right_pin_ends_only_that_count() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("k.sqlite3");
        let mut store = Store::open(&db).unwrap();
        let t = Utc::now();
        for _ in 0..4 {
            assert_eq!(
                store.record_pin("a", "Amira", false, t).unwrap(),
                Duration::ZERO
            );
        }
        assert_eq!(
            store.record_pin("a", "Amira", false, t).unwrap(),
            Duration::from_secs(30)
        );
        drop(store);
        let mut store = Store::open(&db).unwrap();
        assert_eq!(
            store.pin_wait("a", "Amira", t).unwrap(),
            Duration::from_secs(30)
        );
        let later = t + chrono::Duration::seconds(31);
        assert_eq!(store.pin_wait("a", "Amira", later).unwrap(), Duration::ZERO);
        store.record_pin("a", "Amira", true, later).unwrap();
        assert_eq!(
            store.record_pin("a", "Amira", false, later).unwrap(),
            Duration::ZERO
        );
        // Wrong PINs for many names at one terminal lock that terminal.
        for n in 0..10 {
            store
                .record_pin("b", &format!("name{n}"), false, later)
                .unwrap();
        }
        assert!(store.pin_wait("b", "Bert", later).unwrap() > Duration::ZERO);
    }
}
