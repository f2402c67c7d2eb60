-- Feedback as learning (issue 16): ask colleagues for feedback on a plan goal, a skill or a piece of
-- work. Answers belong to the asker; the manager reads them only when the asker shares the request.
-- A plan goal or skill is referenced by id (other modules' tables, checked when asked).

CREATE TABLE feedback_requests (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  asker_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('plan_goal', 'skill', 'work')),
  subject_id uuid,
  subject_label text NOT NULL CHECK (length(subject_label) BETWEEN 1 AND 300),
  question text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
  is_shared_with_manager boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, asker_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK ((subject_kind = 'work') = (subject_id IS NULL))
);
CREATE INDEX feedback_requests_asker ON feedback_requests (organisation_id, asker_id, created_at DESC);

CREATE TABLE feedback_answers (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  request_id uuid NOT NULL,
  person_id uuid NOT NULL,
  answer text CHECK (length(answer) BETWEEN 1 AND 4000),
  answered_at timestamptz,
  declined_at timestamptz,
  -- The skill rating (peer) the answer became, when the request is about a skill and the colleague rated.
  skill_level integer CHECK (skill_level BETWEEN 1 AND 5),
  PRIMARY KEY (organisation_id, request_id, person_id),
  FOREIGN KEY (organisation_id, request_id) REFERENCES feedback_requests (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK ((answer IS NULL) = (answered_at IS NULL)),
  CHECK (answered_at IS NULL OR declined_at IS NULL)
);
CREATE INDEX feedback_answers_person ON feedback_answers (organisation_id, person_id, answered_at);
