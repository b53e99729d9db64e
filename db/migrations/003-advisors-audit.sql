-- Advisors who may log in at the kiosk: a name and an argon2id hash of their PIN.
CREATE TABLE advisor (
    name        TEXT PRIMARY KEY,
    pin_hash    TEXT NOT NULL,             -- PHC string, argon2id
    created_at  TEXT NOT NULL
) STRICT;

-- Who did what to which client code, and when; never what a client answered.
-- Rows outlive the sessions they name: an erasure stays on record as an erasure.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,             -- RFC 3339, UTC
    actor       TEXT NOT NULL,             -- advisor name, or "command line (user)"
    action      TEXT NOT NULL,             -- login, login-failed, lockout, view, edit,
                                           -- review, export, link-created, link-revoked, erase
    client_code TEXT                       -- compact code, when the action concerns a client
) STRICT;

CREATE INDEX audit_at ON audit (at);
