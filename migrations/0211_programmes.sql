-- Programmes (issue 15): a growth week built by L&D. A programme has a period, tracks and sessions;
-- every programme session is an events session (seats, waitlist, invitation, attendance live there),
-- with a format (talk, panel, workshop) and its speakers. After the period a recap lists recordings
-- and materials.

CREATE TABLE programmes (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  recap_note text NOT NULL DEFAULT '' CHECK (length(recap_note) <= 4000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by),
  CHECK (ends_on >= starts_on AND ends_on - starts_on <= 31)
);
CREATE INDEX programmes_period ON programmes (organisation_id, starts_on);

CREATE TABLE programme_tracks (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, programme_id, name),
  FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE programme_sessions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL,
  track_id uuid NOT NULL,
  -- The events session that holds time, place, seats and registrations.
  event_session_id uuid NOT NULL,
  format text NOT NULL CHECK (format IN ('talk', 'panel', 'workshop')),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
  -- [{ "name": "…", "kind": "internal" | "external", "personId": uuid | null, "affiliation": "…" }]
  speakers jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(speakers) = 'array'),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, event_session_id),
  FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, track_id) REFERENCES programme_tracks (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, event_session_id) REFERENCES event_sessions (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX programme_sessions_programme ON programme_sessions (organisation_id, programme_id);

CREATE TABLE programme_materials (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL,
  programme_session_id uuid,
  kind text NOT NULL CHECK (kind IN ('recording', 'material')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, programme_session_id) REFERENCES programme_sessions (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX programme_materials_programme ON programme_materials (organisation_id, programme_id);
