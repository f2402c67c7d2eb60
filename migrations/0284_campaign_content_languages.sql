-- Every colleague's language (issue 17): campaign messages can be written in more languages than the
-- interface's nl/en. The organisation enables content languages (BCP-47 tags, checked on the server);
-- a message keeps its extra texts by tag; each person may choose the language they read best. The
-- interface itself stays nl/en, so people.locale is left alone.

-- Extra content languages beside nl and en, which are always on (e.g. {pl,tr,ar}).
ALTER TABLE campaign_settings ADD COLUMN content_languages text[] NOT NULL DEFAULT '{}'
  CHECK (cardinality(content_languages) <= 20);

-- A message's texts in the extra languages: { "pl": { "title": "…", "body": "…" }, … }. nl/en stay in
-- their columns (required), so every reader always has a fallback.
ALTER TABLE campaign_messages ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
  CHECK (jsonb_typeof(translations) = 'object');

-- The language a person reads messages in when it is not nl/en (absent: their interface language).
CREATE TABLE person_content_languages (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  language text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
