-- Foundation: organisations (tenants), org units, people, roles, sign-in, audit events, mail outbox.
-- Every domain table is keyed by organisation_id first, and references between tenant rows use
-- composite foreign keys (organisation_id, id) so a row can never point into another organisation.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can back indexes and generated columns.
CREATE FUNCTION fold_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  default_locale text NOT NULL DEFAULT 'nl' CHECK (default_locale IN ('nl', 'en')),
  settings jsonb NOT NULL DEFAULT '{}',
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_units (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  code text,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL DEFAULT 'team' CHECK (kind IN ('organisation', 'division', 'department', 'team')),
  head_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, parent_id) REFERENCES org_units (organisation_id, id)
);
CREATE UNIQUE INDEX org_units_code ON org_units (organisation_id, lower(code)) WHERE code IS NOT NULL;
CREATE INDEX org_units_parent ON org_units (organisation_id, parent_id);

CREATE TABLE people (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_number text,
  email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name_prefix text,
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  job_title text,
  org_unit_id uuid,
  manager_id uuid,
  start_date date,
  end_date date,
  locale text CHECK (locale IN ('nl', 'en')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leaving', 'left')),
  password_hash text,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_text text GENERATED ALWAYS AS (
    fold_text(
      given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name || ' ' || email || ' ' ||
      coalesce(employee_number, '') || ' ' || coalesce(job_title, '')
    )
  ) STORED,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id),
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id),
  CHECK (manager_id IS NULL OR manager_id <> id)
);
CREATE UNIQUE INDEX people_email ON people (organisation_id, email);
CREATE UNIQUE INDEX people_employee_number ON people (organisation_id, employee_number) WHERE employee_number IS NOT NULL;
CREATE INDEX people_email_global ON people (email);
CREATE INDEX people_unit ON people (organisation_id, org_unit_id);
CREATE INDEX people_manager ON people (organisation_id, manager_id);
CREATE INDEX people_sort_name ON people (organisation_id, fold_text(family_name), fold_text(given_name), id);
CREATE INDEX people_search ON people USING gin (search_text gin_trgm_ops);

ALTER TABLE org_units
  ADD FOREIGN KEY (organisation_id, head_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (head_id);

-- Roles beyond "employee" (everyone) and "manager" (derived from having reports).
CREATE TABLE person_roles (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('ld_admin', 'hr_admin', 'coach', 'ambassador', 'works_council', 'owner')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, role),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX person_roles_role ON person_roles (organisation_id, role);

CREATE TABLE sessions (
  organisation_id uuid NOT NULL,
  id text NOT NULL, -- sha256 of the cookie value; the cookie itself is never stored
  person_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_agent text,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX sessions_id ON sessions (id);
CREATE INDEX sessions_person ON sessions (organisation_id, person_id);

-- One-time links sent by e-mail: invitations and password resets.
CREATE TABLE auth_links (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
  token_hash text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX auth_links_token ON auth_links (token_hash);
CREATE INDEX auth_links_person ON auth_links (organisation_id, person_id, purpose);

CREATE TABLE api_tokens (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL,
  token_prefix text NOT NULL,
  scopes text[] NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);

-- Sign-in attempts happen before the organisation is known, so this is one of two global tables.
CREATE TABLE sign_in_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  client_ip text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempts_ip ON sign_in_attempts (client_ip, attempted_at);

-- The audit log: every mutation writes one row in the same transaction.
CREATE TABLE events (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  actor_person_id uuid,
  actor_token_id uuid,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX events_subject ON events (organisation_id, subject_type, subject_id);
CREATE INDEX events_created ON events (organisation_id, created_at DESC);

-- Mail is written here in the transaction that causes it, then delivered (SMTP) or kept (no SMTP).
CREATE TABLE outbox_messages (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX outbox_unsent ON outbox_messages (created_at) WHERE sent_at IS NULL;

-- HR import: the uploaded file waits here between preview and import, so any app instance can finish it.
CREATE TABLE import_uploads (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  content bytea NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  imported_at timestamptz,
  PRIMARY KEY (organisation_id, id)
);

-- The last column mapping used per import kind, offered again next time.
CREATE TABLE import_mappings (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL,
  mapping jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, kind)
);
