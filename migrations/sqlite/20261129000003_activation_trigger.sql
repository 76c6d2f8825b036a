-- Marking a registration profile activated activates its user, in the same statement.
-- An activation is then one conditional UPDATE: atomic without an explicit transaction, and
-- the write lock is held for that statement only.
CREATE TRIGGER registration_profiles_activate_user
AFTER UPDATE OF activated ON registration_profiles
FOR EACH ROW WHEN NEW.activated AND NOT OLD.activated
BEGIN
    UPDATE users SET is_active = TRUE WHERE id = NEW.user_id;
END;
