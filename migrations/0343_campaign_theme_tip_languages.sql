-- Every colleague's language (issue 17), for the themes calendar and the coach's tip library: like
-- campaign messages (0284), a theme and an organisation's own tip keep texts in the organisation's
-- content languages beside the required nl/en columns: { "pl": { "title": "…", "body": "…" }, … }
-- (a theme's title is its name, its body its description). Readers fall back to nl/en.
ALTER TABLE campaign_themes ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
  CHECK (jsonb_typeof(translations) = 'object');
ALTER TABLE coach_tips ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'
  CHECK (jsonb_typeof(translations) = 'object');
