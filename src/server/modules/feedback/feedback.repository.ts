import type { TenantDb } from '../../db/tenant.ts';

// The SQL of feedback requests and answers, on the organisation-scoped database.

export const requestRows = (tenant: TenantDb) =>
  tenant
    .selectFrom('feedback_requests')
    .innerJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'feedback_requests.organisation_id')
        .onRef('a.id', '=', 'feedback_requests.asker_id'),
    )
    .select([
      'feedback_requests.id',
      'feedback_requests.asker_id',
      'a.given_name',
      'a.family_name_prefix',
      'a.family_name',
      'a.manager_id as asker_manager_id',
      'feedback_requests.subject_kind',
      'feedback_requests.subject_id',
      'feedback_requests.subject_label',
      'feedback_requests.question',
      'feedback_requests.is_shared_with_manager',
      'feedback_requests.created_at',
    ])
    .orderBy('feedback_requests.created_at', 'desc');
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['execute']>>[number];

export const answerRows = (tenant: TenantDb, requestIds: string[]) =>
  requestIds.length
    ? tenant
        .selectFrom('feedback_answers')
        .innerJoin('people as p', (join) =>
          join
            .onRef('p.organisation_id', '=', 'feedback_answers.organisation_id')
            .onRef('p.id', '=', 'feedback_answers.person_id'),
        )
        .select([
          'feedback_answers.request_id',
          'feedback_answers.person_id',
          'p.given_name',
          'p.family_name_prefix',
          'p.family_name',
          'feedback_answers.answer',
          'feedback_answers.answered_at',
          'feedback_answers.declined_at',
          'feedback_answers.skill_level',
        ])
        .where('feedback_answers.request_id', 'in', requestIds)
        .orderBy('p.given_name')
        .execute()
    : Promise.resolve([]);

export const insertRequest = (
  tenant: TenantDb,
  row: {
    asker_id: string;
    subject_kind: 'plan_goal' | 'skill' | 'work';
    subject_id: string | null;
    subject_label: string;
    question: string;
    is_shared_with_manager: boolean;
  },
) => tenant.insertInto('feedback_requests', row).returning('id').executeTakeFirstOrThrow();

export const insertAskedPeople = (tenant: TenantDb, requestId: string, personIds: string[]) =>
  tenant
    .insertInto(
      'feedback_answers',
      personIds.map((person_id) => ({ request_id: requestId, person_id })),
    )
    .execute();

export const lockRequest = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('feedback_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const askedRow = (tenant: TenantDb, requestId: string, personId: string) =>
  tenant
    .selectFrom('feedback_answers')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const saveAnswer = (
  tenant: TenantDb,
  requestId: string,
  personId: string,
  values: {
    answer: string | null;
    answered_at: Date | null;
    declined_at: Date | null;
    skill_level?: number | null;
  },
) =>
  tenant
    .updateTable('feedback_answers')
    .set(values)
    .where('request_id', '=', requestId)
    .where('person_id', '=', personId)
    .execute();

export const setShared = (tenant: TenantDb, id: string, isShared: boolean) =>
  tenant
    .updateTable('feedback_requests')
    .set({ is_shared_with_manager: isShared })
    .where('id', '=', id)
    .execute();

export async function currentColleagues(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('people')
    .select('id')
    .where('id', 'in', ids)
    .where('status', '<>', 'left')
    .execute();
  return new Set(rows.map((row) => row.id));
}

export const personRow = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name', 'manager_id'])
    .where('id', '=', id)
    .executeTakeFirst();
