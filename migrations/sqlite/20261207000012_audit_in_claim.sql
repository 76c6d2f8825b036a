-- An activation by link writes its audit row in the claim's own statement, so a claim is one
-- write in autocommit and no transaction stays open across round trips to the database. The
-- claim sets `pending_audit` to the row it wants written (JSON: at, action, via, actor_kind,
-- actor, ip, user_agent, request_id); this trigger writes it, with the account's username,
-- and clears the column. Activations that set no `pending_audit` (by staff, which write their
-- own row) are not touched.
ALTER TABLE registration_profiles ADD COLUMN pending_audit TEXT;

CREATE TRIGGER registration_profiles_audit_claim
AFTER UPDATE OF activated ON registration_profiles
FOR EACH ROW WHEN NEW.activated AND NOT OLD.activated AND NEW.pending_audit IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, user_id, username, action, via, actor_kind, actor, ip, user_agent, request_id)
    SELECT json_extract(NEW.pending_audit, '$.at'), u.id, u.username,
           json_extract(NEW.pending_audit, '$.action'), json_extract(NEW.pending_audit, '$.via'),
           json_extract(NEW.pending_audit, '$.actor_kind'), json_extract(NEW.pending_audit, '$.actor'),
           json_extract(NEW.pending_audit, '$.ip'), json_extract(NEW.pending_audit, '$.user_agent'),
           json_extract(NEW.pending_audit, '$.request_id')
    FROM users u WHERE u.id = NEW.user_id;
    UPDATE registration_profiles SET pending_audit = NULL WHERE id = NEW.id;
END;
