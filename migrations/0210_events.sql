-- Events and workshops (issue 15): an event is a catalogue content item of kind 'event' with one or
-- more sessions (date, time, place or link, trainer, seats, sign-up deadline). Registrations are
-- confirmed or on the waitlist; the session row is locked while seats are counted, so two sign-ups
-- for the last seat give one seat and one waitlist place.

ALTER TABLE content_items DROP CONSTRAINT content_items_kind_check;
ALTER TABLE content_items ADD CONSTRAINT content_items_kind_check
  CHECK (kind IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment', 'scorm', 'cmi5', 'event'));

CREATE TABLE event_sessions (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  location text CHECK (length(location) BETWEEN 1 AND 200),
  online_url text CHECK (length(online_url) BETWEEN 1 AND 2000),
  trainer_id uuid,
  trainer_name text CHECK (length(trainer_name) BETWEEN 1 AND 200),
  seats integer NOT NULL CHECK (seats BETWEEN 1 AND 10000),
  signup_deadline timestamptz,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- iCalendar SEQUENCE of the invitations: bumped when time, place or status change (same UID).
  sequence integer NOT NULL DEFAULT 0,
  -- The secret in the door's QR code: whoever scans it, signed in and registered, is checked in.
  checkin_code text NOT NULL,
  reminded_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, trainer_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (trainer_id),
  FOREIGN KEY (organisation_id, created_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (created_by),
  CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
  CHECK (location IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX event_sessions_content ON event_sessions (organisation_id, content_id, starts_at);
CREATE INDEX event_sessions_upcoming ON event_sessions (starts_at) WHERE status = 'scheduled' AND reminded_at IS NULL;

CREATE TABLE event_registrations (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL,
  person_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  -- The waitlist's order: first come, first promoted (a new sign-up after cancelling starts at the back).
  signed_up_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  promoted_at timestamptz,
  cancelled_at timestamptz,
  attended_at timestamptz,
  checked_in_by uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, session_id, person_id),
  FOREIGN KEY (organisation_id, session_id) REFERENCES event_sessions (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  CHECK (attended_at IS NULL OR status = 'confirmed')
);
CREATE INDEX event_registrations_session ON event_registrations (organisation_id, session_id, status, signed_up_at);
CREATE INDEX event_registrations_person ON event_registrations (organisation_id, person_id);
