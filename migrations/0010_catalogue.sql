-- Catalogue and learning: files, content items with a version per language, courses, learning paths,
-- tags (learning_links), enrolments, progress, quiz attempts, certificates, audience rules, ratings and
-- the xAPI statement store. Links to other modules' rows (skills, goals, ...) are uuids without FKs.

CREATE TABLE files (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  purpose text NOT NULL CHECK (purpose IN ('video', 'audio', 'document', 'captions', 'image')),
  content_type text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  storage_key text NOT NULL,
  original_name text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE content_items (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  owner_id uuid,
  duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1000),
  pass_mark integer CHECK (pass_mark BETWEEN 0 AND 100),
  shuffle_questions boolean NOT NULL DEFAULT false,
  max_attempts integer CHECK (max_attempts BETWEEN 1 AND 100),
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, owner_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (owner_id)
);
CREATE INDEX content_items_status ON content_items (organisation_id, status, published_at DESC);

-- One version per language; the player picks the person's language, else any.
CREATE TABLE content_versions (
  organisation_id uuid NOT NULL,
  item_id uuid NOT NULL,
  language text NOT NULL CHECK (language IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '',
  body_html text NOT NULL DEFAULT '', -- sanitised on write (articles, assignment instructions)
  file_id uuid,
  captions_file_id uuid,
  external_url text,
  questions jsonb NOT NULL DEFAULT '[]', -- quiz question bank, validated by the service
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, summary), 'B')
  ) STORED,
  search_text text GENERATED ALWAYS AS (fold_text(title || ' ' || summary)) STORED,
  PRIMARY KEY (organisation_id, item_id, language),
  FOREIGN KEY (organisation_id, item_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, file_id) REFERENCES files (organisation_id, id),
  FOREIGN KEY (organisation_id, captions_file_id) REFERENCES files (organisation_id, id)
);
CREATE INDEX content_versions_fts ON content_versions USING gin (search_vector);
CREATE INDEX content_versions_trgm ON content_versions USING gin (search_text gin_trgm_ops);

CREATE TABLE courses (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  language text NOT NULL CHECK (language IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  owner_id uuid,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, summary), 'B')
  ) STORED,
  search_text text GENERATED ALWAYS AS (fold_text(title || ' ' || summary)) STORED,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, owner_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (owner_id)
);
CREATE INDEX courses_fts ON courses USING gin (search_vector);
CREATE INDEX courses_trgm ON courses USING gin (search_text gin_trgm_ops);

CREATE TABLE course_sections (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL,
  position integer NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, course_id) REFERENCES courses (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX course_sections_course ON course_sections (organisation_id, course_id, position);

CREATE TABLE course_modules (
  organisation_id uuid NOT NULL,
  course_id uuid NOT NULL,
  section_id uuid NOT NULL,
  position integer NOT NULL,
  content_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, course_id, content_id),
  FOREIGN KEY (organisation_id, course_id) REFERENCES courses (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, section_id) REFERENCES course_sections (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id)
);
CREATE INDEX course_modules_content ON course_modules (organisation_id, content_id);

CREATE TABLE course_prerequisites (
  organisation_id uuid NOT NULL,
  course_id uuid NOT NULL,
  required_course_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, course_id, required_course_id),
  FOREIGN KEY (organisation_id, course_id) REFERENCES courses (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, required_course_id) REFERENCES courses (organisation_id, id) ON DELETE CASCADE,
  CHECK (course_id <> required_course_id)
);

CREATE TABLE learning_paths (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  language text NOT NULL CHECK (language IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  is_ordered boolean NOT NULL DEFAULT true,
  copied_from_id uuid,
  owner_id uuid,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, summary), 'B')
  ) STORED,
  search_text text GENERATED ALWAYS AS (fold_text(title || ' ' || summary)) STORED,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, owner_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (owner_id)
);
CREATE INDEX learning_paths_fts ON learning_paths USING gin (search_vector);
CREATE INDEX learning_paths_trgm ON learning_paths USING gin (search_text gin_trgm_ops);

CREATE TABLE learning_path_steps (
  organisation_id uuid NOT NULL,
  path_id uuid NOT NULL,
  position integer NOT NULL,
  step_kind text NOT NULL CHECK (step_kind IN ('course', 'content')),
  step_id uuid NOT NULL, -- a course or content item; checked by the service
  due_days integer CHECK (due_days BETWEEN 1 AND 3650), -- deadline relative to enrolment
  PRIMARY KEY (organisation_id, path_id, position),
  FOREIGN KEY (organisation_id, path_id) REFERENCES learning_paths (organisation_id, id) ON DELETE CASCADE
);

-- What a content item, course or path serves: plain topics now; skills, values, competencies and goals
-- of other modules by uuid (no FK: those modules own their tables).
CREATE TABLE learning_links (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  target_kind text NOT NULL CHECK (target_kind IN ('topic', 'skill', 'value', 'competency', 'goal')),
  target_id uuid,
  label text,
  PRIMARY KEY (organisation_id, id),
  CHECK ((target_kind = 'topic') = (label IS NOT NULL AND target_id IS NULL))
);
CREATE INDEX learning_links_subject ON learning_links (organisation_id, subject_kind, subject_id);
CREATE INDEX learning_links_target ON learning_links (organisation_id, target_kind, target_id);
CREATE INDEX learning_links_label ON learning_links (organisation_id, fold_text(label)) WHERE label IS NOT NULL;

CREATE TABLE topic_follows (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (organisation_id, person_id, label),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE audience_rules (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  condition text NOT NULL CHECK (condition IN ('starts_within_days', 'is_manager', 'in_unit')),
  parameter text, -- days for starts_within_days, unit id for in_unit
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  due_days integer CHECK (due_days BETWEEN 1 AND 3650),
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE enrolments (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('self', 'assigned', 'rule')),
  assigned_by uuid,
  rule_id uuid,
  due_date date,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz,
  completed_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, rule_id) REFERENCES audience_rules (organisation_id, id) ON DELETE SET NULL (rule_id)
);
CREATE UNIQUE INDEX enrolments_once ON enrolments (organisation_id, person_id, subject_kind, subject_id);
CREATE INDEX enrolments_subject ON enrolments (organisation_id, subject_kind, subject_id);
CREATE INDEX enrolments_person_activity ON enrolments (organisation_id, person_id, last_activity_at DESC NULLS LAST);

CREATE TABLE content_progress (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  content_id uuid NOT NULL,
  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  position_seconds numeric(10, 2),
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (organisation_id, person_id, content_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX content_progress_recent ON content_progress (organisation_id, person_id, updated_at DESC);

CREATE TABLE quiz_attempts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  content_id uuid NOT NULL,
  language text NOT NULL,
  answers jsonb NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  passed boolean NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX quiz_attempts_person ON quiz_attempts (organisation_id, person_id, content_id, submitted_at);

-- On-the-job assignments: the learner reflects, their manager confirms.
CREATE TABLE assignment_submissions (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  content_id uuid NOT NULL,
  reflection text NOT NULL CHECK (length(reflection) BETWEEN 1 AND 10000),
  submitted_at timestamptz NOT NULL DEFAULT now(),
  confirmed_by uuid,
  confirmed_at timestamptz,
  PRIMARY KEY (organisation_id, person_id, content_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE certificates (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('course', 'path')),
  subject_id uuid NOT NULL,
  title text NOT NULL,
  recipient_name text NOT NULL,
  verification_code text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
-- Verification links are opened signed out, before the organisation is known.
CREATE UNIQUE INDEX certificates_code ON certificates (verification_code);
CREATE UNIQUE INDEX certificates_once ON certificates (organisation_id, person_id, subject_kind, subject_id);

CREATE TABLE ratings (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment text CHECK (length(comment) <= 2000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, subject_kind, subject_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX ratings_subject ON ratings (organisation_id, subject_kind, subject_id);

-- The platform's own xAPI 1.0.3 statement store: one row per learning event.
CREATE TABLE xapi_statements (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  verb text NOT NULL,
  object_kind text NOT NULL,
  object_id uuid NOT NULL,
  statement jsonb NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX xapi_statements_person ON xapi_statements (organisation_id, person_id, stored_at DESC);
CREATE INDEX xapi_statements_object ON xapi_statements (organisation_id, object_kind, object_id, stored_at DESC);
