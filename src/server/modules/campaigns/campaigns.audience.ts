import type { TenantDb } from '../../db/tenant.ts';
import { type AudienceCriteria, audienceCriteria, peopleInAudience } from '../catalogue/index.ts';

/** The people a campaign reaches today (units with sub-units, roles; nothing chosen is everyone). */
export function peopleInCampaign(tenant: TenantDb, audience: unknown, today: string, among?: string[]) {
  const criteria: AudienceCriteria = audienceCriteria.parse(audience ?? {});
  return peopleInAudience(tenant, criteria, { today, ...(among ? { among } : {}) });
}
