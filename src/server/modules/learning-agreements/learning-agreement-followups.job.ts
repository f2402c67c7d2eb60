import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { recordEvent } from '../audit/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationsByToday } from '../organisations/index.ts';

/**
 * Asks the 30/60/90-day questions that are due (pg-boss runs this daily): marks them asked and e-mails
 * the learner. Each question is asked once, whichever instance runs the job. "Due" is counted on each
 * organisation's own calendar; `now` is for tests.
 */
export async function askDueFollowups(db: Db, options: { baseUrl: string; now?: Date }): Promise<number> {
  let asked = 0;
  for (const [today, organisationIds] of await organisationsByToday(db, options.now))
    asked += await followupsDue(db, { today, organisationIds, baseUrl: options.baseUrl });
  return asked;
}

async function followupsDue(
  db: Db,
  options: { today: string; organisationIds: string[]; baseUrl: string },
): Promise<number> {
  const due = await db
    .selectFrom('learning_agreement_followups as f')
    .innerJoin('learning_agreements as a', (join) =>
      join.onRef('a.organisation_id', '=', 'f.organisation_id').onRef('a.id', '=', 'f.agreement_id'),
    )
    .select(['f.organisation_id', 'f.agreement_id', 'f.day', 'a.person_id', 'a.title'])
    .where('f.asked_at', 'is', null)
    .where('f.due_on', '<=', options.today)
    .where(sql<boolean>`f.organisation_id = ANY(${options.organisationIds}::uuid[])`)
    .limit(5000)
    .execute();
  let asked = 0;
  for (const followup of due) {
    await forOrganisation(db, followup.organisation_id).transaction(async (tenant) => {
      const marked = await tenant
        .updateTable('learning_agreement_followups')
        .set({ asked_at: new Date() })
        .where('agreement_id', '=', followup.agreement_id)
        .where('day', '=', followup.day)
        .where('asked_at', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) === 0) return;
      asked++;
      await notifyPerson(tenant, followup.person_id, {
        kind: 'learning_followup',
        vars: ({ name }) => ({
          name,
          title: followup.title,
          day: String(followup.day),
          link: `${options.baseUrl}/development/plan`,
        }),
      });
      await recordEvent(tenant, null, {
        action: 'learning_agreement.followup_asked',
        subjectType: 'learning_agreement',
        subjectId: followup.agreement_id,
        changes: { day: followup.day },
      });
    });
  }
  return asked;
}
