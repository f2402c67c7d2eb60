-- The monthly insight report by mail (issue 18): HR, L&D and the owner get the organisation's month,
-- managers their team's month. Each person gets one mail per month (the row is written in the same
-- change as the mail), and can switch it off (a row in the opt-outs).

CREATE TABLE insight_report_mails (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, month),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE insight_report_opt_outs (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
