-- Open Badges 3.0 credentials (issue 19): the organisation's issuer key, and every certificate and badge
-- award also issued as a signed OpenBadgeCredential with a place in the organisation's status list.

-- One Ed25519 key per organisation. The secret key is sealed with the server's secret (AES-256-GCM) and
-- only opened to sign; the public key is published as the issuer's verification method.
CREATE TABLE credential_issuers (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  public_key_multibase text NOT NULL,
  secret_key_sealed text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The signed credential is kept as issued (JSON-LD), so it verifies the same after the person has left.
-- status_index is its bit in the organisation's Bitstring Status List.
CREATE TABLE issued_credentials (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid,
  source_kind text NOT NULL CHECK (source_kind IN ('certificate', 'badge_award')),
  source_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  status_index integer NOT NULL CHECK (status_index >= 0 AND status_index < 131072),
  document jsonb NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid,
  revocation_reason text CHECK (length(revocation_reason) <= 500),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, source_kind, source_id),
  UNIQUE (organisation_id, status_index),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (person_id)
);
CREATE UNIQUE INDEX issued_credentials_id ON issued_credentials (id);
CREATE INDEX issued_credentials_person ON issued_credentials (organisation_id, person_id, issued_at DESC);
