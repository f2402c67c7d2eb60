-- Announcements targeted by unit / role / everyone, per language, with read receipts and echoes;
-- in-app notifications for every module, with a per-person e-mail digest preference.

CREATE TABLE announcements (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  audience_kind text NOT NULL CHECK (audience_kind IN ('everyone', 'units', 'roles')),
  audience_unit_ids uuid[] NOT NULL DEFAULT '{}',
  audience_roles text[] NOT NULL DEFAULT '{}',
  -- NULL: a draft. In the future: scheduled.
  publish_at timestamptz,
  requires_acknowledgement boolean NOT NULL DEFAULT false,
  is_pinned boolean NOT NULL DEFAULT false,
  -- Echo: bring it back on the home feed every N days until echo_until (capped per person per week).
  echo_every_days integer CHECK (echo_every_days IS NULL OR echo_every_days BETWEEN 1 AND 90),
  echo_until date,
  -- When the audience got its in-app notification (at publication, also for scheduled ones).
  notified_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id)
);
CREATE INDEX announcements_published ON announcements (organisation_id, publish_at DESC) WHERE publish_at IS NOT NULL;

CREATE TABLE announcement_translations (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  announcement_id uuid NOT NULL,
  locale text NOT NULL CHECK (locale IN ('nl', 'en')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  -- Sanitised on the server before it is stored (a small allow-list of tags).
  body_html text NOT NULL,
  PRIMARY KEY (organisation_id, announcement_id, locale),
  FOREIGN KEY (organisation_id, announcement_id) REFERENCES announcements (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE announcement_receipts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  announcement_id uuid NOT NULL,
  person_id uuid NOT NULL,
  read_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  last_echoed_at timestamptz,
  PRIMARY KEY (organisation_id, announcement_id, person_id),
  FOREIGN KEY (organisation_id, announcement_id) REFERENCES announcements (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX announcement_receipts_person ON announcement_receipts (organisation_id, person_id);

-- Each time an echo is shown on someone's home feed, for the cap per person per week.
CREATE TABLE announcement_echoes (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  announcement_id uuid NOT NULL,
  person_id uuid NOT NULL,
  shown_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, announcement_id) REFERENCES announcements (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX announcement_echoes_person ON announcement_echoes (organisation_id, person_id, shown_at);

CREATE TABLE notifications (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  link text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  emailed_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX notifications_person ON notifications (organisation_id, person_id, created_at DESC);
CREATE INDEX notifications_undigested ON notifications (created_at) WHERE emailed_at IS NULL AND read_at IS NULL;

CREATE TABLE notification_preferences (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  email_digest text NOT NULL DEFAULT 'daily' CHECK (email_digest IN ('off', 'daily', 'weekly')),
  last_digest_at timestamptz,
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
