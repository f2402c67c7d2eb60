-- WorkOuts (issue 15): short group assignments a team does together on the work floor. The shipped
-- library lives in code (workouts.library.ts, nl and en); a manager's own WorkOuts are rows here.
-- A planned WorkOut copies its title and assignment, so later edits of the template change nothing.

CREATE TABLE workout_templates (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  language text NOT NULL CHECK (language IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  theme text NOT NULL DEFAULT '' CHECK (length(theme) <= 100),
  assignment text NOT NULL CHECK (length(assignment) BETWEEN 1 AND 4000),
  reflection_question text NOT NULL CHECK (length(reflection_question) BETWEEN 1 AND 500),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by)
);

CREATE TABLE workouts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Where it came from: a library key or an own template.
  library_key text CHECK (length(library_key) BETWEEN 1 AND 100),
  template_id uuid,
  manager_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  assignment text NOT NULL CHECK (length(assignment) BETWEEN 1 AND 4000),
  reflection_question text NOT NULL CHECK (length(reflection_question) BETWEEN 1 AND 500),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  planned_on date NOT NULL,
  content_id uuid,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done')),
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, template_id) REFERENCES workout_templates (organisation_id, id) ON DELETE SET NULL (template_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE SET NULL (content_id),
  CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX workouts_manager ON workouts (organisation_id, manager_id, planned_on);

CREATE TABLE workout_participants (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  workout_id uuid NOT NULL,
  person_id uuid NOT NULL,
  reflection text CHECK (length(reflection) BETWEEN 1 AND 2000),
  reflected_at timestamptz,
  PRIMARY KEY (organisation_id, workout_id, person_id),
  FOREIGN KEY (organisation_id, workout_id) REFERENCES workouts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK ((reflection IS NULL) = (reflected_at IS NULL))
);
CREATE INDEX workout_participants_person ON workout_participants (organisation_id, person_id);

CREATE TABLE workout_next_steps (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  workout_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  -- A personal step lands as an action in that person's plan; a team step becomes a team goal.
  kind text NOT NULL CHECK (kind IN ('personal', 'team')),
  person_id uuid,
  plan_action_id uuid,
  team_goal_id uuid,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, workout_id) REFERENCES workouts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK ((kind = 'personal') = (person_id IS NOT NULL))
);
CREATE INDEX workout_next_steps_workout ON workout_next_steps (organisation_id, workout_id);

-- Next steps from a WorkOut land in plans as actions with their own source.
ALTER TABLE plan_actions DROP CONSTRAINT plan_actions_source_check;
ALTER TABLE plan_actions ADD CONSTRAINT plan_actions_source_check CHECK (source IN ('plan', 'conversation', 'workout'));
