import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export { askDueFollowups } from './learning-agreement-followups.job.ts';

/** People who promised in a learning agreement to be a buddy or mentor: for skills' mentor finder. */
export async function willingBuddies(tenant: TenantDb) {
  return tenant
    .selectFrom('learning_agreements')
    .select(['person_id', 'title', sql<boolean>`bool_or(is_willing_mentor)`.as('is_willing_mentor')])
    .where((eb) => eb.or([eb('is_willing_buddy', '=', true), eb('is_willing_mentor', '=', true)]))
    .groupBy(['person_id', 'title'])
    .execute();
}
