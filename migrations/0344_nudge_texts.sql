-- Every colleague's language (issue 17), for nudges: Groeipad ships each nudge kind's text in nl/en (in
-- code); L&D may write the organisation's own per kind in nl, en or any enabled content language:
-- { "pl": "Masz ochotę zacząć \"{title}\"?", "nl": "…" }. Placeholders ({title}, {day}, …) are checked on
-- the server. A reader without an own text in their languages gets the shipped one.
CREATE TABLE nudge_texts (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  nudge_kind text NOT NULL,
  texts jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object'),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, nudge_kind)
);
