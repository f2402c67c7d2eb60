-- cmi5 courses (issue 14): a course structure (cmi5.xml) imported from a zip or on its own, a
-- catalogue content item of kind 'cmi5'. Each learner has one registration per course; each launch of
-- an AU is a session with a one-time fetch token and the auth token the AU writes to the LRS with.

ALTER TABLE content_items DROP CONSTRAINT content_items_kind_check;
ALTER TABLE content_items ADD CONSTRAINT content_items_kind_check
  CHECK (kind IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment', 'scorm', 'cmi5'));

CREATE TABLE cmi5_courses (
  organisation_id uuid NOT NULL,
  content_id uuid NOT NULL,
  course_iri text NOT NULL,
  -- The parsed course structure: blocks, AUs and objectives (cmi5/import/course-structure.ts).
  structure jsonb NOT NULL,
  au_count integer NOT NULL CHECK (au_count >= 1),
  file_count integer NOT NULL CHECK (file_count >= 0),
  original_name text NOT NULL,
  imported_by uuid,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, content_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, imported_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (imported_by)
);

-- The files of a zipped course, served on the content origin by their path in the zip.
CREATE TABLE cmi5_files (
  organisation_id uuid NOT NULL,
  content_id uuid NOT NULL,
  path text NOT NULL,
  storage_key text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  content_type text NOT NULL,
  PRIMARY KEY (organisation_id, content_id, path),
  FOREIGN KEY (organisation_id, content_id) REFERENCES cmi5_courses (organisation_id, content_id) ON DELETE CASCADE
);

-- One registration per learner and course (cmi5: the registration ties every session together).
-- satisfied_nodes: the blocks and the course whose satisfied statement the LMS has written.
CREATE TABLE cmi5_registrations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  person_id uuid NOT NULL,
  satisfied_nodes text[] NOT NULL DEFAULT '{}',
  satisfied_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, content_id, person_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES cmi5_courses (organisation_id, content_id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- What an AU reported within a registration (its moveOn is evaluated on these).
CREATE TABLE cmi5_au_states (
  organisation_id uuid NOT NULL,
  registration_id uuid NOT NULL,
  au_id text NOT NULL, -- the AU's id in the course structure
  completed_at timestamptz,
  passed_at timestamptz,
  failed_at timestamptz,
  score_scaled double precision CHECK (score_scaled BETWEEN -1 AND 1),
  satisfied_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, registration_id, au_id),
  FOREIGN KEY (organisation_id, registration_id) REFERENCES cmi5_registrations (organisation_id, id) ON DELETE CASCADE
);

-- A launch of an AU. The fetch token is handed out once (fetch_used_at); the auth token it yields is
-- what the AU's LRS requests carry. Both are stored only as sha256 hashes and are looked up before
-- the organisation is known, like API tokens.
CREATE TABLE cmi5_sessions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  registration_id uuid NOT NULL,
  au_id text NOT NULL,
  launch_mode text NOT NULL CHECK (launch_mode IN ('Normal', 'Browse', 'Review')),
  status text NOT NULL DEFAULT 'launched' CHECK (status IN ('launched', 'initialized', 'terminated', 'abandoned')),
  fetch_token_hash text NOT NULL,
  fetch_used_at timestamptz,
  auth_token_hash text,
  launched_at timestamptz NOT NULL DEFAULT now(),
  initialized_at timestamptz,
  ended_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, registration_id) REFERENCES cmi5_registrations (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX cmi5_sessions_fetch ON cmi5_sessions (fetch_token_hash);
CREATE UNIQUE INDEX cmi5_sessions_auth ON cmi5_sessions (auth_token_hash) WHERE auth_token_hash IS NOT NULL;
CREATE INDEX cmi5_sessions_open ON cmi5_sessions (organisation_id, registration_id)
  WHERE status IN ('launched', 'initialized');

-- The LRS credential the cmi5 module writes and reads with on behalf of sessions (one per
-- organisation), its secret sealed with the server's secret (AES-GCM).
CREATE TABLE cmi5_lrs_access (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  credential_id uuid NOT NULL,
  credential_key text NOT NULL,
  sealed_secret text NOT NULL,
  PRIMARY KEY (organisation_id)
);
