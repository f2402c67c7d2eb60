-- Every app instance remembers who is behind a session cookie or API token for a few seconds
-- (modules/auth/auth.session-cache.ts). These triggers tell every instance when that changes, with
-- NOTIFY on channel groeipad_auth: delivered at commit, to every listening connection, and never for a
-- transaction that rolls back. Triggers, not service code, so no write path can forget one.
-- Payloads: 'p:<person id>' (their sessions, roles, profile or reports changed), 'o:<organisation id>',
-- 't:<api token id>'. A session's last_seen_at and a token's last_used_at change on use and notify nothing.

CREATE FUNCTION notify_auth_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'people' THEN
    IF TG_OP <> 'INSERT' THEN
      PERFORM pg_notify('groeipad_auth', 'p:' || OLD.id);
    END IF;
    -- "manager" is derived from having reports who have not left: their managers' roles follow them.
    IF TG_OP = 'INSERT' OR OLD.manager_id IS DISTINCT FROM NEW.manager_id OR OLD.status IS DISTINCT FROM NEW.status THEN
      IF TG_OP <> 'INSERT' AND OLD.manager_id IS NOT NULL THEN
        PERFORM pg_notify('groeipad_auth', 'p:' || OLD.manager_id);
      END IF;
      IF TG_OP <> 'DELETE' AND NEW.manager_id IS NOT NULL THEN
        PERFORM pg_notify('groeipad_auth', 'p:' || NEW.manager_id);
      END IF;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('groeipad_auth', 'p:' || OLD.person_id);
  ELSE
    PERFORM pg_notify('groeipad_auth', 'p:' || NEW.person_id);
    IF TG_OP = 'UPDATE' AND OLD.person_id IS DISTINCT FROM NEW.person_id THEN
      PERFORM pg_notify('groeipad_auth', 'p:' || OLD.person_id);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER people_auth_insert AFTER INSERT ON people FOR EACH ROW
  WHEN (NEW.manager_id IS NOT NULL)
  EXECUTE FUNCTION notify_auth_person_changed();
-- What a session carries: the profile /me shows, the status, the credentials, the manager relation.
CREATE TRIGGER people_auth_update
  AFTER UPDATE OF given_name, family_name_prefix, family_name, email, job_title, locale, status,
    password_hash, manager_id ON people FOR EACH ROW
  WHEN ((OLD.given_name, OLD.family_name_prefix, OLD.family_name, OLD.email, OLD.job_title, OLD.locale,
         OLD.status, OLD.password_hash, OLD.manager_id)
        IS DISTINCT FROM
        (NEW.given_name, NEW.family_name_prefix, NEW.family_name, NEW.email, NEW.job_title, NEW.locale,
         NEW.status, NEW.password_hash, NEW.manager_id))
  EXECUTE FUNCTION notify_auth_person_changed();
CREATE TRIGGER people_auth_delete AFTER DELETE ON people FOR EACH ROW
  EXECUTE FUNCTION notify_auth_person_changed();

CREATE TRIGGER person_roles_auth AFTER INSERT OR UPDATE OR DELETE ON person_roles FOR EACH ROW
  EXECUTE FUNCTION notify_auth_person_changed();

-- A new session is not cached anywhere yet; an ended or changed one may be.
CREATE TRIGGER sessions_auth_delete AFTER DELETE ON sessions FOR EACH ROW
  EXECUTE FUNCTION notify_auth_person_changed();
CREATE TRIGGER sessions_auth_update AFTER UPDATE OF person_id, expires_at ON sessions FOR EACH ROW
  EXECUTE FUNCTION notify_auth_person_changed();

CREATE FUNCTION notify_auth_organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('groeipad_auth', 'o:' || OLD.id);
  RETURN NULL;
END $$;

CREATE TRIGGER organisations_auth_update
  AFTER UPDATE OF name, slug, default_locale, is_demo ON organisations FOR EACH ROW
  WHEN ((OLD.name, OLD.slug, OLD.default_locale, OLD.is_demo)
        IS DISTINCT FROM (NEW.name, NEW.slug, NEW.default_locale, NEW.is_demo))
  EXECUTE FUNCTION notify_auth_organisation_changed();
CREATE TRIGGER organisations_auth_delete AFTER DELETE ON organisations FOR EACH ROW
  EXECUTE FUNCTION notify_auth_organisation_changed();

CREATE FUNCTION notify_auth_token_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('groeipad_auth', 't:' || OLD.id);
  RETURN NULL;
END $$;

CREATE TRIGGER api_tokens_auth_update
  AFTER UPDATE OF token_hash, scopes, expires_at, revoked_at ON api_tokens FOR EACH ROW
  EXECUTE FUNCTION notify_auth_token_changed();
CREATE TRIGGER api_tokens_auth_delete AFTER DELETE ON api_tokens FOR EACH ROW
  EXECUTE FUNCTION notify_auth_token_changed();
