//! Portfolio links: unguessable tokens that open one client's portfolio.
//!
//! A token is 16 bytes (128 bits) from the operating system's randomness, written
//! as 22 URL-safe base64 characters. Only its SHA-256 hash is stored; a lookup
//! hashes what it is given and finds the row by that hash, so how long a lookup
//! takes says nothing about how close a guess was.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::{Store, StoreError};
use crate::domain::code::ClientCode;
use crate::domain::session::{ClientSession, SessionKey};

/// Random bytes in a token.
pub const TOKEN_BYTES: usize = 16;

/// One link of a client, as an advisor sees it (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkInfo {
    /// Row id, to revoke it by.
    pub id: i64,
    /// When it was made (RFC 3339, UTC).
    pub created_at: String,
    /// When it stops working.
    pub expires_at: String,
    /// When an advisor withdrew it.
    pub revoked_at: Option<String>,
}

impl LinkInfo {
    /// Whether the link still opens the portfolio at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.expires_at > stamp(now)
    }
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A fresh token from the operating system's randomness.
pub fn new_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Other(format!("no randomness: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

impl Store {
    /// Makes a new link to `code`'s portfolio, valid `ttl_days` from `now`, and
    /// returns its token: the only time the token exists outside a phone.
    pub fn create_link(
        &mut self,
        code: &ClientCode,
        ttl_days: u32,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM session WHERE code = ?1",
                params![code.compact()],
                |r| r.get(0),
            )
            .optional()?;
        match id {
            Some(id) => self.create_link_for(
                &SessionKey {
                    id,
                    code: code.clone(),
                },
                ttl_days,
                now,
            ),
            None => Err(StoreError::SessionGone),
        }
    }

    /// [`Store::create_link`] for the session with row id `session_id`.
    pub fn create_link_for(
        &mut self,
        session: &SessionKey,
        ttl_days: u32,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        self.check_file()?;
        let token = new_token()?;
        let expires = now + chrono::Duration::days(i64::from(ttl_days));
        let made = self
            .conn
            .execute(
                "INSERT INTO link (session_id, token_hash, created_at, expires_at)
                 SELECT id, ?3, ?4, ?5 FROM session WHERE id = ?1 AND code = ?2",
                params![
                    session.id,
                    session.code.compact(),
                    hash(&token),
                    stamp(now),
                    stamp(expires)
                ],
            )
            .map_err(|e| self.note_error(e.into()))?;
        if made == 0 {
            return Err(StoreError::SessionGone);
        }
        Ok(token)
    }

    /// The session a live token opens: `None` for unknown, expired and revoked
    /// tokens alike.
    pub fn resolve_link(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<ClientSession>, StoreError> {
        match self.resolve_link_meta(token, now)? {
            Some((_, code, _)) => match ClientCode::parse(&code) {
                Ok(code) => self.load_session(&code),
                Err(_) => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// For a live token: the session's row id, code and last change; `None` for
    /// unknown, expired and revoked tokens alike.
    pub fn resolve_link_meta(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(i64, String, String)>, StoreError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT session.id, session.code, session.updated_at
                 FROM link JOIN session ON session.id = link.session_id
                 WHERE link.token_hash = ?1 AND link.revoked_at IS NULL
                   AND link.expires_at > ?2",
            )?
            .query_row(params![hash(token), stamp(now)], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    /// Every link of `code`, newest first.
    pub fn links(&self, code: &ClientCode) -> Result<Vec<LinkInfo>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT link.id, link.created_at, link.expires_at, link.revoked_at
             FROM link JOIN session ON session.id = link.session_id
             WHERE session.code = ?1 ORDER BY link.id DESC",
        )?;
        let rows = stmt.query_map(params![code.compact()], |r| {
            Ok(LinkInfo {
                id: r.get(0)?,
                created_at: r.get(1)?,
                expires_at: r.get(2)?,
                revoked_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Withdraws one link of `code` (`Some(id)`) or all of them (`None`); returns
    /// how many were live and are now revoked.
    pub fn revoke_links(
        &mut self,
        code: &ClientCode,
        id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        self.check_file()?;
        Ok(self.conn.execute(
            "UPDATE link SET revoked_at = ?3
             WHERE revoked_at IS NULL AND (?2 IS NULL OR id = ?2)
               AND session_id = (SELECT id FROM session WHERE code = ?1)",
            params![code.compact(), id, stamp(now)],
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.sqlite3")).unwrap();
        (dir, store)
    }

    #[test]
    fn tokens_are_128_random_bits_in_url_safe_text() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 22);
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), TOKEN_BYTES);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }

    #[test]
    fn a_link_opens_its_session_until_it_expires_or_is_revoked() {
        let (_dir, mut store) = store();
        let client = store.create_session("de").unwrap();
        let now = Utc::now();
        let token = store.create_link(&client.code, 30, now).unwrap();
        let opened = store.resolve_link(&token, now).unwrap().unwrap();
        assert_eq!(opened.code, client.code);
        // Only the hash is stored.
        let stored: Vec<u8> = store
            .conn
            .query_row("SELECT token_hash FROM link", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored.len(), 32);
        assert!(!stored.windows(token.len()).any(|w| w == token.as_bytes()));
        // Expired.
        let later = now + chrono::Duration::days(31);
        assert!(store.resolve_link(&token, later).unwrap().is_none());
        // Unknown.
        assert!(store.resolve_link("x", now).unwrap().is_none());
        // A second link; revoking one leaves the other.
        let second = store.create_link(&client.code, 30, now).unwrap();
        let links = store.links(&client.code).unwrap();
        assert_eq!(links.len(), 2);
        assert_eq!(
            store
                .revoke_links(&client.code, Some(links[1].id), now)
                .unwrap(),
            1
        );
        assert!(store.resolve_link(&token, now).unwrap().is_none());
        assert!(store.resolve_link(&second, now).unwrap().is_some());
        assert_eq!(store.revoke_links(&client.code, None, now).unwrap(), 1);
        assert!(store.resolve_link(&second, now).unwrap().is_none());
        assert!(
            store
                .links(&client.code)
                .unwrap()
                .iter()
                .all(|l| !l.is_live(now))
        );
    }

    #[test]
    fn erasing_a_client_erases_their_links() {
        let (_dir, mut store) = store();
        let client = store.create_session("de").unwrap();
        let token = store.create_link(&client.code, 30, Utc::now()).unwrap();
        store.erase(&client.code, &[]).unwrap();
        assert!(store.resolve_link(&token, Utc::now()).unwrap().is_none());
        let left: i64 = store
            .conn
            .query_row("SELECT count(*) FROM link", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }
}
