-- Learning time in work hours (issue 15): the organisation's norm (per organisation, unit or role, as
-- minutes a week or a percentage of contract hours), time learned (from progress, events, WorkOuts or
-- logged by hand), reserved blocks (one-off or weekly, in the organisation's wall-clock time) and the
-- person's secret calendar feed.

CREATE TABLE learning_time_norms (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  scope text NOT NULL CHECK (scope IN ('organisation', 'unit', 'role')),
  org_unit_id uuid,
  role text CHECK (role IN ('employee', 'manager', 'coach', 'ambassador', 'works_council', 'ld_admin', 'hr_admin', 'owner')),
  minutes_per_week integer CHECK (minutes_per_week BETWEEN 0 AND 2400),
  percent_of_contract numeric(4, 1) CHECK (percent_of_contract > 0 AND percent_of_contract <= 100),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE,
  CHECK ((scope = 'unit') = (org_unit_id IS NOT NULL)),
  CHECK ((scope = 'role') = (role IS NOT NULL)),
  CHECK ((minutes_per_week IS NULL) <> (percent_of_contract IS NULL))
);
CREATE UNIQUE INDEX learning_time_norms_target
  ON learning_time_norms (organisation_id, scope, coalesce(org_unit_id::text, ''), coalesce(role, ''));

CREATE TABLE learning_time_entries (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  on_date date NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  source text NOT NULL CHECK (source IN ('progress', 'event', 'workout', 'manual')),
  -- What it came from (a content item, an event session, a WorkOut); none for time logged by hand.
  source_id uuid,
  description text CHECK (length(description) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK (source <> 'manual' OR description IS NOT NULL),
  CHECK ((source = 'manual') = (source_id IS NULL))
);
CREATE INDEX learning_time_entries_week ON learning_time_entries (organisation_id, person_id, on_date);
-- Booked once per source: attending a session twice (list and QR) counts its time once.
CREATE UNIQUE INDEX learning_time_entries_source
  ON learning_time_entries (organisation_id, person_id, source, source_id) WHERE source_id IS NOT NULL;

CREATE TABLE learning_time_blocks (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- The planned item (a catalogue content item, course or path), shown with the block.
  subject_kind text CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid,
  starts_on date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  repeats_weekly boolean NOT NULL DEFAULT false,
  repeat_until date,
  -- iCalendar SEQUENCE: bumped on each change, so calendars replace the block (same UID).
  sequence integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK (end_time > start_time),
  CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
  CHECK (repeat_until IS NULL OR (repeats_weekly AND repeat_until >= starts_on))
);
CREATE INDEX learning_time_blocks_person ON learning_time_blocks (organisation_id, person_id, starts_on);

-- The personal calendar feed: only a hash of its secret is kept; a new secret revokes the old address.
CREATE TABLE learning_time_feeds (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX learning_time_feeds_token ON learning_time_feeds (organisation_id, token_hash);
