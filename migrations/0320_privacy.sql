-- The person's data (issue 20): retention settings per kind of data, the erasure trail, organisation exports.

-- Months after a person's end date before each kind of their data is erased (absent kind: the default
-- in privacy.rules.ts). One row per organisation, written when HR first saves the settings.
CREATE TABLE privacy_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  retention_months jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What was erased, when and by whom (NULL: the retention job): never the erased data itself.
CREATE TABLE privacy_erasures (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('development', 'learning', 'skills', 'social', 'budgets', 'time', 'profile')),
  erased_at timestamptz NOT NULL DEFAULT now(),
  erased_by uuid,
  rows_changed integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, person_id, kind),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- The owner's export of the whole organisation: asked for, built by a job, downloaded when ready.
CREATE TABLE privacy_organisation_exports (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  requested_by uuid NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'ready', 'failed')),
  ready_at timestamptz,
  size_bytes integer,
  storage_key text,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, requested_by) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX privacy_organisation_exports_pending ON privacy_organisation_exports (state) WHERE state = 'pending';
