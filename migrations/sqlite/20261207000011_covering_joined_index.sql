-- The people search looks for a prefix among the newest accounts first: with both search
-- columns in the date index, that look reads index entries only, and joins the matches alone.
DROP INDEX users_joined;
CREATE INDEX users_joined ON users (date_joined, id, username_normalized, email_normalized);
