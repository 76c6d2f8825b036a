-- Staff accounts (the web admin under /admin/) and the audit trail: one row per change to an
-- account, written in the change's own transaction. Rows outlive their account: a deleted
-- account's rows keep its username and a SHA-256 of its address, never the address.
ALTER TABLE users ADD COLUMN is_staff INTEGER NOT NULL DEFAULT 0;

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    user_id      INTEGER,
    username     TEXT    NOT NULL,
    email_sha256 TEXT,
    action       TEXT    NOT NULL,
    via          TEXT,
    actor_kind   TEXT    NOT NULL,
    actor        TEXT,
    ip           TEXT,
    user_agent   TEXT,
    request_id   TEXT
);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

-- The web admin's people list: newest first, a page after a (date_joined, id) cursor; its
-- prefix search reads (prefix, date_joined, id) from these alone (the rowid is the id).
CREATE INDEX users_joined ON users (date_joined, id);
CREATE INDEX users_username_joined ON users (username_normalized, date_joined);
DROP INDEX users_email_normalized;
CREATE INDEX users_email_joined ON users (email_normalized, date_joined);

-- What each queued mail is (activation, resend, reset, ...): the admin's funnel counts the
-- activation mails delivered.
ALTER TABLE email_outbox ADD COLUMN kind TEXT;
CREATE INDEX email_outbox_sent_at ON email_outbox (sent_at) WHERE sent_at IS NOT NULL;
