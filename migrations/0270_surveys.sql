-- Pulse surveys and the Learning Zone check (issue 18). Answers are anonymous by construction:
-- a response row has no person, no time and no link to the "has answered" row, like anonymous
-- consultation responses. What a response keeps is the group it is counted in (the respondent's unit
-- and whether they manage people), and results for a group are only shown when at least the
-- organisation's threshold of people answered (enforced where results are read, see docs/SURVEYS.md).

-- Per organisation: the anonymity threshold (default 5, never below 3).
CREATE TABLE survey_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  anonymity_threshold integer NOT NULL DEFAULT 5 CHECK (anonymity_threshold BETWEEN 3 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE surveys (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- 'learning_zone' surveys carry the shipped instrument; each one is a round of the check.
  kind text NOT NULL DEFAULT 'pulse' CHECK (kind IN ('pulse', 'learning_zone')),
  title_nl text NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  intro_nl text NOT NULL DEFAULT '' CHECK (length(intro_nl) <= 2000),
  intro_en text NOT NULL DEFAULT '' CHECK (length(intro_en) <= 2000),
  -- Who it reaches: the catalogue's audience criteria (units with sub-units, roles); empty = everyone.
  audience jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'open', 'closed')),
  opens_at timestamptz,
  closes_at timestamptz,
  opened_at timestamptz,
  closed_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (status = 'draft' OR (opens_at IS NOT NULL AND closes_at IS NOT NULL AND closes_at > opens_at))
);
CREATE INDEX surveys_due ON surveys (status, opens_at) WHERE status IN ('scheduled', 'open');

CREATE TABLE survey_questions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('likert5', 'likert7', 'choice', 'text')),
  text_nl text NOT NULL CHECK (length(text_nl) BETWEEN 1 AND 500),
  text_en text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 500),
  -- Choice questions: [{ "nl": "...", "en": "..." }], answered by index.
  options jsonb NOT NULL DEFAULT '[]',
  -- The Learning Zone instrument: which scale an item measures and whether it is worded in reverse.
  dimension text CHECK (dimension IN ('safety', 'accountability')),
  is_reversed boolean NOT NULL DEFAULT false,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, survey_id, position),
  FOREIGN KEY (organisation_id, survey_id) REFERENCES surveys (organisation_id, id) ON DELETE CASCADE
);

-- Who was invited when the survey opened (the audience then), so later changes do not move it.
CREATE TABLE survey_invitees (
  organisation_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, survey_id, person_id),
  FOREIGN KEY (organisation_id, survey_id) REFERENCES surveys (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_invitees_person ON survey_invitees (organisation_id, person_id);

-- "Has answered": one row per person and survey, with no time and no link to the response.
CREATE TABLE survey_participants (
  organisation_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, survey_id, person_id),
  FOREIGN KEY (organisation_id, survey_id) REFERENCES surveys (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- One anonymous response: no person, no time; only the groups it counts in.
CREATE TABLE survey_responses (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL,
  org_unit_id uuid,
  role_group text NOT NULL CHECK (role_group IN ('manager', 'employee')),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, survey_id) REFERENCES surveys (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_responses_survey ON survey_responses (organisation_id, survey_id, org_unit_id);

CREATE TABLE survey_answers (
  organisation_id uuid NOT NULL,
  response_id uuid NOT NULL,
  question_id uuid NOT NULL,
  -- Likert: the point chosen; choice: the option's index; text: the words.
  value integer,
  text text CHECK (length(text) <= 2000),
  PRIMARY KEY (organisation_id, response_id, question_id),
  FOREIGN KEY (organisation_id, response_id) REFERENCES survey_responses (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, question_id) REFERENCES survey_questions (organisation_id, id) ON DELETE CASCADE,
  CHECK ((value IS NULL) <> (text IS NULL))
);
CREATE INDEX survey_answers_question ON survey_answers (organisation_id, question_id);
