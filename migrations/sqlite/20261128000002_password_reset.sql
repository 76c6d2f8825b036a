-- Password-reset tokens: only a SHA-256 hash of each token is stored; a token is single-use.
CREATE TABLE password_reset_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL,
    used_at    BIGINT
);
CREATE INDEX password_reset_tokens_user ON password_reset_tokens (user_id);
