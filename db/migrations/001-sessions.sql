-- A client's session: created when they consent, erased on request or after retention.
CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,   -- client code, 12 symbols without dashes
    language    TEXT    NOT NULL,
    position    TEXT    NOT NULL,          -- JSON: where the client stopped
    created_at  TEXT    NOT NULL,          -- RFC 3339, UTC
    updated_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX session_updated ON session (updated_at);

-- One confirmed answer per question.
CREATE TABLE answer (
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    item        TEXT    NOT NULL,          -- "section.item"
    value       TEXT    NOT NULL,          -- JSON
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (session_id, item)
) STRICT, WITHOUT ROWID;

-- The text being typed but not yet confirmed, so a crash loses at most a second.
CREATE TABLE draft (
    session_id  INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    item        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    cursor_row  INTEGER NOT NULL,
    cursor_col  INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
