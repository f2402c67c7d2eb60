-- Consultation of drafts ("toets bij de werkvloer"): a draft is put before an audience until a
-- closing date; people respond, management replies and closes with an outcome.

CREATE TABLE consultations (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  subject_kind text NOT NULL CHECK (subject_kind IN ('statement', 'value_set', 'goal_set')),
  -- The draft items put before the audience (statement versions, values/competencies, goals).
  subject_ids uuid[] NOT NULL DEFAULT '{}',
  audience_kind text NOT NULL CHECK (audience_kind IN ('works_council', 'ambassadors', 'units', 'everyone')),
  audience_unit_ids uuid[] NOT NULL DEFAULT '{}',
  allows_anonymous boolean NOT NULL DEFAULT true,
  closes_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  outcome text,
  closed_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id)
);

-- A response never names its author when it is anonymous: person_id and org_unit_id stay NULL and
-- the time is kept to the day only. Who has responded (one response per person) is kept apart in
-- consultation_participants, which has no link to the response and no time.
CREATE TABLE consultation_responses (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL,
  person_id uuid,
  org_unit_id uuid,
  is_anonymous boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('support', 'concern', 'question')),
  comment text NOT NULL DEFAULT '',
  created_on date NOT NULL DEFAULT CURRENT_DATE,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultations (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id),
  CHECK (NOT is_anonymous OR (person_id IS NULL AND org_unit_id IS NULL)),
  CHECK (is_anonymous OR person_id IS NOT NULL)
);
CREATE INDEX consultation_responses_consultation ON consultation_responses (organisation_id, consultation_id);

CREATE TABLE consultation_participants (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  consultation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, consultation_id, person_id),
  FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultations (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id)
);

CREATE TABLE consultation_replies (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  response_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  person_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, response_id) REFERENCES consultation_responses (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id)
);
CREATE INDEX consultation_replies_response ON consultation_replies (organisation_id, response_id);
