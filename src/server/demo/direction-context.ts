import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** The organisation, units and people every part of the direction demo works with. */
export async function loadDirectionContext(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const units = await tenant.selectFrom('org_units').select(['id', 'code', 'head_id']).execute();
  const unit = (code: string) => units.find((u) => u.code === code)!;
  const people = await tenant
    .selectFrom('people')
    .select(['id', 'email', 'org_unit_id'])
    .orderBy('employee_number')
    .execute();
  const byEmail = (email: string) => people.find((p) => p.email === email)!.id;
  const owner = byEmail('bestuurder@delinde.demo');
  const hr = byEmail('hr@delinde.demo');
  const inUnit = (code: string) => people.filter((p) => p.org_unit_id === unit(code).id);
  return { db, tenant, organisationId, units, unit, people, owner, hr, inUnit };
}

export type DirectionContext = Awaited<ReturnType<typeof loadDirectionContext>>;
