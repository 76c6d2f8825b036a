-- A message the relay refused for good (a 5xx answer), or that ran out of attempts, is marked
-- failed: it is no longer tried, stays listed, and can be retried by hand.
ALTER TABLE email_outbox ADD COLUMN failed_at BIGINT;
-- When the last delivery attempt ended (its retry delay is next_attempt_at minus this).
ALTER TABLE email_outbox ADD COLUMN last_attempt_at BIGINT;
DROP INDEX email_outbox_pending;
CREATE INDEX email_outbox_pending ON email_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- Rate limits shared by every instance (GCRA): one row per key with its theoretical arrival
-- time in Unix milliseconds; `allowed` is the verdict of the row's last check.
CREATE TABLE rate_limits (
    key     TEXT    PRIMARY KEY,
    tat     BIGINT  NOT NULL,
    allowed BOOLEAN NOT NULL
);

-- The mail budget: one row per authentication mail queued to an address (a SHA-256 of the
-- address in lower case), kept for 24 hours; an address over MAIL_BUDGET_PER_ADDRESS gets no
-- more.
CREATE TABLE mail_budget (
    address   TEXT   NOT NULL,
    queued_at BIGINT NOT NULL
);
CREATE INDEX mail_budget_address ON mail_budget (address, queued_at);
