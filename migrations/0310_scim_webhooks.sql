-- Fitting into the organisation's IT (issue 20): SCIM 2.0 provisioning and outgoing webhooks.

-- SCIM bearer tokens, one or more per organisation, made and revoked by the owner. Only the SHA-256 of
-- the secret is kept; the secret is shown once, in the answer that makes it.
CREATE TABLE scim_tokens (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL,
  token_prefix text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX scim_tokens_hash ON scim_tokens (token_hash);

-- Who SCIM manages: a person the identity provider created or claimed. The people screens show these
-- fields read-only; the HR import leaves them alone (docs/INTEGRATIONS.md). `user_name` is what the
-- identity provider calls them (answered back as sent); `deleted_at` after a SCIM DELETE (the person
-- stays, as left, for their history; SCIM answers 404 from then on).
CREATE TABLE scim_people (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  external_id text,
  user_name text NOT NULL,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX scim_people_external ON scim_people (organisation_id, external_id) WHERE external_id IS NOT NULL;

-- SCIM groups; each may map to an org unit (members are placed in it) or a role (members get it).
CREATE TABLE scim_groups (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  external_id text,
  org_unit_id uuid,
  role text CHECK (role IN ('coach', 'ambassador', 'works_council')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (org_unit_id IS NULL OR role IS NULL)
);
CREATE UNIQUE INDEX scim_groups_name ON scim_groups (organisation_id, lower(display_name));

CREATE TABLE scim_group_members (
  organisation_id uuid NOT NULL,
  group_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, group_id, person_id),
  FOREIGN KEY (organisation_id, group_id) REFERENCES scim_groups (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- Webhook subscriptions: an address (sealed with the server's secret: it often carries a key) and the
-- events it wants. The signing secret (Standard Webhooks, whsec_…) is sealed too: it is needed to sign.
-- After `failure_streak` reaches the limit the subscription is switched off and the owner told.
CREATE TABLE webhook_subscriptions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
  url_sealed text NOT NULL,
  url_host text NOT NULL,
  secret_sealed text NOT NULL,
  events text[] NOT NULL CHECK (cardinality(events) > 0),
  is_enabled boolean NOT NULL DEFAULT true,
  disabled_reason text,
  failure_streak integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);

-- One message to one subscription, with its attempts: the delivery log (kept 30 days).
CREATE TABLE webhook_deliveries (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  subscription_id uuid NOT NULL,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, subscription_id) REFERENCES webhook_subscriptions (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (organisation_id, subscription_id, created_at DESC);
