-- LOGIN_FIELD=email|either: an account is found by its address, compared case-insensitively.
CREATE INDEX users_email_lower ON users (lower(email));
