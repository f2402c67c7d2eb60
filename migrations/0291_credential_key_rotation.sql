-- Open Badges issuer key rotation (issue 19). An organisation may hold several Ed25519 keys, numbered
-- 1, 2, …: the one not retired signs new credentials; every key stays published in the issuer's
-- controller document (and its did:web alias) for good, so credentials signed earlier keep verifying.
ALTER TABLE credential_issuers ADD COLUMN key_number integer NOT NULL DEFAULT 1 CHECK (key_number >= 1);
ALTER TABLE credential_issuers ADD COLUMN retired_at timestamptz;
ALTER TABLE credential_issuers DROP CONSTRAINT credential_issuers_pkey;
ALTER TABLE credential_issuers ADD PRIMARY KEY (organisation_id, key_number);
CREATE UNIQUE INDEX credential_issuers_signing ON credential_issuers (organisation_id) WHERE retired_at IS NULL;
