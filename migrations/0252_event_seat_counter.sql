-- The seats taken (confirmed registrations) kept on the session row. A sign-up claims a seat with one
-- conditional UPDATE … SET taken = taken + 1 WHERE taken < seats, so sign-ups for one session hold the
-- row lock only from that claim to the commit, instead of counting registrations under a lock.
ALTER TABLE event_sessions ADD COLUMN taken integer NOT NULL DEFAULT 0 CHECK (taken >= 0);
UPDATE event_sessions s
   SET taken = (SELECT count(*) FROM event_registrations r
                 WHERE r.organisation_id = s.organisation_id AND r.session_id = s.id AND r.status = 'confirmed');
