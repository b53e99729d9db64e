-- Session ids are never used twice (AUTOINCREMENT), so a write meant for an erased
-- session can never reach a newer one; `version` counts the changes of a session, so
-- a terminal notices when another terminal (or an advisor) changed it.
CREATE TABLE session_v4 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT    NOT NULL UNIQUE,   -- client code, 12 symbols without dashes
    language    TEXT    NOT NULL,
    position    TEXT    NOT NULL,          -- JSON: where the client stopped
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,          -- RFC 3339, UTC
    updated_at  TEXT    NOT NULL
) STRICT;
INSERT INTO session_v4 (id, code, language, position, version, created_at, updated_at)
    SELECT id, code, language, position, 0, created_at, updated_at FROM session;
DROP TABLE session;
ALTER TABLE session_v4 RENAME TO session;
CREATE INDEX session_updated ON session (updated_at);

-- Text being typed, per question: two terminals typing in one session keep both.
CREATE TABLE draft_v4 (
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    item        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    cursor_row  INTEGER NOT NULL,
    cursor_col  INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (session_id, item)
) STRICT, WITHOUT ROWID;
INSERT INTO draft_v4 SELECT session_id, item, text, cursor_row, cursor_col, updated_at FROM draft;
DROP TABLE draft;
ALTER TABLE draft_v4 RENAME TO draft;

-- Wrong client codes and advisor PINs, counted in the database so that the waits
-- they cause hold across screens, restarts and terminals. Rows older than a day
-- are deleted as new ones come.
CREATE TABLE attempt (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,          -- code-miss, pin-miss, pin-ok
    terminal    TEXT    NOT NULL,          -- which terminal
    subject     TEXT,                      -- the advisor's name, for PINs
    at          TEXT    NOT NULL           -- RFC 3339, UTC
) STRICT;
CREATE INDEX attempt_kind_at ON attempt (kind, at);

-- Export files written for a client, so that erasing the client deletes them too.
CREATE TABLE export_file (
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    path        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX export_file_session ON export_file (session_id);
