-- Onboarding as a journey (issue 11): L&D or HR define a template of steps over the first weeks (meet
-- your buddy, a task, a check-in with the manager, a learning item), each with a day offset from the
-- start date and who does it. A template is assigned by rule on the start date (the catalogue's audience
-- criteria) or by hand, with a buddy. A journey copies the template's steps with their due dates, so
-- changing a template never moves the steps of someone already on their way.

CREATE TABLE onboarding_templates (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 2000),
  -- Who it is assigned to automatically (AudienceCriteria; checked by the API's schema); null = by hand only.
  criteria jsonb,
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by)
);

CREATE TABLE onboarding_template_steps (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL,
  position integer NOT NULL CHECK (position BETWEEN 0 AND 99),
  kind text NOT NULL CHECK (kind IN ('buddy', 'task', 'check_in', 'learning')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 2000),
  day_offset integer NOT NULL CHECK (day_offset BETWEEN 0 AND 365),
  owner text NOT NULL CHECK (owner IN ('newcomer', 'buddy', 'manager')),
  content_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, template_id, position),
  FOREIGN KEY (organisation_id, template_id) REFERENCES onboarding_templates (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE SET NULL (content_id)
);

CREATE TABLE onboarding_journeys (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  template_id uuid,
  template_name text NOT NULL,
  buddy_id uuid,
  start_date date NOT NULL,
  source text NOT NULL CHECK (source IN ('rule', 'hand')),
  assigned_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, template_id) REFERENCES onboarding_templates (organisation_id, id) ON DELETE SET NULL (template_id),
  FOREIGN KEY (organisation_id, buddy_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (buddy_id),
  FOREIGN KEY (organisation_id, assigned_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (assigned_by),
  CHECK (buddy_id IS NULL OR buddy_id <> person_id)
);
-- A rule assigns a template to a person once, however often the job runs.
CREATE UNIQUE INDEX onboarding_journeys_by_rule ON onboarding_journeys (organisation_id, person_id, template_id)
  WHERE source = 'rule';
CREATE INDEX onboarding_journeys_person ON onboarding_journeys (organisation_id, person_id);
CREATE INDEX onboarding_journeys_buddy ON onboarding_journeys (organisation_id, buddy_id) WHERE buddy_id IS NOT NULL;

CREATE TABLE onboarding_journey_steps (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  journey_id uuid NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('buddy', 'task', 'check_in', 'learning')),
  title text NOT NULL,
  description text,
  owner text NOT NULL CHECK (owner IN ('newcomer', 'buddy', 'manager')),
  content_id uuid,
  due_date date NOT NULL,
  done_at timestamptz,
  done_by uuid,
  -- The owner was told the step is due (once).
  notified_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, journey_id, position),
  FOREIGN KEY (organisation_id, journey_id) REFERENCES onboarding_journeys (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE SET NULL (content_id),
  FOREIGN KEY (organisation_id, done_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (done_by)
);
CREATE INDEX onboarding_journey_steps_due ON onboarding_journey_steps (due_date)
  WHERE done_at IS NULL AND notified_at IS NULL;
