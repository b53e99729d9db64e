//! Advisor accounts (PINs stored only as argon2id hashes) and the audit log.

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::domain::code::ClientCode;

/// Shortest PIN accepted.
pub const MIN_PIN_DIGITS: usize = 6;

/// Whether `pin` is at least [`MIN_PIN_DIGITS`] digits and nothing else.
pub fn pin_is_valid(pin: &str) -> bool {
    pin.len() >= MIN_PIN_DIGITS && pin.len() <= 64 && pin.chars().all(|c| c.is_ascii_digit())
}

/// The argon2id hash of `pin` with a fresh random salt, as a PHC string.
pub fn hash_pin(pin: &str) -> Result<String, StoreError> {
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Other(format!("cannot hash the PIN: {e}")))
}

/// Whether `pin` matches `hash` (constant-time comparison inside argon2).
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(pin.as_bytes(), hash)
        .is_ok()
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who: an advisor's name, or the command line and its user.
    pub actor: String,
    /// What, e.g. `login`, `export`, `erase`.
    pub action: String,
    /// Which client code, if any.
    pub client_code: Option<String>,
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl Store {
    /// Adds an advisor; `false` if the name is taken.
    pub fn add_advisor(&mut self, name: &str, pin_hash: &str) -> Result<bool, StoreError> {
        self.check_file()?;
        let added = self.conn.execute(
            "INSERT INTO advisor (name, pin_hash, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO NOTHING",
            params![name, pin_hash, stamp(Utc::now())],
        )?;
        Ok(added == 1)
    }

    /// Every advisor's name with when they were added, by name.
    pub fn advisors(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, created_at FROM advisor ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Removes an advisor; `false` if there was none of that name.
    pub fn remove_advisor(&mut self, name: &str) -> Result<bool, StoreError> {
        self.check_file()?;
        Ok(self
            .conn
            .execute("DELETE FROM advisor WHERE name = ?1", params![name])?
            == 1)
    }

    /// Replaces an advisor's PIN hash; `false` if there is no such advisor.
    pub fn set_advisor_pin(&mut self, name: &str, pin_hash: &str) -> Result<bool, StoreError> {
        self.check_file()?;
        Ok(self.conn.execute(
            "UPDATE advisor SET pin_hash = ?2 WHERE name = ?1",
            params![name, pin_hash],
        )? == 1)
    }

    /// The PIN hash of an advisor.
    pub fn advisor_pin_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT pin_hash FROM advisor WHERE name = ?1",
                params![name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The `limit` most recently changed sessions: code, language, number of the
    /// client's own confirmed answers, last change.
    pub fn recent_sessions(
        &self,
        limit: usize,
    ) -> Result<Vec<(String, String, usize, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT code, language, updated_at,
                    (SELECT count(*) FROM answer
                     WHERE answer.session_id = session.id AND item NOT LIKE 'advisor/%')
             FROM session ORDER BY updated_at DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit as i64], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, i64>(3)?.max(0) as usize,
                r.get(2)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Writes one audit line.
    pub fn audit(
        &mut self,
        actor: &str,
        action: &str,
        code: Option<&ClientCode>,
    ) -> Result<(), StoreError> {
        self.check_file()?;
        self.conn.execute(
            "INSERT INTO audit (at, actor, action, client_code) VALUES (?1, ?2, ?3, ?4)",
            params![
                stamp(Utc::now()),
                actor,
                action,
                code.map(ClientCode::compact)
            ],
        )?;
        Ok(())
    }

    /// Audit lines at or after `since` (all when `None`), oldest first.
    pub fn audit_log(&self, since: Option<DateTime<Utc>>) -> Result<Vec<AuditRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT at, actor, action, client_code FROM audit
             WHERE ?1 IS NULL OR at >= ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![since.map(stamp)], |r| {
            Ok(AuditRow {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                client_code: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_hashed_with_argon2id_and_verified() {
        assert!(pin_is_valid("123456"));
        assert!(!pin_is_valid("12345"));
        assert!(!pin_is_valid("12345a"));
        let hash = hash_pin("482913").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("482913"));
        assert!(verify_pin("482913", &hash));
        assert!(!verify_pin("482914", &hash));
        assert!(!verify_pin("482913", "not a hash"));
        // A fresh salt each time.
        assert_ne!(hash, hash_pin("482913").unwrap());
    }

    #[test]
    fn advisors_and_audit_on_a_real_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite3")).unwrap();
        assert!(
            store
                .add_advisor("Amira", &hash_pin("111111").unwrap())
                .unwrap()
        );
        assert!(
            !store
                .add_advisor("Amira", &hash_pin("222222").unwrap())
                .unwrap()
        );
        assert_eq!(store.advisors().unwrap().len(), 1);
        assert!(
            store
                .set_advisor_pin("Amira", &hash_pin("333333").unwrap())
                .unwrap()
        );
        let hash = store.advisor_pin_hash("Amira").unwrap().unwrap();
        assert!(verify_pin("333333", &hash));
        assert!(store.remove_advisor("Amira").unwrap());
        assert!(store.advisor_pin_hash("Amira").unwrap().is_none());

        let client = store.create_session("de").unwrap();
        store.audit("Amira", "view", Some(&client.code)).unwrap();
        store.erase(&client.code, &[]).unwrap();
        store.audit("Amira", "erase", None).unwrap();
        let log = store.audit_log(None).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log[1].action, "erase");
        // After erasure no line names the code any more.
        assert!(log.iter().all(|r| r.client_code.is_none()), "{log:?}");
        let later = Utc::now() + chrono::Duration::hours(1);
        assert!(store.audit_log(Some(later)).unwrap().is_empty());
    }
}
