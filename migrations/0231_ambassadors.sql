-- Ambassadors (issue 16, step 3): a profile for people with the ambassador role (their topics and what
-- they help with), collections of posts and catalogue items they curate, and their reach. Reach is
-- counted, never traced: a day's number of opens per post or collection, without who opened it.
-- Skills and catalogue items are referenced by id without foreign keys (other modules own them; the
-- knowledge module checks them when a profile or collection is written).

CREATE TABLE ambassador_profiles (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  headline text NOT NULL DEFAULT '' CHECK (length(headline) <= 160),
  helps_with text NOT NULL DEFAULT '' CHECK (length(helps_with) <= 1000),
  -- The topics L&D or the ambassador chose: skills of the framework.
  skill_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(skill_ids) <= 20),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE knowledge_collections (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- NULL once the curator left and asked for their contributions to be anonymised.
  curator_id uuid,
  space_id uuid,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, curator_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (curator_id),
  FOREIGN KEY (organisation_id, space_id) REFERENCES knowledge_spaces (organisation_id, id) ON DELETE SET NULL (space_id)
);
CREATE INDEX knowledge_collections_curator ON knowledge_collections (organisation_id, curator_id);

CREATE TABLE knowledge_collection_entries (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  collection_id uuid NOT NULL,
  position int NOT NULL CHECK (position BETWEEN 0 AND 49),
  entry_kind text NOT NULL CHECK (entry_kind IN ('post', 'item')),
  entry_id uuid NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 300),
  PRIMARY KEY (organisation_id, collection_id, position),
  UNIQUE (organisation_id, collection_id, entry_kind, entry_id),
  FOREIGN KEY (organisation_id, collection_id) REFERENCES knowledge_collections (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX knowledge_collection_entries_entry ON knowledge_collection_entries (organisation_id, entry_kind, entry_id);

-- Opens per day by someone other than the author or curator: a number, no person.
CREATE TABLE knowledge_reach_daily (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  subject_kind text NOT NULL CHECK (subject_kind IN ('post', 'collection')),
  subject_id uuid NOT NULL,
  day date NOT NULL,
  opens int NOT NULL DEFAULT 0 CHECK (opens >= 0),
  PRIMARY KEY (organisation_id, subject_kind, subject_id, day)
);
