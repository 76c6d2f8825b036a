-- Account self-service.
-- A pending email change: one per user (a new request replaces it). Only a SHA-256 hash of the
-- token is stored, bound to the user and the exact new address; confirming deletes the row.
CREATE TABLE email_changes (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    new_email  TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL
);

-- The "this wasn't me" link of a security notice (hash only), with the address the notice
-- went to: confirmed, the account returns to that address and is locked until a reset.
CREATE TABLE security_links (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    address    TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    used_at    BIGINT
);
CREATE INDEX security_links_user ON security_links (user_id);

-- The logins of each account (one per logged-in session): what the profile lists and what
-- "sign out" ends. A session whose row is gone is no longer logged in.
CREATE TABLE user_sessions (
    id         TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_agent TEXT    NOT NULL,
    ip         TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    last_seen  BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX user_sessions_user ON user_sessions (user_id);
