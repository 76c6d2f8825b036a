-- Users, their pending registrations, and the email outbox.
-- Timestamps are milliseconds since the Unix epoch (UTC).

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    username            TEXT    NOT NULL,
    username_normalized TEXT    NOT NULL UNIQUE,
    email               TEXT    NOT NULL,
    email_normalized    TEXT    NOT NULL,
    password            TEXT    NOT NULL,
    is_active           BOOLEAN NOT NULL DEFAULT FALSE,
    date_joined         BIGINT  NOT NULL,
    last_login          BIGINT
);
CREATE INDEX users_email_normalized ON users (email_normalized);

CREATE TABLE registration_profiles (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    activation_key TEXT    NOT NULL UNIQUE,
    activated      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE email_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    sender          TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT,
    created_at      BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    locked_until    BIGINT,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX email_outbox_pending ON email_outbox (next_attempt_at) WHERE sent_at IS NULL;
