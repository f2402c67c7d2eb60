-- LTI 1.3 Advantage, Groeipad as the platform (issue 19). An organisation signs with its own RS256
-- key pairs (private keys sealed with the server's secret; a rotated key stays in the JWKS until it
-- expires). L&D registers tools; an external-tool catalogue item (kind 'lti') is a resource link to
-- one. Launches are logged; line items and scores (AGS) feed catalogue progress; the tool's service
-- calls carry short-lived access tokens stored as sha256 hashes.

ALTER TABLE content_items DROP CONSTRAINT content_items_kind_check;
ALTER TABLE content_items ADD CONSTRAINT content_items_kind_check
  CHECK (kind IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment', 'scorm', 'cmi5', 'event', 'lti'));

CREATE TABLE lti_platform_keys (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kid text NOT NULL,
  public_jwk jsonb NOT NULL,
  private_key_sealed text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz, -- no longer signs
  expires_at timestamptz, -- leaves the JWKS (tools may still verify tokens signed before)
  PRIMARY KEY (organisation_id, kid)
);
CREATE UNIQUE INDEX lti_platform_keys_current ON lti_platform_keys (organisation_id) WHERE retired_at IS NULL;

-- client_id is made by Groeipad and unique over all organisations: the token endpoint finds the
-- organisation by it before anyone is known.
CREATE TABLE lti_tools (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  client_id text NOT NULL UNIQUE,
  deployment_id text NOT NULL,
  login_url text NOT NULL,
  launch_url text NOT NULL,
  redirect_urls text[] NOT NULL,
  deep_link_url text,
  jwks_url text,
  public_jwk jsonb,
  privacy text NOT NULL DEFAULT 'anonymous' CHECK (privacy IN ('anonymous', 'name', 'name_email')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (jwks_url IS NOT NULL OR public_jwk IS NOT NULL)
);

-- An external-tool item: the catalogue item is the resource link (and the LTI context).
CREATE TABLE lti_links (
  organisation_id uuid NOT NULL,
  content_id uuid NOT NULL,
  tool_id uuid NOT NULL,
  target_url text,
  custom jsonb NOT NULL DEFAULT '{}',
  presentation text NOT NULL DEFAULT 'window' CHECK (presentation IN ('window', 'iframe')),
  PRIMARY KEY (organisation_id, content_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE CASCADE
);

-- Every launch (resource link or deep linking). The login hint handed to the tool is one-time:
-- stored as a hash, used once within minutes.
CREATE TABLE lti_launches (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tool_id uuid NOT NULL,
  content_id uuid,
  person_id uuid NOT NULL,
  message_type text NOT NULL CHECK (message_type IN ('LtiResourceLinkRequest', 'LtiDeepLinkingRequest')),
  -- The learner as this tool knows them: opaque, the same for every launch of the tool.
  subject text NOT NULL,
  hint_hash text NOT NULL UNIQUE,
  -- Deep linking: the items the tool sent back, waiting for the admin to add them.
  returned_items jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX lti_launches_tool ON lti_launches (organisation_id, tool_id, created_at DESC);
CREATE INDEX lti_launches_subject ON lti_launches (organisation_id, tool_id, subject);

CREATE TABLE lti_line_items (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tool_id uuid NOT NULL,
  content_id uuid NOT NULL,
  label text NOT NULL,
  score_maximum double precision NOT NULL CHECK (score_maximum > 0),
  resource_id text,
  tag text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE
);

-- The latest score per person and line item (AGS: a newer timestamp replaces an older one).
CREATE TABLE lti_scores (
  organisation_id uuid NOT NULL,
  line_item_id uuid NOT NULL,
  person_id uuid NOT NULL,
  score_given double precision,
  score_maximum double precision,
  activity_progress text NOT NULL,
  grading_progress text NOT NULL,
  comment text,
  scored_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, line_item_id, person_id),
  FOREIGN KEY (organisation_id, line_item_id) REFERENCES lti_line_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE lti_access_tokens (
  token_hash text PRIMARY KEY,
  organisation_id uuid NOT NULL,
  tool_id uuid NOT NULL,
  scopes text[] NOT NULL,
  expires_at timestamptz NOT NULL,
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE CASCADE
);
