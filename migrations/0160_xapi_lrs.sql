-- The learning record store (issue 14): Groeipad's own learning events and every outside tool's
-- xAPI statements in one store, read back through /xapi/ and the L&D screens.
-- pgcrypto gives digest(), for matching an actor's mbox_sha1sum against people's e-mail addresses.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- LRS credentials: HTTP Basic key (public, the user name) and secret (stored as a sha256 hash).
CREATE TABLE xapi_credentials (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  key text NOT NULL,
  secret_hash text NOT NULL,
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (organisation_id, id)
);
-- The key is looked up before the organisation is known (like an API token's hash).
CREATE UNIQUE INDEX xapi_credentials_key ON xapi_credentials (key);

-- Statement order and paging cursor: one sequence for the whole store, so `more` links stay stable
-- while statements keep arriving.
CREATE SEQUENCE xapi_statement_seq AS bigint;

ALTER TABLE xapi_statements RENAME TO xapi_statements_0010;
ALTER INDEX xapi_statements_pkey RENAME TO xapi_statements_0010_pk;

-- One row per statement. Filter columns are derived from the statement on ingest: agents and
-- activities as md5 uuids of their identifier (xapi/statements/statement-keys.ts), so indexes stay
-- narrow however long an IRI is. `stored` is the database clock, in whole milliseconds, so a client can
-- page with `since` on a value it read back. The key starts with organisation_id, the Citus distribution
-- column; time partitioning would move id uniqueness into a narrow (organisation_id, id) table.
CREATE TABLE xapi_statements (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  seq bigint NOT NULL DEFAULT nextval('xapi_statement_seq'),
  stored timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  verb_id text NOT NULL,
  actor_key uuid,
  object_agent_key uuid,
  activity_key uuid,
  registration uuid,
  statement_ref uuid,
  is_voiding boolean NOT NULL DEFAULT false,
  is_voided boolean NOT NULL DEFAULT false,
  related_agents uuid[] NOT NULL DEFAULT '{}',
  related_activities uuid[] NOT NULL DEFAULT '{}',
  has_attachments boolean NOT NULL DEFAULT false,
  person_id uuid,
  credential_id uuid,
  object_kind text,
  object_id uuid,
  statement jsonb NOT NULL,
  PRIMARY KEY (organisation_id, id)
);
ALTER SEQUENCE xapi_statement_seq OWNED BY xapi_statements.seq;

INSERT INTO xapi_statements (
  organisation_id, id, stored, verb_id, actor_key, activity_key, related_agents, related_activities,
  person_id, object_kind, object_id, statement
)
SELECT
  old.organisation_id, old.id, date_trunc('milliseconds', old.stored_at), old.statement -> 'verb' ->> 'id',
  keys.actor_key, keys.activity_key, ARRAY[keys.actor_key], ARRAY[keys.activity_key],
  old.person_id, old.object_kind, old.object_id, old.statement - 'stored'
FROM xapi_statements_0010 old
CROSS JOIN LATERAL (
  SELECT
    md5('account|' || replace(replace(old.statement -> 'actor' -> 'account' ->> 'homePage', '%', '%25'), '|', '%7C')
      || '|' || (old.statement -> 'actor' -> 'account' ->> 'name'))::uuid AS actor_key,
    md5(old.statement -> 'object' ->> 'id')::uuid AS activity_key
) keys
ORDER BY old.stored_at, old.id;
DROP TABLE xapi_statements_0010;

CREATE UNIQUE INDEX xapi_statements_seq ON xapi_statements (organisation_id, seq);
CREATE INDEX xapi_statements_stored ON xapi_statements (organisation_id, stored);
CREATE INDEX xapi_statements_actor ON xapi_statements (organisation_id, actor_key, seq);
CREATE INDEX xapi_statements_object_agent ON xapi_statements (organisation_id, object_agent_key, seq)
  WHERE object_agent_key IS NOT NULL;
CREATE INDEX xapi_statements_verb ON xapi_statements (organisation_id, verb_id, seq);
CREATE INDEX xapi_statements_activity ON xapi_statements (organisation_id, activity_key, seq)
  WHERE activity_key IS NOT NULL;
CREATE INDEX xapi_statements_registration ON xapi_statements (organisation_id, registration, seq)
  WHERE registration IS NOT NULL;
-- Statements that point at another statement: voiding, and the StatementRef rule of the filters.
CREATE INDEX xapi_statements_ref ON xapi_statements (organisation_id, statement_ref)
  WHERE statement_ref IS NOT NULL;
CREATE INDEX xapi_statements_related_agents ON xapi_statements USING gin (related_agents)
  WITH (gin_pending_list_limit = 256);
CREATE INDEX xapi_statements_related_activities ON xapi_statements USING gin (related_activities)
  WITH (gin_pending_list_limit = 256);
CREATE INDEX xapi_statements_person ON xapi_statements (organisation_id, person_id, seq)
  WHERE person_id IS NOT NULL;
CREATE INDEX xapi_statements_catalogue ON xapi_statements (organisation_id, object_kind, object_id, seq)
  WHERE object_kind IS NOT NULL;
CREATE INDEX xapi_statements_credential ON xapi_statements (organisation_id, credential_id, seq)
  WHERE credential_id IS NOT NULL;

-- Attachment contents, once per organisation and SHA-2 (statements refer to them by hash).
CREATE TABLE xapi_attachments (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  sha2 text NOT NULL,
  content_type text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, sha2)
);

-- The canonical definition of each activity (the Activities resource and format=canonical).
CREATE TABLE xapi_activities (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  activity_key uuid NOT NULL,
  activity_id text NOT NULL,
  definition jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, activity_key)
);

-- Merging a definition sent again: later properties win, names and descriptions gain languages
-- (xAPI Communication 2.5: the activity holds what every statement told about it).
CREATE FUNCTION xapi_merge_definition(current jsonb, incoming jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN current IS NULL THEN incoming
    WHEN incoming IS NULL THEN current
    ELSE current || incoming
      || CASE WHEN current ? 'name' OR incoming ? 'name'
           THEN jsonb_build_object('name', coalesce(current -> 'name', '{}') || coalesce(incoming -> 'name', '{}'))
           ELSE '{}' END
      || CASE WHEN current ? 'description' OR incoming ? 'description'
           THEN jsonb_build_object('description',
             coalesce(current -> 'description', '{}') || coalesce(incoming -> 'description', '{}'))
           ELSE '{}' END
  END
$$;

-- Every actor seen, and the person it is matched to (automatically by mbox, mbox_sha1sum or
-- account, or by L&D). Actors without a person are the unmatched-actors list.
CREATE TABLE xapi_actors (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  agent_key uuid NOT NULL,
  agent jsonb NOT NULL,
  name text,
  person_id uuid,
  matched_by text CHECK (matched_by IN ('mbox', 'mbox_sha1sum', 'account', 'manual')),
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, agent_key),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id),
  CHECK ((person_id IS NULL) = (matched_by IS NULL))
);
CREATE INDEX xapi_actors_unmatched ON xapi_actors (organisation_id, first_seen_at DESC) WHERE person_id IS NULL;

-- State, activity profile and agent profile documents. Absent parts are NULL and equal to each other.
CREATE TABLE xapi_documents (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('state', 'activity_profile', 'agent_profile')),
  activity_key uuid,
  agent_key uuid,
  registration uuid,
  document_id text NOT NULL,
  content_type text NOT NULL,
  content bytea NOT NULL,
  etag text NOT NULL,
  updated timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  PRIMARY KEY (organisation_id, id),
  CONSTRAINT xapi_documents_identity UNIQUE NULLS NOT DISTINCT (
    organisation_id, kind, activity_key, agent_key, registration, document_id
  )
);
