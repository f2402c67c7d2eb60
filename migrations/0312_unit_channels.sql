-- Issue 20: Teams and Slack channels per org unit (incoming webhooks). An announcement for a unit (or
-- for everyone) is posted to the channels of the units it reaches. The address carries the channel's
-- key, so it is sealed with the server's secret (core/secrets) and only its host is shown.
CREATE TABLE unit_channels (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('teams', 'slack')),
  url_sealed text NOT NULL,
  url_host text NOT NULL,
  -- The display name the owner gives the channel (null: shown by its unit); see 0292.
  name text CHECK (length(name) BETWEEN 1 AND 100),
  topics text[] NOT NULL CHECK (cardinality(topics) > 0 AND topics <@ ARRAY['announcements', 'campaigns', 'challenges']),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX unit_channels_unit ON unit_channels (organisation_id, org_unit_id);

-- One message to one channel, with its attempts (the job retries after 1, 2, 4, 8 minutes; 5 attempts).
CREATE TABLE unit_channel_posts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  channel_id uuid NOT NULL,
  topic text NOT NULL,
  text text NOT NULL CHECK (length(text) <= 4000),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, channel_id) REFERENCES unit_channels (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX unit_channel_posts_due ON unit_channel_posts (next_attempt_at) WHERE status = 'queued';
