import type { OrganisationRow } from './organisations.repository.ts';

export const presentOrganisation = (row: OrganisationRow) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  defaultLocale: row.default_locale,
  timeZone: row.time_zone,
  isDemo: row.is_demo,
  settings: row.settings,
});
