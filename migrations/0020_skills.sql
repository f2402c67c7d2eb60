-- Skills and careers (issue 4): the skill framework, its proficiency scale, job role profiles,
-- career paths between roles, ratings with their source, skills maps, rating and mentoring requests.
-- Only foundation tables are referenced by foreign key; other modules reach these rows by uuid.

CREATE TABLE skill_categories (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX skill_categories_name ON skill_categories (organisation_id, lower(name_nl));

CREATE TABLE skills (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  category_id uuid,
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  description_nl text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  synonyms text[] NOT NULL DEFAULT '{}',
  -- Where the skill came from: its own, the starter set, or a standard taxonomy (ESCO concept URI kept).
  source text NOT NULL DEFAULT 'own' CHECK (source IN ('own', 'starter', 'esco')),
  external_uri text,
  is_archived boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, category_id) REFERENCES skill_categories (organisation_id, id)
);
CREATE UNIQUE INDEX skills_name_nl ON skills (organisation_id, lower(name_nl));
CREATE UNIQUE INDEX skills_external_uri ON skills (organisation_id, external_uri) WHERE external_uri IS NOT NULL;

-- The organisation's proficiency scale; without rows the default five levels apply (skills.scale.ts).
CREATE TABLE skill_scale_levels (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  level integer NOT NULL CHECK (level BETWEEN 1 AND 9),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  descriptor_nl text NOT NULL,
  descriptor_en text NOT NULL,
  PRIMARY KEY (organisation_id, level)
);

CREATE TABLE job_roles (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  description_nl text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX job_roles_name ON job_roles (organisation_id, lower(name_nl));

CREATE TABLE job_role_skills (
  organisation_id uuid NOT NULL,
  job_role_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  target_level integer NOT NULL CHECK (target_level BETWEEN 1 AND 9),
  PRIMARY KEY (organisation_id, job_role_id, skill_id),
  FOREIGN KEY (organisation_id, job_role_id) REFERENCES job_roles (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, skill_id) REFERENCES skills (organisation_id, id)
);
CREATE INDEX job_role_skills_skill ON job_role_skills (organisation_id, skill_id);

-- Career paths are a graph: each row is one step "from this role you can grow into that role".
CREATE TABLE career_steps (
  organisation_id uuid NOT NULL,
  from_role_id uuid NOT NULL,
  to_role_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, from_role_id, to_role_id),
  FOREIGN KEY (organisation_id, from_role_id) REFERENCES job_roles (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, to_role_id) REFERENCES job_roles (organisation_id, id) ON DELETE CASCADE,
  CHECK (from_role_id <> to_role_id)
);

CREATE TABLE person_job_roles (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  job_role_id uuid NOT NULL,
  since date,
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, job_role_id) REFERENCES job_roles (organisation_id, id)
);
CREATE INDEX person_job_roles_role ON person_job_roles (organisation_id, job_role_id);

-- Every rating is kept: who said which level, when, and how they know (source).
CREATE TABLE skill_ratings (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('self', 'manager', 'peer', 'evidence')),
  level integer NOT NULL CHECK (level BETWEEN 1 AND 9),
  rater_id uuid,
  evidence_kind text CHECK (evidence_kind IN ('learning_completed', 'assessment_passed', 'other')),
  note text,
  rated_on date NOT NULL DEFAULT current_date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, skill_id) REFERENCES skills (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, rater_id) REFERENCES people (organisation_id, id),
  CHECK ((source = 'evidence') = (evidence_kind IS NOT NULL)),
  CHECK (source = 'evidence' OR rater_id IS NOT NULL)
);
CREATE INDEX skill_ratings_person ON skill_ratings (organisation_id, person_id, skill_id, rated_on DESC);
CREATE INDEX skill_ratings_skill ON skill_ratings (organisation_id, skill_id);

-- The skills map beyond ratings: what someone wants to grow, is interested in, or will mentor on.
CREATE TABLE person_skills (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  wants_to_grow boolean NOT NULL DEFAULT false,
  is_interest boolean NOT NULL DEFAULT false,
  willing_to_mentor boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, skill_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, skill_id) REFERENCES skills (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX person_skills_mentors ON person_skills (organisation_id, skill_id) WHERE willing_to_mentor;

CREATE TABLE rating_requests (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL, -- who asks to be rated
  rater_id uuid NOT NULL,
  skill_ids uuid[] NOT NULL CHECK (cardinality(skill_ids) BETWEEN 1 AND 100),
  message text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'declined')),
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, rater_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK (person_id <> rater_id)
);
CREATE INDEX rating_requests_rater ON rating_requests (organisation_id, rater_id) WHERE status = 'open';
CREATE INDEX rating_requests_person ON rating_requests (organisation_id, person_id);

CREATE TABLE mentoring_requests (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  mentor_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  message text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, mentor_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, skill_id) REFERENCES skills (organisation_id, id) ON DELETE CASCADE,
  CHECK (person_id <> mentor_id)
);
