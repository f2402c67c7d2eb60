-- Events, finished (issue 15): what an event costs and whether the manager approves a sign-up, events a
-- manager makes for their own team, sign-ups waiting for the manager, and feedback after attendance.
-- (This file sorts before 0210_events.sql, so it references content items and people, not sessions:
-- sessions are never deleted on their own, only with their event's content item.)

CREATE TABLE event_settings (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  content_id uuid NOT NULL,
  -- What a seat costs (cents, paid from the development budget); with a cost the manager approves sign-ups.
  cost_cents integer CHECK (cost_cents BETWEEN 0 AND 100000000),
  needs_approval boolean NOT NULL DEFAULT false,
  -- A manager's own event: only their direct reports (and they) see it and sign up. NULL: everyone.
  team_manager_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, content_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, team_manager_id) REFERENCES people (organisation_id, id) ON DELETE SET NULL (team_manager_id)
);
CREATE INDEX event_settings_team ON event_settings (organisation_id, team_manager_id) WHERE team_manager_id IS NOT NULL;

-- A sign-up for an event that costs budget waits here for the person's manager; approving signs them up
-- (a seat or the waitlist, as a sign-up does), declining tells them.
CREATE TABLE event_approval_requests (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  session_id uuid NOT NULL,
  person_id uuid NOT NULL,
  manager_id uuid NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'declined', 'withdrawn')),
  cost_cents integer,
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX event_approval_requests_open
  ON event_approval_requests (organisation_id, session_id, person_id) WHERE state = 'pending';
CREATE INDEX event_approval_requests_manager ON event_approval_requests (organisation_id, manager_id, state);

-- Feedback after attendance: one short form per attendee and session; the organiser sees the results.
CREATE TABLE event_feedback (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  content_id uuid NOT NULL,
  session_id uuid NOT NULL,
  person_id uuid NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  is_useful_for_work boolean NOT NULL,
  comment text CHECK (length(comment) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, session_id, person_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
