-- "Mijn eigen route": a learning route an employee composes from catalogue learning and outside
-- resources (a link, a book, a conversation with a colleague). Private until shared with the manager
-- (who may comment) or published for colleagues to copy. The plan goal it serves is a uuid without FK
-- (plans builds on catalogue; the plans module checks it through a port).
CREATE TABLE own_routes (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 2000),
  plan_goal_id uuid,
  shared_at timestamptz,
  published_at timestamptz,
  copied_from_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX own_routes_person ON own_routes (organisation_id, person_id);
CREATE INDEX own_routes_published ON own_routes (organisation_id, published_at DESC) WHERE published_at IS NOT NULL;

CREATE TABLE own_route_steps (
  organisation_id uuid NOT NULL,
  route_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  position integer NOT NULL CHECK (position >= 0),
  kind text NOT NULL CHECK (kind IN ('content', 'course', 'path', 'link', 'book', 'conversation')),
  ref_id uuid, -- catalogue learning for content/course/path
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  url text CHECK (url IS NULL OR url ~ '^https?://'),
  done_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, route_id, position) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((kind IN ('content', 'course', 'path')) = (ref_id IS NOT NULL)),
  FOREIGN KEY (organisation_id, route_id) REFERENCES own_routes (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE own_route_comments (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL,
  author_id uuid,
  body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, route_id) REFERENCES own_routes (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (author_id)
);
CREATE INDEX own_route_comments_route ON own_route_comments (organisation_id, route_id, created_at);

-- How I like to learn: the catalogue and "for you" put this format first.
CREATE TABLE learner_preferences (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  preferred_format text CHECK (preferred_format IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment', 'course', 'path')),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
