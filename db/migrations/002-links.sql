-- Portfolio links: a client opens their portfolio on a phone through
-- {base_url}/p/{token}. Only a SHA-256 hash of the token is stored, so the
-- database alone cannot give a working link; the token is shown once, as a QR code.
CREATE TABLE link (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    token_hash  BLOB    NOT NULL UNIQUE,   -- SHA-256 of the token's 16 random bytes
    created_at  TEXT    NOT NULL,          -- RFC 3339, UTC
    expires_at  TEXT    NOT NULL,
    revoked_at  TEXT                       -- set when an advisor withdraws it
) STRICT;

CREATE INDEX link_session ON link (session_id);
