-- Development plans (POP): one per person per period, with goals, actions, reflections and manager comments.
-- Goals point at what they serve in other modules (organisation/team goal, skill, job role) by kind + uuid
-- without a foreign key; serves_label keeps free text so a plan works before those modules exist.

CREATE TABLE development_plans (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  period text NOT NULL CHECK (length(period) BETWEEN 1 AND 20),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'shared', 'agreed', 'reviewed')),
  shared_at timestamptz,
  agreed_at timestamptz,
  agreed_by uuid,
  reviewed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, agreed_by) REFERENCES people (organisation_id, id)
);
CREATE UNIQUE INDEX development_plans_person_period ON development_plans (organisation_id, person_id, period);
CREATE INDEX development_plans_state ON development_plans (organisation_id, period, state);

CREATE TABLE plan_goals (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  why text,
  serves_kind text CHECK (serves_kind IN ('organisation_goal', 'team_goal', 'skill', 'job_role')),
  serves_id uuid,
  serves_label text,
  target_level integer CHECK (target_level BETWEEN 1 AND 10),
  success_measure text,
  target_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES development_plans (organisation_id, id) ON DELETE CASCADE,
  CHECK (serves_id IS NULL OR serves_kind IS NOT NULL)
);
CREATE INDEX plan_goals_plan ON plan_goals (organisation_id, plan_id, position);

CREATE TABLE plan_actions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  goal_id uuid,
  kind text NOT NULL CHECK (kind IN ('learning', 'mentor', 'assignment', 'event', 'external_training', 'other')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- learning: catalogue content/course/path; mentor: a person (skills' mentor finder after merging)
  ref_kind text CHECK (ref_kind IN ('content', 'course', 'path', 'person')),
  ref_id uuid,
  due_date date,
  is_done boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT 'plan' CHECK (source IN ('plan', 'conversation')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES development_plans (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id) ON DELETE SET NULL (goal_id)
);
CREATE INDEX plan_actions_plan ON plan_actions (organisation_id, plan_id);

-- Reflections (by the employee) and comments (by the manager) in one dated stream.
CREATE TABLE plan_notes (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  goal_id uuid,
  kind text NOT NULL CHECK (kind IN ('reflection', 'manager_comment')),
  author_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES development_plans (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id) ON DELETE SET NULL (goal_id),
  FOREIGN KEY (organisation_id, author_id) REFERENCES people (organisation_id, id)
);
CREATE INDEX plan_notes_plan ON plan_notes (organisation_id, plan_id, created_at);
