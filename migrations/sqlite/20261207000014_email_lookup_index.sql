-- Lookups by normalised address (a registration's address check, password reset, the address
-- change) had only `users_email_joined` to seek with, and `20261207000013` dropped it: without an
-- index leading with `email_normalized`, each of them read the whole table.
CREATE INDEX users_email_normalized ON users (email_normalized);
