-- Managers as role models (issue 16): a manager may choose to show their own finished learning and
-- their "wat ik geleerd heb" posts to their direct reports, on the team page. Off until they choose.
CREATE TABLE knowledge_learning_openness (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  is_open_to_team boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
