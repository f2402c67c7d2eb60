-- Leaderboards at scale (issue 16, bench/social.ts: 10,000 people with a month of points). The team
-- leaderboard added up every member's ledger rows per request (and sent 10,000 ids to and fro); the
-- individual board summed the month's ledger of everyone who opted in. These totals are kept by triggers
-- on points_ledger and people, so any writer (the app, an import, the bench's seed) keeps them right and a
-- board reads one row per unit and day, or one per person, instead of the ledger. The ledger stays the
-- truth (append-only); the totals can be rebuilt from it with the INSERTs at the bottom.

-- Points per unit and day of the people in that unit now who have not left: a points challenge's team
-- (with its units below) adds these up over its period. A person who moves takes their points along.
CREATE TABLE points_unit_days (
  organisation_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  on_date date NOT NULL,
  points bigint NOT NULL,
  PRIMARY KEY (organisation_id, org_unit_id, on_date),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE
);

-- How many people are in each unit now and have not left: a team's member count on the board.
CREATE TABLE unit_member_counts (
  organisation_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  members integer NOT NULL,
  PRIMARY KEY (organisation_id, org_unit_id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE CASCADE
);

-- Points per person and calendar month: the individual board of this month's points.
CREATE TABLE points_person_months (
  organisation_id uuid NOT NULL,
  month date NOT NULL,
  person_id uuid NOT NULL,
  points bigint NOT NULL,
  PRIMARY KEY (organisation_id, month, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX points_person_months_person ON points_person_months (organisation_id, person_id);

-- New ledger rows (one statement at a time, however many rows) add to the person's month and to their
-- unit's day.
CREATE FUNCTION points_totals_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO points_person_months AS m (organisation_id, month, person_id, points)
  SELECT organisation_id, date_trunc('month', on_date)::date, person_id, sum(points)
    FROM added GROUP BY 1, 2, 3
  ON CONFLICT (organisation_id, month, person_id) DO UPDATE SET points = m.points + excluded.points;
  INSERT INTO points_unit_days AS d (organisation_id, org_unit_id, on_date, points)
  SELECT a.organisation_id, p.org_unit_id, a.on_date, sum(a.points)
    FROM added a JOIN people p ON p.organisation_id = a.organisation_id AND p.id = a.person_id
   WHERE p.status <> 'left' AND p.org_unit_id IS NOT NULL
   GROUP BY 1, 2, 3
  ON CONFLICT (organisation_id, org_unit_id, on_date) DO UPDATE SET points = d.points + excluded.points;
  RETURN NULL;
END $$;
CREATE TRIGGER points_ledger_totals_added AFTER INSERT ON points_ledger
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION points_totals_added();

-- Ledger rows go only with their person (or organisation): subtract what is still counted. When the
-- person is deleted, their unit's share was already taken off before (people_points_unit below).
CREATE FUNCTION points_totals_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE points_person_months m SET points = m.points - r.points
    FROM (SELECT organisation_id, date_trunc('month', on_date)::date AS month, person_id, sum(points) AS points
            FROM removed GROUP BY 1, 2, 3) r
   WHERE m.organisation_id = r.organisation_id AND m.month = r.month AND m.person_id = r.person_id;
  UPDATE points_unit_days d SET points = d.points - r.points
    FROM (SELECT a.organisation_id, p.org_unit_id, a.on_date, sum(a.points) AS points
            FROM removed a JOIN people p ON p.organisation_id = a.organisation_id AND p.id = a.person_id
           WHERE p.status <> 'left' AND p.org_unit_id IS NOT NULL
           GROUP BY 1, 2, 3) r
   WHERE d.organisation_id = r.organisation_id AND d.org_unit_id = r.org_unit_id AND d.on_date = r.on_date;
  RETURN NULL;
END $$;
CREATE TRIGGER points_ledger_totals_removed AFTER DELETE ON points_ledger
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION points_totals_removed();

-- A person counts for their unit while they have not left. Joining, moving, leaving (or coming back) and
-- being deleted move their head and their points between units. Deletion runs BEFORE, while their ledger
-- rows are still there to subtract.
CREATE FUNCTION people_points_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was uuid;
  becomes uuid;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status <> 'left' THEN was := OLD.org_unit_id; END IF;
  IF TG_OP <> 'DELETE' AND NEW.status <> 'left' THEN becomes := NEW.org_unit_id; END IF;
  IF was IS DISTINCT FROM becomes THEN
    IF was IS NOT NULL THEN
      UPDATE unit_member_counts SET members = members - 1
       WHERE organisation_id = OLD.organisation_id AND org_unit_id = was;
      UPDATE points_unit_days d SET points = d.points - l.points
        FROM (SELECT on_date, sum(points) AS points FROM points_ledger
               WHERE organisation_id = OLD.organisation_id AND person_id = OLD.id GROUP BY on_date) l
       WHERE d.organisation_id = OLD.organisation_id AND d.org_unit_id = was AND d.on_date = l.on_date;
    END IF;
    IF becomes IS NOT NULL THEN
      INSERT INTO unit_member_counts AS c (organisation_id, org_unit_id, members)
      VALUES (NEW.organisation_id, becomes, 1)
      ON CONFLICT (organisation_id, org_unit_id) DO UPDATE SET members = c.members + 1;
      INSERT INTO points_unit_days AS d (organisation_id, org_unit_id, on_date, points)
      SELECT NEW.organisation_id, becomes, on_date, sum(points) FROM points_ledger
       WHERE organisation_id = NEW.organisation_id AND person_id = NEW.id GROUP BY on_date
      ON CONFLICT (organisation_id, org_unit_id, on_date) DO UPDATE SET points = d.points + excluded.points;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER people_points_unit AFTER INSERT OR UPDATE OF org_unit_id, status ON people
  FOR EACH ROW EXECUTE FUNCTION people_points_unit();
CREATE TRIGGER people_points_unit_deleted BEFORE DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION people_points_unit();

-- The totals so far.
INSERT INTO points_person_months (organisation_id, month, person_id, points)
SELECT organisation_id, date_trunc('month', on_date)::date, person_id, sum(points) FROM points_ledger GROUP BY 1, 2, 3;
INSERT INTO points_unit_days (organisation_id, org_unit_id, on_date, points)
SELECT l.organisation_id, p.org_unit_id, l.on_date, sum(l.points)
  FROM points_ledger l JOIN people p ON p.organisation_id = l.organisation_id AND p.id = l.person_id
 WHERE p.status <> 'left' AND p.org_unit_id IS NOT NULL
 GROUP BY 1, 2, 3;
INSERT INTO unit_member_counts (organisation_id, org_unit_id, members)
SELECT organisation_id, org_unit_id, count(*) FROM people
 WHERE status <> 'left' AND org_unit_id IS NOT NULL GROUP BY 1, 2;
