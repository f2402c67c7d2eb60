-- LTI replay memory (issue 19). Every JWT a tool signs and sends us — client assertions at the token
-- endpoint, deep-linking answers — is accepted once: its jti (or, for a deep-linking answer without
-- one, its nonce) is remembered until the token would have expired anyway, then pruned nightly.
CREATE TABLE lti_seen_tokens (
  organisation_id uuid NOT NULL,
  tool_id uuid NOT NULL,
  token_id text NOT NULL CHECK (length(token_id) BETWEEN 1 AND 512),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, tool_id, token_id),
  FOREIGN KEY (organisation_id, tool_id) REFERENCES lti_tools (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX lti_seen_tokens_expiry ON lti_seen_tokens (expires_at);
