-- Knowledge space (issue 16): colleagues share tips, questions, resources and "wat ik geleerd heb".
-- One organisation-wide space, one per org unit, and topic spaces per skill or theme. Skills and
-- learning items are referenced by id without foreign keys (they belong to other modules; the
-- knowledge module checks them when a post is written). A hidden post stays in the table with the
-- moderator's reason; every read leaves it out for everyone but moderators.

CREATE TABLE knowledge_spaces (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('organisation', 'unit', 'topic')),
  org_unit_id uuid,
  skill_id uuid,
  name text CHECK (length(name) BETWEEN 1 AND 120),
  description text CHECK (length(description) <= 1000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by),
  CHECK ((kind = 'unit') = (org_unit_id IS NOT NULL)),
  CHECK (kind <> 'topic' OR name IS NOT NULL)
);
CREATE UNIQUE INDEX knowledge_spaces_one_organisation ON knowledge_spaces (organisation_id) WHERE kind = 'organisation';
CREATE UNIQUE INDEX knowledge_spaces_one_per_unit ON knowledge_spaces (organisation_id, org_unit_id) WHERE kind = 'unit';

CREATE TABLE knowledge_posts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  space_id uuid NOT NULL,
  -- NULL once the author left and asked for their posts to be anonymised.
  author_id uuid,
  kind text NOT NULL CHECK (kind IN ('tip', 'question', 'resource', 'learned')),
  language text NOT NULL CHECK (language IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body_html text NOT NULL DEFAULT '' CHECK (length(body_html) <= 50000),
  -- The sanitised body as plain text: what search reads.
  body_text text NOT NULL DEFAULT '',
  link_url text CHECK (length(link_url) BETWEEN 1 AND 2000),
  file_id uuid,
  -- "Wat ik geleerd heb": the finished learning (content, course or path) and how it was applied.
  learned_kind text CHECK (learned_kind IN ('content', 'course', 'path')),
  learned_id uuid,
  -- The learning's title when posted (a course or path may later be renamed or removed).
  learned_title text CHECK (length(learned_title) BETWEEN 1 AND 300),
  applied_text text CHECK (length(applied_text) BETWEEN 1 AND 2000),
  best_comment_id uuid,
  hidden_at timestamptz,
  hidden_by uuid,
  hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, body_text), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, coalesce(applied_text, '')), 'C')
  ) STORED,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, space_id) REFERENCES knowledge_spaces (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (author_id),
  FOREIGN KEY (organisation_id, hidden_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (hidden_by),
  FOREIGN KEY (organisation_id, file_id) REFERENCES files (organisation_id, id) ON DELETE SET NULL (file_id),
  CHECK ((kind = 'learned') = (learned_id IS NOT NULL AND learned_kind IS NOT NULL)),
  CHECK (kind = 'learned' OR applied_text IS NULL),
  CHECK (kind <> 'resource' OR link_url IS NOT NULL OR file_id IS NOT NULL),
  CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
-- The feeds: newest first, per space and organisation-wide, visible posts only.
CREATE INDEX knowledge_posts_feed ON knowledge_posts (organisation_id, created_at DESC, id DESC) WHERE hidden_at IS NULL;
CREATE INDEX knowledge_posts_space ON knowledge_posts (organisation_id, space_id, created_at DESC) WHERE hidden_at IS NULL;
CREATE INDEX knowledge_posts_author ON knowledge_posts (organisation_id, author_id);
CREATE INDEX knowledge_posts_learned ON knowledge_posts (organisation_id, learned_id) WHERE learned_id IS NOT NULL;
CREATE INDEX knowledge_posts_search ON knowledge_posts USING gin (search_vector);

CREATE TABLE knowledge_post_tags (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  post_id uuid NOT NULL,
  tag_kind text NOT NULL CHECK (tag_kind IN ('skill', 'content', 'course', 'path')),
  tag_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, post_id, tag_kind, tag_id),
  FOREIGN KEY (organisation_id, post_id) REFERENCES knowledge_posts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX knowledge_post_tags_tag ON knowledge_post_tags (organisation_id, tag_kind, tag_id);

CREATE TABLE knowledge_comments (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  author_id uuid,
  body_html text NOT NULL CHECK (length(body_html) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, post_id) REFERENCES knowledge_posts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (author_id)
);
CREATE INDEX knowledge_comments_post ON knowledge_comments (organisation_id, post_id, created_at);

CREATE TABLE knowledge_reactions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  post_id uuid NOT NULL,
  person_id uuid NOT NULL,
  reaction text NOT NULL CHECK (reaction IN ('like', 'thanks', 'insightful')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, post_id, person_id, reaction),
  FOREIGN KEY (organisation_id, post_id) REFERENCES knowledge_posts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE knowledge_saves (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  post_id uuid NOT NULL,
  person_id uuid NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, post_id),
  FOREIGN KEY (organisation_id, post_id) REFERENCES knowledge_posts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE knowledge_reports (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  reporter_id uuid,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, post_id, reporter_id),
  FOREIGN KEY (organisation_id, post_id) REFERENCES knowledge_posts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, reporter_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (reporter_id)
);
CREATE INDEX knowledge_reports_open ON knowledge_reports (organisation_id, created_at) WHERE resolved_at IS NULL;

-- Team moment: a manager's one-click question to their team and the short answers.
CREATE TABLE team_moment_questions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  manager_id uuid NOT NULL,
  question text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX team_moment_questions_manager ON team_moment_questions (organisation_id, manager_id, created_at DESC);

CREATE TABLE team_moment_answers (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  question_id uuid NOT NULL,
  person_id uuid NOT NULL,
  answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 500),
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, question_id, person_id),
  FOREIGN KEY (organisation_id, question_id) REFERENCES team_moment_questions (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
