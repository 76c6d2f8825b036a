-- An activation by link writes its audit row in the claim's own statement, so a claim is one
-- write in autocommit and no transaction stays open across round trips to the database. The
-- claim sets `pending_audit` to the row it wants written (JSON: at, action, via, actor_kind,
-- actor, ip, user_agent, request_id); this trigger writes it, with the account's username,
-- and clears the column before the row is stored. Activations that set no `pending_audit`
-- (by staff, which write their own row) are not touched.
ALTER TABLE registration_profiles ADD COLUMN pending_audit TEXT;

CREATE FUNCTION audit_claim_of_profile() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending jsonb := NEW.pending_audit::jsonb;
BEGIN
    INSERT INTO audit_log (at, user_id, username, action, via, actor_kind, actor, ip, user_agent, request_id)
    SELECT (pending ->> 'at')::bigint, u.id, u.username, pending ->> 'action', pending ->> 'via',
           pending ->> 'actor_kind', pending ->> 'actor', pending ->> 'ip', pending ->> 'user_agent',
           pending ->> 'request_id'
    FROM users u WHERE u.id = NEW.user_id;
    NEW.pending_audit := NULL;
    RETURN NEW;
END
$$;

-- BEFORE: it runs on each row the claim actually updates (after its lock and the recheck of
-- the claim's conditions), and may clear the column in the row about to be stored.
CREATE TRIGGER registration_profiles_audit_claim
BEFORE UPDATE OF activated ON registration_profiles
FOR EACH ROW WHEN (NEW.activated AND NOT OLD.activated AND NEW.pending_audit IS NOT NULL)
EXECUTE FUNCTION audit_claim_of_profile();
