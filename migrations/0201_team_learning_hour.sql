-- A team learning hour (issue 15): a manager proposes a time to the team; each member accepts (it
-- becomes a reserved block of their own, in their calendar feed) or declines.

CREATE TABLE learning_time_proposals (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  manager_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  on_date date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  repeats_weekly boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK (end_time > start_time)
);
CREATE INDEX learning_time_proposals_manager ON learning_time_proposals (organisation_id, manager_id, on_date);

CREATE TABLE learning_time_proposal_answers (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  proposal_id uuid NOT NULL,
  person_id uuid NOT NULL,
  answer text NOT NULL DEFAULT 'open' CHECK (answer IN ('open', 'accepted', 'declined')),
  block_id uuid,
  answered_at timestamptz,
  PRIMARY KEY (organisation_id, proposal_id, person_id),
  FOREIGN KEY (organisation_id, proposal_id) REFERENCES learning_time_proposals (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, block_id) REFERENCES learning_time_blocks (organisation_id, id) ON DELETE SET NULL (block_id)
);
CREATE INDEX learning_time_proposal_answers_person ON learning_time_proposal_answers (organisation_id, person_id, answer);
