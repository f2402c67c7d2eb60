-- Insight (issue 18): month rollups of the day summary tables, so a year's organisation dashboard reads
-- ~12 rows per person instead of one per learning day. Each row keeps a bitmask of the days of the month
-- it sums (bit d − 1 for day d): a period that cuts a month takes the row whole when all its days are
-- inside, and the day rows otherwise — so every figure stays exactly the day tables' (docs/INSIGHT.md).

-- One row per month × person × unit (the unit the day rows carry) with any learning day.
CREATE TABLE insight_learning_months (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  month date NOT NULL,
  person_id uuid NOT NULL,
  org_unit_id uuid,
  days integer NOT NULL CHECK (days > 0),
  minutes integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0
);
CREATE INDEX insight_learning_months_month ON insight_learning_months (organisation_id, month, person_id);

-- One row per month × unit × learning subject with any item day.
CREATE TABLE insight_item_months (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  month date NOT NULL,
  org_unit_id uuid,
  subject_kind text NOT NULL CHECK (subject_kind IN ('content', 'course', 'path')),
  subject_id uuid NOT NULL,
  days integer NOT NULL CHECK (days > 0),
  started integer NOT NULL DEFAULT 0,
  finished_of_started integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0
);
CREATE INDEX insight_item_months_month ON insight_item_months (organisation_id, month, subject_kind, subject_id);

-- The item days of one subject are redone by (day, subject) now, not whole days; its month by subject.
CREATE INDEX insight_item_days_day_subject ON insight_item_days (organisation_id, day, subject_kind, subject_id);
DROP INDEX insight_item_days_day;
CREATE INDEX insight_item_days_subject_day ON insight_item_days (organisation_id, subject_kind, subject_id, day);
DROP INDEX insight_item_days_subject;

-- The rollups of what is there already (the refresh keeps them from now on).
INSERT INTO insight_learning_months (organisation_id, month, person_id, org_unit_id, days, minutes, completed)
SELECT organisation_id, date_trunc('month', day)::date, person_id, org_unit_id,
       bit_or(1 << (extract(day FROM day)::int - 1)), sum(minutes), sum(completed)
  FROM insight_learning_days
 GROUP BY organisation_id, date_trunc('month', day)::date, person_id, org_unit_id;

INSERT INTO insight_item_months
  (organisation_id, month, org_unit_id, subject_kind, subject_id, days, started, finished_of_started, completed)
SELECT organisation_id, date_trunc('month', day)::date, org_unit_id, subject_kind, subject_id,
       bit_or(1 << (extract(day FROM day)::int - 1)), sum(started), sum(finished_of_started), sum(completed)
  FROM insight_item_days
 GROUP BY organisation_id, date_trunc('month', day)::date, org_unit_id, subject_kind, subject_id;
