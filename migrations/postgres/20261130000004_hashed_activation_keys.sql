-- Activation keys are stored as the SHA-256 (hex) of the mailed key, never in clear.
-- Rows from before this migration hold clear keys and `key_hashed = FALSE`; the server hashes
-- them at startup, right after the migrations (a SQL function for SHA-256 is not available on
-- every engine), so links mailed earlier keep working.
ALTER TABLE registration_profiles ADD COLUMN key_hashed BOOLEAN NOT NULL DEFAULT FALSE;
