-- Campaigns, the themes calendar and nudges (issue 17, steps 1, 2 and 4): keeping learning top of mind
-- without flooding people. Every message to a person (a campaign e-mail, a nudge) is written to the
-- contact log, and the organisation's weekly cap per person is counted there, across campaigns and nudges.

-- Per organisation: the weekly contact cap, quiet hours (wall-clock, the organisation's time zone), which
-- nudge kinds are on, and the Teams/Slack incoming webhook. Its address and signing secret are sealed
-- (AES-256-GCM with the server's secret) and never leave the server.
CREATE TABLE campaign_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  weekly_cap integer NOT NULL DEFAULT 3 CHECK (weekly_cap BETWEEN 0 AND 50),
  quiet_from time NOT NULL DEFAULT '18:00',
  quiet_until time NOT NULL DEFAULT '08:00',
  nudge_kinds text[] NOT NULL DEFAULT '{not_started,stalled,due_soon,agreement_followup,block_tomorrow,teammate_finished}',
  webhook_kind text CHECK (webhook_kind IN ('teams', 'slack')),
  webhook_url_sealed text,
  webhook_secret_sealed text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((webhook_kind IS NULL) = (webhook_url_sealed IS NULL))
);

CREATE TABLE campaigns (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- What it serves: an organisation goal, a skill or a theme of the calendar.
  goal_kind text CHECK (goal_kind IN ('organisation_goal', 'skill', 'theme')),
  goal_id uuid,
  -- Who it reaches: the catalogue's audience criteria (units with sub-units, roles); empty = everyone.
  audience jsonb NOT NULL DEFAULT '{}',
  starts_on date NOT NULL,
  sing_from date NOT NULL,
  shout_from date NOT NULL,
  ends_on date NOT NULL,
  -- The learning it promotes: [{ "type": "content"|"course"|"path", "id": uuid }].
  promoted jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'launched', 'stopped')),
  launched_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK ((goal_kind IS NULL) = (goal_id IS NULL)),
  CHECK (starts_on <= sing_from AND sing_from <= shout_from AND shout_from <= ends_on)
);

CREATE TABLE campaign_messages (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL,
  phase text NOT NULL CHECK (phase IN ('hum', 'sing', 'shout')),
  channel text NOT NULL CHECK (channel IN ('banner', 'card', 'announcement', 'email', 'chat')),
  send_on date NOT NULL,
  title_nl text NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
  body_nl text NOT NULL DEFAULT '' CHECK (length(body_nl) <= 4000),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  body_en text NOT NULL DEFAULT '' CHECK (length(body_en) <= 4000),
  -- Where a click leads inside the app (/learning/...); tracked on the way.
  link text CHECK (link IS NULL OR link ~ '^/[^/]'),
  position integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sent', 'failed')),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  -- For the announcement channel: the scheduled announcement made at launch.
  announcement_id uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaigns (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX campaign_messages_due ON campaign_messages (send_on) WHERE status = 'planned';
CREATE INDEX campaign_messages_campaign ON campaign_messages (organisation_id, campaign_id, position);

-- Every contact with a person: a campaign message they received or saw (reach, opens, clicks) or a nudge.
-- The weekly cap counts rows with counts_to_cap over the last seven days.
CREATE TABLE campaign_contacts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('campaign', 'nudge')),
  message_id uuid,
  campaign_id uuid,
  nudge_kind text CHECK (nudge_kind IN ('not_started', 'stalled', 'due_soon', 'agreement_followup', 'block_tomorrow', 'teammate_finished')),
  -- What a nudge is about (an enrolment, a follow-up, a block), so it is not sent about it twice.
  subject_key text,
  counts_to_cap boolean NOT NULL DEFAULT true,
  sent_at timestamptz NOT NULL DEFAULT now(),
  opened_at timestamptz,
  clicked_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaigns (organisation_id, id) ON DELETE CASCADE,
  CHECK ((source = 'campaign') = (message_id IS NOT NULL)),
  CHECK ((source = 'nudge') = (nudge_kind IS NOT NULL))
);
CREATE INDEX campaign_contacts_week ON campaign_contacts (organisation_id, person_id, sent_at DESC) WHERE counts_to_cap;
CREATE UNIQUE INDEX campaign_contacts_message_once ON campaign_contacts (organisation_id, message_id, person_id) WHERE message_id IS NOT NULL;
CREATE INDEX campaign_contacts_campaign ON campaign_contacts (organisation_id, campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX campaign_contacts_nudge ON campaign_contacts (organisation_id, person_id, nudge_kind, subject_key) WHERE nudge_kind IS NOT NULL;

-- A person's opt-outs per nudge kind.
CREATE TABLE nudge_opt_outs (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  nudge_kind text NOT NULL CHECK (nudge_kind IN ('not_started', 'stalled', 'due_soon', 'agreement_followup', 'block_tomorrow', 'teammate_finished')),
  PRIMARY KEY (organisation_id, person_id, nudge_kind),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

-- The themes calendar: a period (month/day to month/day; yearly, or once in a given year) with linked
-- learning that rises on home and in the catalogue during it. L&D is reminded two weeks ahead.
CREATE TABLE campaign_themes (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  description_nl text NOT NULL DEFAULT '' CHECK (length(description_nl) <= 2000),
  description_en text NOT NULL DEFAULT '' CHECK (length(description_en) <= 2000),
  -- Yearly themes keep only month and day of these dates (their year is ignored); one-off themes use them as is.
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  recurrence text NOT NULL DEFAULT 'yearly' CHECK (recurrence IN ('yearly', 'once')),
  learning jsonb NOT NULL DEFAULT '[]',
  starter_key text,
  -- The start date the last two-weeks-ahead reminder was for (once per occurrence).
  reminded_for date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (ends_on >= starts_on AND ends_on - starts_on <= 366)
);
CREATE UNIQUE INDEX campaign_themes_starter ON campaign_themes (organisation_id, starter_key) WHERE starter_key IS NOT NULL;
