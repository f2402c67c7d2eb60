-- A row per seat of a session (issue 15, sign-ups at speed). A sign-up claims a free seat row with
-- UPDATE … WHERE seat = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1), so sign-ups for one session each
-- lock a different row and their commits run side by side; the counter on the session row (0252) made
-- them take turns, each holding the row through its durable commit. A seat holds at most one
-- registration (unique), so confirmed registrations can never outnumber the seat rows; the rows are
-- kept at max(seats, confirmed) by the changes that hold the session row (FOR UPDATE), see
-- docs/EVENTS.md.
CREATE TABLE event_seats (
  organisation_id uuid NOT NULL,
  session_id uuid NOT NULL,
  seat integer NOT NULL CHECK (seat >= 1),
  registration_id uuid,
  PRIMARY KEY (organisation_id, session_id, seat),
  UNIQUE (organisation_id, registration_id),
  FOREIGN KEY (organisation_id, session_id) REFERENCES event_sessions (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, registration_id) REFERENCES event_registrations (organisation_id, id)
    ON DELETE SET NULL (registration_id)
);
-- The free seats, lowest first: what a claim reads.
CREATE INDEX event_seats_free ON event_seats (organisation_id, session_id, seat) WHERE registration_id IS NULL;

-- Every session gets max(seats, confirmed) rows; its confirmed registrations hold the first ones in
-- sign-up order.
INSERT INTO event_seats (organisation_id, session_id, seat)
SELECT s.organisation_id, s.id, n
  FROM event_sessions s,
       generate_series(1, greatest(s.seats, (SELECT count(*)::int FROM event_registrations r
         WHERE r.organisation_id = s.organisation_id AND r.session_id = s.id AND r.status = 'confirmed'))) AS n;
UPDATE event_seats e
   SET registration_id = c.id
  FROM (SELECT organisation_id, session_id, id,
               row_number() OVER (PARTITION BY organisation_id, session_id ORDER BY signed_up_at, id) AS seat
          FROM event_registrations WHERE status = 'confirmed') c
 WHERE e.organisation_id = c.organisation_id AND e.session_id = c.session_id AND e.seat = c.seat;

ALTER TABLE event_sessions DROP COLUMN taken;
