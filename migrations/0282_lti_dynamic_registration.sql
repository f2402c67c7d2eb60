-- LTI Dynamic Registration (issue 19): L&D starts a registration for a tool's registration URL; the
-- tool receives our openid-configuration address and a one-time registration token, and registers
-- itself by posting its client registration to us. The token is stored as a sha256 hash, lives an
-- hour and is used once; it carries what L&D chose (the privacy of launches).
CREATE TABLE lti_registration_tokens (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  tool_url text NOT NULL,
  privacy text NOT NULL CHECK (privacy IN ('anonymous', 'name', 'name_email')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  tool_id uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by),
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE SET NULL (tool_id)
);

-- How the tool registered, for the admin screen ('manual' or 'dynamic').
ALTER TABLE lti_tools ADD COLUMN registered_by text NOT NULL DEFAULT 'manual'
  CHECK (registered_by IN ('manual', 'dynamic'));
