-- SCORM runtime data: an attempt per person per package (numbered), the CMI data of each SCO within
-- it, and the interactions (questions) the SCOs report. Commits arrive with a per-attempt token
-- (the browser's unload beacon cannot send the CSRF header), stored only as a hash.

CREATE TABLE scorm_attempts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  version_id uuid NOT NULL,
  person_id uuid NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  completion_status text NOT NULL DEFAULT 'not_attempted'
    CHECK (completion_status IN ('not_attempted', 'incomplete', 'completed')),
  success_status text NOT NULL DEFAULT 'unknown' CHECK (success_status IN ('unknown', 'passed', 'failed')),
  score_scaled double precision CHECK (score_scaled BETWEEN -1 AND 1),
  total_seconds double precision NOT NULL DEFAULT 0 CHECK (total_seconds >= 0),
  progress_percent integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  current_sco text, -- the SCO the learner was in last, to resume there
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  -- Set when a newer attempt replaced this one: the learner started anew, or L&D chose a fresh start
  -- for everyone midway when uploading a new version (which does not count against an attempt limit).
  closed_at timestamptz,
  closed_reason text CHECK (closed_reason IN ('new_attempt', 'new_version')),
  commit_token_hash text,
  previous_token_hash text, -- the one before the last launch, accepted for a short while (a reload's beacon)
  token_issued_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, person_id, content_id, number),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, version_id) REFERENCES scorm_versions (organisation_id, id) ON DELETE CASCADE,
  CHECK ((closed_at IS NULL) = (closed_reason IS NULL))
);
-- Commits find their attempt by token before the organisation is known, like sessions and API tokens.
CREATE UNIQUE INDEX scorm_attempts_token ON scorm_attempts (commit_token_hash) WHERE commit_token_hash IS NOT NULL;
CREATE INDEX scorm_attempts_previous_token ON scorm_attempts (previous_token_hash)
  WHERE previous_token_hash IS NOT NULL;
CREATE INDEX scorm_attempts_content ON scorm_attempts (organisation_id, content_id, person_id, number DESC);

-- The CMI data model of one SCO in one attempt, as the runtime last committed it (flattened keys).
CREATE TABLE scorm_sco_states (
  organisation_id uuid NOT NULL,
  attempt_id uuid NOT NULL,
  sco_id text NOT NULL, -- the manifest item's identifier
  cmi jsonb NOT NULL DEFAULT '{}',
  completion_status text NOT NULL DEFAULT 'not_attempted'
    CHECK (completion_status IN ('not_attempted', 'incomplete', 'completed')),
  success_status text NOT NULL DEFAULT 'unknown' CHECK (success_status IN ('unknown', 'passed', 'failed')),
  score_scaled double precision CHECK (score_scaled BETWEEN -1 AND 1),
  score_raw double precision,
  progress_measure double precision CHECK (progress_measure BETWEEN 0 AND 1),
  total_seconds double precision NOT NULL DEFAULT 0 CHECK (total_seconds >= 0),
  session_seconds double precision NOT NULL DEFAULT 0 CHECK (session_seconds >= 0),
  exit text, -- how the last session ended: suspend, logout, normal, time-out, '' (or null: never ended)
  is_suspended boolean NOT NULL DEFAULT false,
  is_terminated boolean NOT NULL DEFAULT false,
  commits integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, attempt_id, sco_id),
  FOREIGN KEY (organisation_id, attempt_id) REFERENCES scorm_attempts (organisation_id, id) ON DELETE CASCADE
);

-- cmi.interactions.n: one row per interaction record, by its index in the SCO's list.
CREATE TABLE scorm_interactions (
  organisation_id uuid NOT NULL,
  attempt_id uuid NOT NULL,
  sco_id text NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  interaction_id text NOT NULL,
  type text,
  description text,
  learner_response text,
  correct_response text,
  result text,
  latency_seconds double precision,
  recorded_at text, -- the SCO's own timestamp, as it wrote it
  PRIMARY KEY (organisation_id, attempt_id, sco_id, position),
  FOREIGN KEY (organisation_id, attempt_id) REFERENCES scorm_attempts (organisation_id, id) ON DELETE CASCADE
);
