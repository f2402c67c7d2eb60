-- Every colleague's language (issue 17), for announcements: like campaign messages (0284), an
-- announcement may be written in the organisation's content languages beside nl/en. Its texts already
-- live one row per language, so only the check on the tag is relaxed (BCP-47, canonicalised and
-- checked against the organisation's enabled languages on the server). Readers fall back to nl/en.
ALTER TABLE announcement_translations DROP CONSTRAINT announcement_translations_locale_check;
ALTER TABLE announcement_translations ADD CONSTRAINT announcement_translations_locale_check
  CHECK (locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$');
