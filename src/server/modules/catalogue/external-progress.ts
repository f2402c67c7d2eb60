import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// Progress that a player outside this module measures (a SCORM package reports its own completion):
// it feeds the same content_progress, so "Mijn leren", courses, paths, plans and certificates treat
// the item like any other. Completing goes through completeContent, as for every other kind.

/** Raises the learner's percent (never lowers it) while the item is not completed. */
export async function raiseProgress(
  trx: TenantDb,
  options: { personId: string; contentId: string; percent: number },
) {
  await trx
    .updateTable('content_progress')
    .set({
      percent: sql<number>`greatest(percent, ${Math.max(0, Math.min(100, Math.round(options.percent)))})`,
      updated_at: new Date(),
    })
    .where('person_id', '=', options.personId)
    .where('content_id', '=', options.contentId)
    .where('completed_at', 'is', null)
    .execute();
}
