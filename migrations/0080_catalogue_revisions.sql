-- A revision per organisation that every change to what the catalogue shows bumps (items, versions,
-- courses and their modules, paths and their steps, tags). Readers keep search results in memory keyed
-- by it: one indexed lookup tells them whether what they hold is still current, in every app process.
-- Triggers, not service code, so no write path can forget it. The bump locks the organisation's row
-- until commit, so catalogue edits in one organisation commit one after the other (they are rare).
-- No foreign key: deleting an organisation cascades into the watched tables, whose triggers would
-- then insert a row for an organisation that is going.
CREATE TABLE catalogue_revisions (
  organisation_id uuid PRIMARY KEY,
  revision bigint NOT NULL DEFAULT 1
);

CREATE FUNCTION bump_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per statement and organisation, however many rows the statement touched.
  INSERT INTO catalogue_revisions AS r (organisation_id)
  SELECT DISTINCT organisation_id FROM changed
  ON CONFLICT (organisation_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['content_items', 'content_versions', 'courses', 'course_modules',
    'learning_paths', 'learning_path_steps', 'learning_links']
  LOOP
    -- A trigger with a transition table serves one event, hence three per table.
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision()', watched || '_revision_insert', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision()', watched || '_revision_update', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision()', watched || '_revision_delete', watched);
  END LOOP;
END $$;

-- "Mijn leren" and the team view look up the agreement of each enrolment.
CREATE INDEX learning_agreements_enrolment ON learning_agreements (organisation_id, enrolment_id)
  WHERE enrolment_id IS NOT NULL;
