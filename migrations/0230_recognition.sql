-- Recognition (issue 16, steps 4-6): kudos, celebrations, badges, an append-only points ledger,
-- per-person visibility, challenges with teams as participants, and the organisation's leaderboard switch.

CREATE TABLE recognition_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  leaderboards_enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What a person shows others. Individual leaderboards are opt-in: off until the person says so.
CREATE TABLE recognition_preferences (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  badges_visible boolean NOT NULL DEFAULT true,
  points_visible boolean NOT NULL DEFAULT false,
  on_leaderboards boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- A celebration: a step a person took, said in words (kind + title). Private until the person shares it.
CREATE TABLE celebrations (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('content', 'course', 'path', 'plan_goal', 'applied', 'first_step', 'badge', 'event')),
  subject_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  shared_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, person_id, kind, subject_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX celebrations_person ON celebrations (organisation_id, person_id, created_at DESC);
CREATE INDEX celebrations_shared ON celebrations (organisation_id, shared_at DESC) WHERE shared_at IS NOT NULL;

CREATE TABLE kudos (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  giver_id uuid NOT NULL,
  receiver_id uuid NOT NULL,
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
  -- What it honours: a core value (direction) or a skill, resolved through core/references.
  value_id uuid,
  skill_id uuid,
  celebration_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, giver_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, receiver_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, celebration_id) REFERENCES celebrations (organisation_id, id) ON DELETE SET NULL (celebration_id),
  CHECK (giver_id <> receiver_id)
);
CREATE INDEX kudos_receiver ON kudos (organisation_id, receiver_id, created_at DESC);
CREATE INDEX kudos_giver ON kudos (organisation_id, giver_id, created_at DESC);

-- Badge definitions, shaped as Open Badges 3.0 achievements: name, description, criteria narrative,
-- image; the issuer is the organisation.
CREATE TABLE badges (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  criteria_narrative text NOT NULL CHECK (length(criteria_narrative) BETWEEN 1 AND 2000),
  criteria_kind text NOT NULL CHECK (criteria_kind IN ('path_completed', 'skill_applied', 'helped_colleagues', 'event_attended', 'manual')),
  -- The path (path_completed) or event item (event_attended); null = any.
  criteria_subject_id uuid,
  criteria_count integer NOT NULL DEFAULT 1 CHECK (criteria_count BETWEEN 1 AND 100),
  image_file_id uuid,
  archived_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by)
);

CREATE TABLE badge_awards (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  badge_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- Null: awarded by the criteria (the system).
  awarded_by uuid,
  reason text CHECK (length(reason) BETWEEN 1 AND 500),
  awarded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, badge_id, person_id),
  FOREIGN KEY (organisation_id, badge_id) REFERENCES badges (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, awarded_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (awarded_by)
);
CREATE INDEX badge_awards_person ON badge_awards (organisation_id, person_id);

-- Points: append-only (totals are recomputed from the rows); the daily cap per action is checked when
-- a row is written, under an advisory lock per person and action.
CREATE TABLE points_ledger (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('kudos_given', 'kudos_received', 'item_completed', 'path_completed', 'goal_achieved', 'applied', 'celebration_shared', 'event_attended', 'badge_earned')),
  points integer NOT NULL CHECK (points BETWEEN 1 AND 100),
  on_date date NOT NULL,
  source_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX points_ledger_person ON points_ledger (organisation_id, person_id, on_date);
CREATE RULE points_ledger_append_only AS ON UPDATE TO points_ledger DO INSTEAD NOTHING;

CREATE TABLE challenges (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  metric text NOT NULL CHECK (metric IN ('learning_minutes', 'completions', 'points')),
  -- The item whose completions count (metric completions).
  content_id uuid,
  -- Per team: minutes, completions or points to reach.
  goal integer NOT NULL CHECK (goal BETWEEN 1 AND 10000000),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by),
  CHECK (ends_on >= starts_on),
  CHECK ((metric = 'completions') = (content_id IS NOT NULL))
);
CREATE INDEX challenges_period ON challenges (organisation_id, ends_on);

CREATE TABLE challenge_teams (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  challenge_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, challenge_id, org_unit_id),
  FOREIGN KEY (organisation_id, challenge_id) REFERENCES challenges (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE
);
