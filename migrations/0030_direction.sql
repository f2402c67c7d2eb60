-- Direction: statements (mission, vision, strategy), core values and core competencies,
-- organisation goals with key results and check-ins, team goals aligned to them.

CREATE TABLE direction_statements (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('mission', 'vision', 'strategy')),
  locale text NOT NULL CHECK (locale IN ('nl', 'en')),
  -- Every save is a new version; the newest published version per kind and language is current.
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
  period_start date,
  period_end date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, kind, locale, version),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE TABLE core_values (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  -- [{ "level": 1, "description": "..." }], ordered by level
  behaviours jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published', 'archived')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE core_competencies (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  behaviours jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published', 'archived')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);

-- Filled once the skills module is merged: skill_id points into its framework (no FK across modules).
CREATE TABLE competency_skills (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  competency_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, competency_id, skill_id),
  FOREIGN KEY (organisation_id, competency_id) REFERENCES core_competencies (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE organisation_goals (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  owner_id uuid,
  period_start date,
  period_end date,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'achieved', 'dropped')),
  is_confidential boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, owner_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE TABLE key_results (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL,
  metric text NOT NULL CHECK (length(metric) BETWEEN 1 AND 300),
  start_value double precision NOT NULL DEFAULT 0,
  target_value double precision NOT NULL,
  current_value double precision NOT NULL DEFAULT 0,
  unit text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, goal_id) REFERENCES organisation_goals (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX key_results_goal ON key_results (organisation_id, goal_id);

CREATE TABLE goal_check_ins (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  key_result_id uuid NOT NULL,
  value double precision NOT NULL,
  comment text NOT NULL DEFAULT '',
  person_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, key_result_id) REFERENCES key_results (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id)
);
CREATE INDEX goal_check_ins_key_result ON goal_check_ins (organisation_id, key_result_id, created_at);

CREATE TABLE team_goals (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  owner_id uuid,
  period_start date,
  period_end date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'achieved', 'dropped')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, owner_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id)
);
CREATE INDEX team_goals_unit ON team_goals (organisation_id, org_unit_id);

CREATE TABLE team_goal_alignments (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  team_goal_id uuid NOT NULL,
  organisation_goal_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, team_goal_id, organisation_goal_id),
  FOREIGN KEY (organisation_id, team_goal_id) REFERENCES team_goals (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, organisation_goal_id) REFERENCES organisation_goals (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX team_goal_alignments_goal ON team_goal_alignments (organisation_id, organisation_goal_id);
