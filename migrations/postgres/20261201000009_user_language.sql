-- The language each account registered in (a tag such as "fr" or "pt-BR"): every later mail
-- to the account uses it. NULL: the site's LANGUAGE_CODE.
ALTER TABLE users ADD COLUMN language TEXT;
