import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { goalIdsForSkill } from '../plans/index.ts';

type FollowupDay = 30 | 60 | 90;

export function agreementsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('learning_agreements')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'learning_agreements.organisation_id')
        .onRef('p.id', '=', 'learning_agreements.person_id'),
    )
    .selectAll('learning_agreements')
    .select([displayNameSql('p').as('person_name'), 'p.manager_id'])
    .orderBy('learning_agreements.created_at', 'desc');
}
export type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreementsQuery>['executeTakeFirstOrThrow']>>;

export const findAgreement = (tenant: TenantDb, id: string) =>
  agreementsQuery(tenant).where('learning_agreements.id', '=', id).executeTakeFirst();

/** The agreements of a person and of their reports (newest first). */
export const agreementsOfPersonAndReports = (tenant: TenantDb, personId: string) =>
  agreementsQuery(tenant)
    .where((eb) =>
      eb.or([eb('learning_agreements.person_id', '=', personId), eb('p.manager_id', '=', personId)]),
    )
    .limit(500)
    .execute();

export async function followupsOf(tenant: TenantDb, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return tenant
    .selectFrom('learning_agreement_followups')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .execute();
}

export const findFollowup = (tenant: TenantDb, agreementId: string, day: FollowupDay) =>
  tenant
    .selectFrom('learning_agreement_followups')
    .select(['asked_at', 'answered_at'])
    .where('agreement_id', '=', agreementId)
    .where('day', '=', day)
    .executeTakeFirst();

/**
 * Organisations with a question not yet asked that may be due by `latest` (the latest "today" any
 * time zone has now); each then asks by its own calendar.
 */
export async function organisationsWithOpenFollowups(db: Db, latest: string) {
  const rows = await db
    .selectFrom('learning_agreement_followups')
    .select('organisation_id')
    .distinct()
    .where('asked_at', 'is', null)
    .where('due_on', '<=', latest)
    .execute();
  return rows.map((row) => row.organisation_id);
}

/** The questions due by `today` that nobody asked yet. */
export const dueFollowups = (tenant: TenantDb, today: string) =>
  tenant.executor
    .selectFrom('learning_agreement_followups as f')
    .innerJoin('learning_agreements as a', (join) =>
      join.onRef('a.organisation_id', '=', 'f.organisation_id').onRef('a.id', '=', 'f.agreement_id'),
    )
    .select(['f.agreement_id', 'f.day', 'a.person_id', 'a.title'])
    .where('f.organisation_id', '=', tenant.organisationId)
    .where('f.asked_at', 'is', null)
    .where('f.due_on', '<=', today)
    .limit(5000)
    .execute();

/** Marks a question asked unless another run did; false when it was asked already. */
export async function markAsked(
  tenant: TenantDb,
  followup: { agreement_id: string; day: FollowupDay },
  at: Date,
) {
  const marked = await tenant
    .updateTable('learning_agreement_followups')
    .set({ asked_at: at })
    .where('agreement_id', '=', followup.agreement_id)
    .where('day', '=', followup.day)
    .where('asked_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) > 0;
}

/** Answered follow-ups of a person's agreements, newest first: they belong in the next conversation. */
export const answeredFollowupsOf = (tenant: TenantDb, personId: string) =>
  answeredFollowupsQuery(tenant, personId).limit(20).execute();

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
  if (options.skillId) {
    const goalIds = await goalIdsForSkill(tenant, options.skillId);
    if (!goalIds.length) return [];
    query = query.where('learning_agreements.goal_id', 'in', goalIds);
  }
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

/** Whether a learning agreement was made for the budget request (the `hasAgreementForBudgetRequest` port). */
export async function hasAgreementForBudgetRequest(tenant: TenantDb, requestId: string) {
  const row = await tenant
    .selectFrom('learning_agreements')
    .select('id')
    .where('budget_request_id', '=', requestId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The `answeredFollowupsQuery` port: a person's answered follow-ups, for the plan's one statement. */
export const answeredFollowupsQuery = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('learning_agreement_followups')
    .innerJoin('learning_agreements as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'learning_agreement_followups.organisation_id')
        .onRef('a.id', '=', 'learning_agreement_followups.agreement_id'),
    )
    .select(['agreement_id', 'a.title', 'day', 'answer', 'answered_at'])
    .where('a.person_id', '=', personId)
    .where('answered_at', 'is not', null)
    .orderBy('answered_at', 'desc');
