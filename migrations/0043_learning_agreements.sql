-- Learning agreements: per enrolment (catalogue's, referenced by uuid without a foreign key) or per
-- budget request; how the learning will be applied, buddy/mentor willingness, manager agreement,
-- and follow-up questions 30/60/90 days after the start.

CREATE TABLE learning_agreements (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  enrolment_id uuid, -- catalogue enrolment, wired after merging
  budget_request_id uuid,
  goal_id uuid,
  application text NOT NULL CHECK (length(application) BETWEEN 1 AND 5000),
  is_willing_buddy boolean NOT NULL DEFAULT false,
  is_willing_mentor boolean NOT NULL DEFAULT false,
  starts_on date NOT NULL,
  manager_agreed_by uuid,
  manager_agreed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, budget_request_id) REFERENCES budget_requests (organisation_id, id) ON DELETE SET NULL (budget_request_id),
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id) ON DELETE SET NULL (goal_id)
);
CREATE INDEX learning_agreements_person ON learning_agreements (organisation_id, person_id);
CREATE INDEX learning_agreements_buddies ON learning_agreements (organisation_id) WHERE is_willing_buddy OR is_willing_mentor;

CREATE TABLE learning_agreement_followups (
  organisation_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  day integer NOT NULL CHECK (day IN (30, 60, 90)),
  due_on date NOT NULL,
  asked_at timestamptz,
  answer text,
  answered_at timestamptz,
  PRIMARY KEY (organisation_id, agreement_id, day),
  FOREIGN KEY (organisation_id, agreement_id) REFERENCES learning_agreements (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX learning_agreement_followups_due ON learning_agreement_followups (due_on) WHERE asked_at IS NULL;
