-- Insight (issue 18): small summary tables the dashboards read, filled by the insight.refresh job
-- from learning records, learning time and xAPI statements; and the people status history that
-- retention needs (the people import keeps only the current status).

-- One row per person per day with any learning (days on the organisation's calendar).
CREATE TABLE insight_learning_days (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day date NOT NULL,
  person_id uuid NOT NULL,
  org_unit_id uuid,
  minutes integer NOT NULL DEFAULT 0,
  started integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  statements integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, day, person_id)
);
CREATE INDEX insight_learning_days_person ON insight_learning_days (organisation_id, person_id, day);

-- One row per day × unit × learning subject: who started it that day, how many of those have finished
-- it since (drop-off), and how many finished it that day.
CREATE TABLE insight_item_days (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day date NOT NULL,
  org_unit_id uuid,
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  started integer NOT NULL DEFAULT 0,
  finished_of_started integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0
);
CREATE INDEX insight_item_days_day ON insight_item_days (organisation_id, day);
CREATE INDEX insight_item_days_subject ON insight_item_days (organisation_id, subject_kind, subject_id);

-- Where each organisation's refresh got to: sources changed after `refreshed_at` are read next time.
CREATE TABLE insight_refresh_state (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  refreshed_at timestamptz NOT NULL,
  rebuilt_at timestamptz NOT NULL,
  days_refreshed integer NOT NULL DEFAULT 0
);

CREATE TABLE insight_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  hourly_rate_cents integer NOT NULL DEFAULT 4500 CHECK (hourly_rate_cents BETWEEN 0 AND 100000),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every status a person had and from which day: kept by a trigger on people, whatever changes it
-- (screen, HR import, SCIM). Erasing a person erases their history too.
CREATE TABLE insight_status_changes (
  organisation_id uuid NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  person_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'leaving', 'left')),
  changed_on date NOT NULL,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX insight_status_changes_person ON insight_status_changes (organisation_id, person_id, changed_on);

CREATE FUNCTION insight_record_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO insight_status_changes (organisation_id, person_id, status, changed_on)
    VALUES (
      NEW.organisation_id, NEW.id, NEW.status,
      CASE
        WHEN NEW.status = 'left' THEN coalesce(NEW.end_date, current_date)
        WHEN TG_OP = 'INSERT' THEN coalesce(NEW.start_date, current_date)
        ELSE current_date
      END
    );
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER people_status_history AFTER INSERT OR UPDATE OF status ON people
  FOR EACH ROW EXECUTE FUNCTION insight_record_status();

-- The history so far: everyone from their start, leavers from their end date.
INSERT INTO insight_status_changes (organisation_id, person_id, status, changed_on)
SELECT organisation_id, id, 'active', coalesce(start_date, created_at::date) FROM people;
INSERT INTO insight_status_changes (organisation_id, person_id, status, changed_on)
SELECT organisation_id, id, status, coalesce(end_date, updated_at::date) FROM people WHERE status <> 'active';
