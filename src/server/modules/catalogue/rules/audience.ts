import type { TenantDb } from '../../../db/tenant.ts';
import { invalidField } from '../../../http/errors.ts';
import { audienceOf, unknownUnits } from './rules.repository.ts';
import type { AudienceCriteria } from './rules.schemas.ts';

// The audience rules' criteria, for other modules that reach people the same way (campaigns).

/** The people criteria reach today (units with their sub-units, roles); empty criteria reach everyone. */
export const peopleInAudience = (
  tenant: TenantDb,
  criteria: AudienceCriteria,
  options: { today: string; among?: string[] },
) => audienceOf(tenant, { condition: 'criteria', parameter: null, criteria }, options);

/** Units must be this organisation's; a 400 names the first unknown one under `field`. */
export async function assertAudienceUnits(tenant: TenantDb, criteria: AudienceCriteria, field: string) {
  const [unit] = await unknownUnits(tenant, criteria.unitIds);
  if (unit) throw invalidField(`${field}.unitIds.${criteria.unitIds.indexOf(unit)}`, 'no such unit');
}
