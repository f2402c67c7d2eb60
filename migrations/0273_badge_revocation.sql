-- Revoking a badge award (issue 16): whoever may award a badge (L&D/HR, or the person's manager) takes it
-- back with a reason. The row stays, so the criteria job never awards that badge to them again and the
-- audit trail and the person's data export still say what happened; every read of awards leaves it out.
ALTER TABLE badge_awards
  ADD COLUMN revoked_at timestamptz,
  ADD COLUMN revoked_by uuid,
  ADD COLUMN revocation_reason text CHECK (length(revocation_reason) BETWEEN 1 AND 500),
  ADD CONSTRAINT badge_awards_revocation_reason CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
  ADD CONSTRAINT badge_awards_revoked_by FOREIGN KEY (organisation_id, revoked_by)
    REFERENCES people (organisation_id, id) ON DELETE SET NULL (revoked_by);
-- A badge's holders, for L&D's list.
CREATE INDEX badge_awards_badge ON badge_awards (organisation_id, badge_id) WHERE revoked_at IS NULL;
