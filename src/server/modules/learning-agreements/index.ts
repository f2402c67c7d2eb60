import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

/** People who promised in a learning agreement to be a buddy or mentor: for skills' mentor finder. */
export async function willingBuddies(tenant: TenantDb, options: { skillId?: string } = {}) {
  let query = tenant
    .selectFrom('learning_agreements')
    .select([
      'learning_agreements.person_id',
      'learning_agreements.title',
      sql<boolean>`bool_or(learning_agreements.is_willing_mentor)`.as('is_willing_mentor'),
    ])
    .where((eb) =>
      eb.or([
        eb('learning_agreements.is_willing_buddy', '=', true),
        eb('learning_agreements.is_willing_mentor', '=', true),
      ]),
    )
    .groupBy(['learning_agreements.person_id', 'learning_agreements.title']);
  // With a skill: only agreements whose plan goal serves or develops that skill.
  if (options.skillId)
    query = query
      .innerJoin('plan_goals as g', (join) =>
        join
          .onRef('g.organisation_id', '=', 'learning_agreements.organisation_id')
          .onRef('g.id', '=', 'learning_agreements.goal_id'),
      )
      .where((eb) =>
        eb.or([
          eb('g.skill_id', '=', options.skillId as string),
          eb.and([eb('g.serves_kind', '=', 'skill'), eb('g.serves_id', '=', options.skillId as string)]),
        ]),
      );
  return query.execute();
}

/** The learning agreement made for each catalogue enrolment (the newest when there are several). */
export async function agreementsForEnrolments(tenant: TenantDb, enrolmentIds: string[]) {
  const result = new Map<string, { id: string; state: 'awaiting_manager' | 'agreed' }>();
  if (!enrolmentIds.length) return result;
  const rows = await tenant
    .selectFrom('learning_agreements')
    .select(['id', 'enrolment_id', 'manager_agreed_at'])
    .where('enrolment_id', 'in', enrolmentIds)
    .orderBy('created_at')
    .execute();
  for (const row of rows)
    if (row.enrolment_id)
      result.set(row.enrolment_id, {
        id: row.id,
        state: row.manager_agreed_at ? 'agreed' : 'awaiting_manager',
      });
  return result;
}
