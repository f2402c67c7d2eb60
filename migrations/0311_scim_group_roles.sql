-- Issue 20: an identity-provider group maps to a Groeipad role and/or an org unit (set by the owner on
-- Koppelingen). Members get the role while they are in a group mapped to it; leaving the last such group
-- takes it away (never the organisation's last owner). Before this a group mapped to a unit or a role.
ALTER TABLE scim_groups DROP CONSTRAINT IF EXISTS scim_groups_check;
ALTER TABLE scim_groups DROP CONSTRAINT IF EXISTS scim_groups_role_check;
ALTER TABLE scim_groups
  ADD CONSTRAINT scim_groups_role_check
  CHECK (role IN ('ld_admin', 'hr_admin', 'coach', 'ambassador', 'works_council', 'owner'));
ALTER TABLE scim_groups ADD COLUMN mapped_by uuid;
ALTER TABLE scim_groups ADD COLUMN mapped_at timestamptz;

-- Groups can also come in the sign-in: the OIDC claim or SAML attribute that lists them (for example
-- `groups`). Its values are matched to the SCIM groups by externalId or name.
ALTER TABLE sso_connections ADD COLUMN groups_claim text CHECK (length(groups_claim) BETWEEN 1 AND 100);
