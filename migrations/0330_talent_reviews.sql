-- Talent reviews (vlootschouw, issue 21): HR opens a round for a group, a reviewer fills in one review
-- per person (nine-box, the manager criteria, flight risk, readiness, advice), calibration moves people
-- between boxes with a reason (kept), sign-off locks the round and turns advice into proposed actions.
-- Review content is confidential: only HR, the reviewer and the round's calibration participants read it.

-- What a person sees of their own review once the round is signed off.
CREATE TABLE talent_settings (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  own_review_visibility text NOT NULL DEFAULT 'nothing' CHECK (own_review_visibility IN ('nothing', 'advice', 'everything')),
  PRIMARY KEY (organisation_id)
);

CREATE TABLE talent_rounds (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- The catalogue's audience criteria, resolved once when the round opens.
  scope jsonb NOT NULL,
  reviewer_rule text NOT NULL CHECK (reviewer_rule IN ('managers_manager', 'hr')),
  -- The form: [{ id, textNl, textEn, figures }], copied so later edits never change a running round.
  questions jsonb NOT NULL,
  review_deadline date NOT NULL,
  calibration_on date,
  signed_off_at timestamptz,
  signed_off_by uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, signed_off_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (signed_off_by),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by)
);

-- Who calibrates besides HR and the reviewers.
CREATE TABLE talent_round_participants (
  organisation_id uuid NOT NULL,
  round_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, round_id, person_id),
  FOREIGN KEY (organisation_id, round_id) REFERENCES talent_rounds (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX talent_round_participants_person ON talent_round_participants (organisation_id, person_id);

CREATE TABLE talent_reviews (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- NULL: HR reviews (no manager's manager, or the round says HR).
  reviewer_id uuid,
  performance smallint CHECK (performance BETWEEN 1 AND 3),
  potential smallint CHECK (potential BETWEEN 1 AND 3),
  answers jsonb NOT NULL DEFAULT '{}',
  flight_risk text CHECK (flight_risk IN ('low', 'medium', 'high')),
  readiness text CHECK (readiness IN ('ready_now', 'ready_later', 'not_yet')),
  next_role_id uuid,
  advice text NOT NULL DEFAULT '' CHECK (length(advice) <= 4000),
  actions jsonb NOT NULL DEFAULT '[]',
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, round_id) REFERENCES talent_rounds (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, reviewer_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (reviewer_id),
  CHECK ((performance IS NULL) = (potential IS NULL))
);
CREATE UNIQUE INDEX talent_reviews_round_person ON talent_reviews (organisation_id, round_id, person_id);
CREATE INDEX talent_reviews_reviewer ON talent_reviews (organisation_id, reviewer_id);
CREATE INDEX talent_reviews_next_role ON talent_reviews (organisation_id, next_role_id) WHERE next_role_id IS NOT NULL;

-- Calibration history: every move between boxes, with its reason. Never updated.
CREATE TABLE talent_moves (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL,
  from_performance smallint,
  from_potential smallint,
  to_performance smallint NOT NULL CHECK (to_performance BETWEEN 1 AND 3),
  to_potential smallint NOT NULL CHECK (to_potential BETWEEN 1 AND 3),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  moved_by uuid,
  moved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, review_id) REFERENCES talent_reviews (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, moved_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (moved_by)
);
CREATE INDEX talent_moves_review ON talent_moves (organisation_id, review_id, moved_at);

-- After sign-off each development action is proposed to the person; accepting puts it in their plan.
CREATE TABLE talent_proposals (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL,
  person_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined')),
  plan_action_id uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, review_id) REFERENCES talent_reviews (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK ((status = 'proposed') = (decided_at IS NULL))
);
CREATE INDEX talent_proposals_person ON talent_proposals (organisation_id, person_id);

-- Accepted proposals land in the plan as actions from the talent review.
ALTER TABLE plan_actions DROP CONSTRAINT plan_actions_source_check;
ALTER TABLE plan_actions ADD CONSTRAINT plan_actions_source_check CHECK (source IN ('plan', 'conversation', 'workout', 'talent_review'));
