import type { TenantDb } from '../../db/tenant.ts';
import { bellText, localeOf } from '../../messages/index.ts';
import { notify } from '../notifications/index.ts';

async function localeOfPerson(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .select(['people.locale', 'o.default_locale', 'people.status'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  return row && row.status !== 'left' ? localeOf(row, row.default_locale) : null;
}

/** The bell of whoever received kudos (the digest e-mails it). */
export async function notifyKudos(
  tenant: TenantDb,
  personId: string,
  vars: { from: string; message: string },
) {
  const locale = await localeOfPerson(tenant, personId);
  if (!locale) return;
  await notify(tenant, tenant.organisationId, personId, {
    kind: 'recognition.kudos',
    ...bellText('recognition.kudos', locale, vars),
    link: '/recognition',
  });
}

/** Prompts a manager to recognise a step in their team. */
export async function notifyTeamStep(
  tenant: TenantDb,
  managerId: string,
  vars: { name: string; step: (locale: 'nl' | 'en') => string },
) {
  const locale = await localeOfPerson(tenant, managerId);
  if (!locale) return;
  await notify(tenant, tenant.organisationId, managerId, {
    kind: 'recognition.team_step',
    ...bellText('recognition.team_step', locale, { name: vars.name, step: vars.step(locale) }),
    link: '/recognition/team',
  });
}

export async function notifyBadge(tenant: TenantDb, personId: string, badge: string) {
  const locale = await localeOfPerson(tenant, personId);
  if (!locale) return;
  await notify(tenant, tenant.organisationId, personId, {
    kind: 'recognition.badge',
    ...bellText('recognition.badge', locale, { badge }),
    link: '/recognition',
  });
}
