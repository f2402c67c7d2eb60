-- The week view (GET /learning-time/week) is kept written out in each app process's memory per person,
-- week, day and locale, and checked on every request against these versions: one indexed read tells
-- whether it is still what the database would answer. A version is bumped, in the writing transaction,
-- by everything the view is made of — the person's entries, blocks and team learning hours (their own
-- row), and what decides their norm: their unit, contract hours, roles and reports (their row), the
-- norms and the unit tree (the organisation's row, person_id 00000000-…). Triggers, not service code,
-- so no write path (another module booking time, HR, SCIM, an import, a cascade) can forget one, and
-- every app process sees the change on its next request. No foreign keys: deleting an organisation or
-- a person cascades into the watched tables, whose triggers would then bump rows of what is going.
CREATE TABLE learning_time_versions (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (organisation_id, person_id)
);

-- Bumps each (organisation, person) pair once, in a fixed order, so two bumping transactions never
-- wait on each other crosswise. Every trigger below comes here.
CREATE FUNCTION bump_learning_time_versions(organisation_ids uuid[], person_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO learning_time_versions AS v (organisation_id, person_id)
  SELECT DISTINCT o, p FROM unnest(organisation_ids, person_ids) AS pairs (o, p)
   WHERE o IS NOT NULL AND p IS NOT NULL ORDER BY 1, 2
  ON CONFLICT (organisation_id, person_id) DO UPDATE SET version = v.version + 1
$$;

-- Rows changed by a statement: their people.
CREATE FUNCTION bump_learning_time_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM bump_learning_time_versions(array_agg(organisation_id), array_agg(person_id)) FROM new_rows;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM bump_learning_time_versions(array_agg(organisation_id), array_agg(person_id)) FROM old_rows;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['learning_time_entries', 'learning_time_blocks',
    'learning_time_proposal_answers', 'person_roles']
  LOOP
    -- A trigger with transition tables serves one event, hence three per table.
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_people()', watched || '_week_insert', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_people()', watched || '_week_update', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_people()', watched || '_week_delete', watched);
  END LOOP;
END $$;

-- The organisation's own row (norms, unit tree): the person id no person has.
CREATE FUNCTION learning_time_everyone() RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$;

-- What everyone's norm is worked out from: the norms, and the unit tree (a unit moved elsewhere).
CREATE FUNCTION bump_learning_time_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    PERFORM bump_learning_time_versions(ARRAY[NEW.organisation_id], ARRAY[learning_time_everyone()]);
  ELSE
    PERFORM bump_learning_time_versions(array_agg(organisation_id), array_agg(learning_time_everyone())) FROM changed;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER learning_time_norms_week_insert AFTER INSERT ON learning_time_norms
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_organisation();
CREATE TRIGGER learning_time_norms_week_update AFTER UPDATE ON learning_time_norms
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_organisation();
CREATE TRIGGER learning_time_norms_week_delete AFTER DELETE ON learning_time_norms
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_organisation();
-- A unit's line up the tree changes only when a parent does (a new unit has nobody in it yet).
CREATE TRIGGER org_units_week_update AFTER UPDATE OF parent_id ON org_units FOR EACH ROW
  WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION bump_learning_time_organisation();
CREATE TRIGGER org_units_week_delete AFTER DELETE ON org_units
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_organisation();

-- A changed proposal (its time, its title) shows in the week of everyone it was put to.
CREATE FUNCTION bump_learning_time_proposal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_learning_time_versions(array_agg(a.organisation_id), array_agg(a.person_id)) FROM changed c
    JOIN learning_time_proposal_answers a ON a.organisation_id = c.organisation_id AND a.proposal_id = c.id;
  RETURN NULL;
END $$;
CREATE TRIGGER learning_time_proposals_week_update AFTER UPDATE ON learning_time_proposals
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_proposal();

-- People: a person's unit, contract hours and status are their own norm's facts; a report coming,
-- going, moving or leaving changes whether their manager has reports (the manager role's norm); a
-- manager's name shows on the learning hours they proposed. A sign-in or a changed locale bumps nothing.
CREATE FUNCTION bump_learning_time_person_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_learning_time_versions(ARRAY[NEW.organisation_id, NEW.organisation_id, NEW.organisation_id],
    ARRAY[NEW.id, OLD.manager_id, NEW.manager_id]);
  IF (OLD.given_name, OLD.family_name_prefix, OLD.family_name)
     IS DISTINCT FROM (NEW.given_name, NEW.family_name_prefix, NEW.family_name) THEN
    PERFORM bump_learning_time_versions(array_agg(a.organisation_id), array_agg(a.person_id))
      FROM learning_time_proposals p
      JOIN learning_time_proposal_answers a ON a.organisation_id = p.organisation_id AND a.proposal_id = p.id
     WHERE p.organisation_id = NEW.organisation_id AND p.manager_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER people_week_update
  AFTER UPDATE OF org_unit_id, contract_hours, status, manager_id, given_name, family_name_prefix, family_name
  ON people FOR EACH ROW
  WHEN ((OLD.org_unit_id, OLD.contract_hours, OLD.status, OLD.manager_id, OLD.given_name,
         OLD.family_name_prefix, OLD.family_name)
        IS DISTINCT FROM
        (NEW.org_unit_id, NEW.contract_hours, NEW.status, NEW.manager_id, NEW.given_name,
         NEW.family_name_prefix, NEW.family_name))
  EXECUTE FUNCTION bump_learning_time_person_row();

-- New and removed people: their managers (a whole import at once, once per manager).
CREATE FUNCTION bump_learning_time_managers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_learning_time_versions(array_agg(organisation_id), array_agg(manager_id)) FROM changed;
  RETURN NULL;
END $$;
CREATE TRIGGER people_week_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_managers();
CREATE TRIGGER people_week_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_learning_time_managers();
