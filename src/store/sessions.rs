//! Sessions and their changes.
//!
//! Every change names the session it is for by row id *and* code ([`SessionKey`]):
//! a change for a session that is gone (erased, purged) is refused, never applied to
//! another one. An answer is only changed if it still is what the terminal last saw
//! (compare and set): a change made meanwhile at another terminal is reported back
//! as a conflict instead of being overwritten. Entry lists are changed by operations
//! (add, remove, move), which merge.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, StoreError, now};
use crate::domain::code::ClientCode;
use crate::domain::session::{
    Answer, ClientSession, Draft, EntryOp, Position, SessionKey, entries_path, entry_prefix,
};

/// One change to a stored session.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An answer set (`after: Some`) or taken back (`None`), if the stored one is
    /// still `before`.
    Answer {
        /// The session.
        session: SessionKey,
        /// The storage key (`section.item`, `section.entry.item`, `advisor/…`).
        item: String,
        /// What the terminal saw stored.
        before: Option<Answer>,
        /// What it should be now.
        after: Option<Answer>,
    },
    /// An entry of a repeated section added, removed (with its answers) or moved.
    Entries {
        /// The session.
        session: SessionKey,
        /// Section id.
        section: String,
        /// What happens to the list.
        op: EntryOp,
    },
    /// Where the client now is.
    Position {
        /// The session.
        session: SessionKey,
        /// The place.
        position: Position,
    },
    /// The language the client switched to.
    Language {
        /// The session.
        session: SessionKey,
        /// Language code.
        language: String,
    },
    /// Text being typed.
    Draft {
        /// The session.
        session: SessionKey,
        /// The text and cursor.
        draft: Draft,
    },
    /// The typed text of a question was confirmed or abandoned.
    ClearDraft {
        /// The session.
        session: SessionKey,
        /// The question's storage key.
        item: String,
    },
}

impl Change {
    /// The session the change is for.
    pub fn session(&self) -> &SessionKey {
        match self {
            Change::Answer { session, .. }
            | Change::Entries { session, .. }
            | Change::Position { session, .. }
            | Change::Language { session, .. }
            | Change::Draft { session, .. }
            | Change::ClearDraft { session, .. } => session,
        }
    }
}

/// What became of a change that reached the database.
#[derive(Debug, Clone, PartialEq)]
pub enum Applied {
    /// Committed; the session is now at this version.
    Done {
        /// The session's version after the change.
        version: i64,
    },
    /// Not applied: the answer had been changed elsewhere since the terminal saw it.
    Conflict {
        /// The answer's key.
        item: String,
        /// What is stored now.
        current: Option<Answer>,
    },
}

fn answer_json(answer: &Answer) -> String {
    serde_json::to_string(answer).unwrap_or_default()
}

fn stored_answer(
    tx: &Transaction<'_>,
    session: i64,
    item: &str,
) -> rusqlite::Result<Option<Answer>> {
    let value: Option<String> = tx
        .query_row(
            "SELECT value FROM answer WHERE session_id = ?1 AND item = ?2",
            params![session, item],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| serde_json::from_str(&v).ok()))
}

fn put_answer(
    tx: &Transaction<'_>,
    session: i64,
    item: &str,
    answer: Option<&Answer>,
    stamp: &str,
) -> rusqlite::Result<()> {
    match answer {
        Some(answer) => {
            tx.execute(
                "INSERT INTO answer (session_id, item, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (session_id, item) DO UPDATE SET value = ?3, updated_at = ?4",
                params![session, item, answer_json(answer), stamp],
            )?;
            tx.execute(
                "DELETE FROM draft WHERE session_id = ?1 AND item = ?2",
                params![session, item],
            )?;
        }
        None => {
            tx.execute(
                "DELETE FROM answer WHERE session_id = ?1 AND item = ?2",
                params![session, item],
            )?;
        }
    }
    Ok(())
}

impl Store {
    /// Starts a session for a client who has just consented, with a fresh code.
    pub fn create_session(&mut self, language: &str) -> Result<ClientSession, StoreError> {
        self.check_file()?;
        let position = Position::default();
        let position_json = serde_json::to_string(&position).unwrap_or_default();
        for _ in 0..8 {
            let code = ClientCode::generate().map_err(|e| StoreError::Other(e.to_string()))?;
            let stamp = now();
            let inserted = self
                .conn
                .execute(
                    "INSERT INTO session (code, language, position, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (code) DO NOTHING",
                    params![code.compact(), language, position_json, stamp],
                )
                .map_err(|e| self.note_error(e.into()))?;
            if inserted == 1 {
                return Ok(ClientSession {
                    id: self.conn.last_insert_rowid(),
                    code,
                    language: language.to_string(),
                    version: 0,
                    answers: BTreeMap::new(),
                    position,
                    drafts: BTreeMap::new(),
                });
            }
        }
        Err(StoreError::Other("no unused client code found".into()))
    }

    /// The stored session of a code, if there is one.
    pub fn load_session(&self, code: &ClientCode) -> Result<Option<ClientSession>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, language, position, version FROM session WHERE code = ?1",
                params![code.compact()],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, language, position, version)) = row else {
            return Ok(None);
        };
        let position = serde_json::from_str(&position).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "stored position unreadable; starting at the section list");
            Position::default()
        });
        let mut answers = BTreeMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item, value FROM answer WHERE session_id = ?1")?;
        let rows = stmt.query_map(params![id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (item, value) = row?;
            match serde_json::from_str::<Answer>(&value) {
                Ok(answer) => {
                    answers.insert(item, answer);
                }
                Err(e) => tracing::warn!(error = %e, "stored answer unreadable; skipped"),
            }
        }
        let mut drafts = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT item, text, cursor_row, cursor_col FROM draft WHERE session_id = ?1",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok(Draft {
                item: r.get(0)?,
                text: r.get(1)?,
                cursor_row: r.get::<_, i64>(2)?.max(0) as usize,
                cursor_col: r.get::<_, i64>(3)?.max(0) as usize,
            })
        })?;
        for draft in rows {
            let draft = draft?;
            drafts.insert(draft.item.clone(), draft);
        }
        Ok(Some(ClientSession {
            id,
            code: code.clone(),
            language,
            version,
            answers,
            position,
            drafts,
        }))
    }

    /// The version of a session, or `None` if it no longer exists.
    pub fn session_version(&self, session: &SessionKey) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT version FROM session WHERE id = ?1 AND code = ?2")?
            .query_row(params![session.id, session.code.compact()], |r| r.get(0))
            .optional()?)
    }

    /// Applies one change, committed before it returns: [`Applied::Done`], or
    /// [`Applied::Conflict`] when the answer was changed elsewhere meanwhile, or
    /// [`StoreError::SessionGone`] when the session no longer exists.
    pub fn apply(&mut self, change: &Change) -> Result<Applied, StoreError> {
        self.check_file()?;
        self.apply_checked(change).map_err(|e| self.note_error(e))
    }

    // Long by design: one arm per kind of change, each one statement, in one transaction.
    fn apply_checked(&mut self, change: &Change) -> Result<Applied, StoreError> {
        let stamp = now();
        let session = change.session();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let exists: Option<i64> = tx
            .query_row(
                "SELECT id FROM session WHERE id = ?1 AND code = ?2",
                params![session.id, session.code.compact()],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::SessionGone);
        }
        let id = session.id;
        match change {
            Change::Answer {
                item,
                before,
                after,
                ..
            } => {
                let current = stored_answer(&tx, id, item)?;
                if current == *after {
                    // Already so (set the same way elsewhere): nothing to change.
                } else if current != *before {
                    return Ok(Applied::Conflict {
                        item: item.clone(),
                        current,
                    });
                } else {
                    put_answer(&tx, id, item, after.as_ref(), &stamp)?;
                }
            }
            Change::Entries { section, op, .. } => {
                let key = entries_path(section);
                let mut list = match stored_answer(&tx, id, &key)? {
                    Some(Answer::Choices(list)) => Some(list),
                    _ => None,
                };
                op.apply_to(&mut list);
                if let EntryOp::Remove(entry) = op {
                    let prefix = entry_prefix(section, entry);
                    let len = prefix.chars().count() as i64;
                    // Every answer and draft of the entry goes with it.
                    for table in ["answer", "draft"] {
                        tx.execute(
                            &format!(
                                "DELETE FROM {table} WHERE session_id = ?1
                                 AND substr(item, 1, ?3) = ?2"
                            ),
                            params![id, prefix, len],
                        )?;
                    }
                }
                let stored = list.map(Answer::Choices);
                put_answer(&tx, id, &key, stored.as_ref(), &stamp)?;
            }
            Change::Position { position, .. } => {
                let json = serde_json::to_string(position).unwrap_or_default();
                tx.execute(
                    "UPDATE session SET position = ?2 WHERE id = ?1",
                    params![id, json],
                )?;
            }
            Change::Language { language, .. } => {
                tx.execute(
                    "UPDATE session SET language = ?2 WHERE id = ?1",
                    params![id, language],
                )?;
            }
            Change::Draft { draft, .. } => {
                tx.execute(
                    "INSERT INTO draft (session_id, item, text, cursor_row, cursor_col, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (session_id, item) DO UPDATE SET text = ?3,
                         cursor_row = ?4, cursor_col = ?5, updated_at = ?6",
                    params![
                        id,
                        draft.item,
                        draft.text,
                        draft.cursor_row as i64,
                        draft.cursor_col as i64,
                        stamp
                    ],
                )?;
            }
            Change::ClearDraft { item, .. } => {
                tx.execute(
                    "DELETE FROM draft WHERE session_id = ?1 AND item = ?2",
                    params![id, item],
                )?;
            }
        }
        let version: i64 = tx.query_row(
            "UPDATE session SET updated_at = ?2, version = version + 1 WHERE id = ?1
             RETURNING version",
            params![id, stamp],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(Applied::Done { version })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::temp_store;

    fn set(session: &SessionKey, item: &str, before: Option<&str>, after: Option<&str>) -> Change {
        Change::Answer {
            session: session.clone(),
            item: item.into(),
            before: before.map(|t| Answer::Text(t.into())),
            after: after.map(|t| Answer::Text(t.into())),
        }
    }

    #[test]
    fn round_trip_on_a_real_file() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let session = store.create_session("de").unwrap();
        let key = session.key();
        store
            .apply(&set(&key, "goals.work_wish", None, Some("Schneiderin")))
            .unwrap();
        store
            .apply(&Change::Position {
                session: key.clone(),
                position: Position::Question {
                    section: "goals".into(),
                    entry: None,
                    item: "next_steps".into(),
                },
            })
            .unwrap();
        let draft = Draft {
            item: "goals.next_steps".into(),
            text: "Deutschkurs\nsuch".into(),
            cursor_row: 1,
            cursor_col: 4,
        };
        store
            .apply(&Change::Draft {
                session: key.clone(),
                draft: draft.clone(),
            })
            .unwrap();
        let done = store
            .apply(&Change::Language {
                session: key.clone(),
                language: "en".into(),
            })
            .unwrap();
        assert_eq!(done, Applied::Done { version: 4 });
        drop(store);

        let store = Store::open(&path).unwrap();
        let loaded = store.load_session(&session.code).unwrap().unwrap();
        assert_eq!(loaded.language, "en");
        assert_eq!(loaded.version, 4);
        assert_eq!(
            loaded.answers.get("goals.work_wish"),
            Some(&Answer::Text("Schneiderin".into()))
        );
        assert_eq!(loaded.drafts.get("goals.next_steps"), Some(&draft));
        assert!(matches!(loaded.position, Position::Question { .. }));
    }

    #[test]
    fn confirming_an_answer_drops_its_draft_only() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let s = store.create_session("en").unwrap();
        for item in ["goals.work_wish", "goals.next_steps"] {
            store
                .apply(&Change::Draft {
                    session: s.key(),
                    draft: Draft {
                        item: item.into(),
                        text: "cook".into(),
                        cursor_row: 0,
                        cursor_col: 4,
                    },
                })
                .unwrap();
        }
        store
            .apply(&set(&s.key(), "goals.work_wish", None, Some("cook")))
            .unwrap();
        let loaded = store.load_session(&s.code).unwrap().unwrap();
        assert_eq!(
            loaded.drafts.keys().collect::<Vec<_>>(),
            vec!["goals.next_steps"]
        );
    }

    #[test]
    fn unknown_code_is_none() {
        let (_dir, path) = temp_store();
        let store = Store::open(&path).unwrap();
        let code = ClientCode::generate().unwrap();
        assert_eq!(store.load_session(&code).unwrap(), None);
    }

    #[test]
    fn a_change_for_an_erased_session_never_reaches_a_newer_one() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let old = store.create_session("de").unwrap();
        store.erase(&old.code, &[]).unwrap();
        let new = store.create_session("de").unwrap();
        assert!(new.id > old.id, "ids are never used twice");
        // Even a write that names the new session's row id with the old code.
        let mut forged = old.key();
        forged.id = new.id;
        for key in [old.key(), forged] {
            assert_eq!(
                store.apply(&set(&key, "goals.work_wish", None, Some("X's words"))),
                Err(StoreError::SessionGone)
            );
        }
        let fresh = store.load_session(&new.code).unwrap().unwrap();
        assert!(fresh.answers.is_empty());
    }

    #[test]
    fn an_answer_changed_elsewhere_is_a_conflict_not_an_overwrite() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let s = store.create_session("de").unwrap();
        let key = s.key();
        store
            .apply(&set(&key, "goals.work_wish", None, Some("Koch")))
            .unwrap();
        // A second terminal, which had not seen "Koch", writes "Bäcker".
        let second = store.apply(&set(&key, "goals.work_wish", None, Some("Bäcker")));
        assert_eq!(
            second.unwrap(),
            Applied::Conflict {
                item: "goals.work_wish".into(),
                current: Some(Answer::Text("Koch".into()))
            }
        );
        // Once it has seen "Koch", its change wins.
        assert!(matches!(
            store.apply(&set(&key, "goals.work_wish", Some("Koch"), Some("Bäcker"))),
            Ok(Applied::Done { .. })
        ));
        // The same change made in two places is no conflict.
        assert!(matches!(
            store.apply(&set(&key, "goals.work_wish", Some("Koch"), Some("Bäcker"))),
            Ok(Applied::Done { .. })
        ));
    }

    #[test]
    fn entries_added_at_two_terminals_are_both_kept() {
        let (_dir, path) = temp_store();
        let mut store = Store::open(&path).unwrap();
        let s = store.create_session("de").unwrap();
        let key = s.key();
        for entry in ["a1", "b2"] {
            store
                .apply(&Change::Entries {
                    session: key.clone(),
                    section: "work".into(),
                    op: EntryOp::Add(entry.into()),
                })
                .unwrap();
            store
                .apply(&set(
                    &key,
                    &format!("work.{entry}.tasks"),
                    None,
                    Some(entry),
                ))
                .unwrap();
        }
        // "Nothing to add" from a terminal that had seen no entries changes nothing.
        store
            .apply(&Change::Entries {
                session: key.clone(),
                section: "work".into(),
                op: EntryOp::NothingToAdd,
            })
            .unwrap();
        let loaded = store.load_session(&s.code).unwrap().unwrap();
        assert_eq!(
            crate::domain::session::entries(&loaded.answers, "work"),
            Some(vec!["a1".to_string(), "b2".to_string()])
        );
        store
            .apply(&Change::Entries {
                session: key.clone(),
                section: "work".into(),
                op: EntryOp::Remove("a1".into()),
            })
            .unwrap();
        let loaded = store.load_session(&s.code).unwrap().unwrap();
        assert!(!loaded.answers.contains_key("work.a1.tasks"));
        assert!(loaded.answers.contains_key("work.b2.tasks"));
    }
}
