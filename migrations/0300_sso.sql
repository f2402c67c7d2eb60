-- Single sign-on (issue 20, the SSO part): one identity provider per organisation, OpenID Connect or
-- SAML 2.0, configured by the owner. Secrets (the OIDC client secret) are sealed with the server's
-- secret (AES-256-GCM) and never leave the server.
CREATE TABLE sso_connections (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  protocol text NOT NULL CHECK (protocol IN ('oidc', 'saml')),
  -- The name on the sign-in button: "Inloggen met <display_name>".
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
  is_enabled boolean NOT NULL DEFAULT false,
  -- optional: passwords still work; required: only the break-glass owners may use a password.
  mode text NOT NULL DEFAULT 'optional' CHECK (mode IN ('optional', 'required')),
  -- Which claim finds the person: their e-mail address or their employee number.
  match_by text NOT NULL DEFAULT 'email' CHECK (match_by IN ('email', 'employee_number')),
  -- The claim (OIDC) or attribute (SAML) holding the employee number, when matching by it.
  employee_number_claim text,
  -- Someone unknown is created on first sign-in (with the e-mail and names the IdP sends).
  creates_people boolean NOT NULL DEFAULT false,
  break_glass_person_ids uuid[] NOT NULL DEFAULT '{}',
  oidc_issuer text,
  oidc_client_id text,
  oidc_client_secret_sealed text,
  saml_idp_metadata_url text,
  saml_idp_metadata_xml text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);

-- The e-mail domains whose people the sign-in page sends to this organisation's IdP. A domain belongs to
-- one organisation at most (first come); the IdP still only signs in people of that organisation.
CREATE TABLE sso_domains (
  domain text PRIMARY KEY CHECK (domain = lower(domain)),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE
);
CREATE INDEX sso_domains_organisation ON sso_domains (organisation_id);

-- A sign-in under way at the IdP (ten minutes): state, nonce and PKCE verifier (OIDC) or the
-- AuthnRequest id (SAML), bound to the browser that started it by the hash of a cookie.
CREATE TABLE sso_logins (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  state_hash text PRIMARY KEY,
  browser_hash text NOT NULL,
  nonce text,
  code_verifier text,
  saml_request_id text,
  redirect_to text NOT NULL DEFAULT '/',
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- SAML assertion ids seen, kept until the assertion would have expired anyway: replay protection.
CREATE TABLE sso_assertions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  assertion_id text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, assertion_id)
);

-- Which Groeipad sessions an IdP started, with the ID token for RP-initiated logout (sealed).
CREATE TABLE sso_sessions (
  organisation_id uuid NOT NULL,
  session_id text NOT NULL,
  protocol text NOT NULL CHECK (protocol IN ('oidc', 'saml')),
  id_token_sealed text,
  PRIMARY KEY (organisation_id, session_id),
  FOREIGN KEY (organisation_id, session_id) REFERENCES sessions (organisation_id, id) ON DELETE CASCADE
);
