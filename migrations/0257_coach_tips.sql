-- The coach panel for managers (issue 17, step 5): tips tied to a moment. Groeipad ships its own tips in
-- nl and en (in code); L&D and coaches add the organisation's own here, in both languages.
CREATE TABLE coach_tips (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  moment text NOT NULL CHECK (moment IN ('before_conversation', 'member_finished', 'team_quiet', 'during_campaign')),
  title_nl text NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
  body_nl text NOT NULL DEFAULT '' CHECK (length(body_nl) <= 2000),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  body_en text NOT NULL DEFAULT '' CHECK (length(body_en) <= 2000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX coach_tips_moment ON coach_tips (organisation_id, moment);
