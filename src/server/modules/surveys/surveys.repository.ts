import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { defaultThreshold } from './surveys.anonymity.ts';

export const findSurvey = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
export type SurveyRow = NonNullable<Awaited<ReturnType<typeof findSurvey>>>;

export const questionsOf = (tenant: TenantDb, surveyId: string) =>
  tenant
    .selectFrom('survey_questions')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .orderBy('position')
    .execute();
export type QuestionRow = Awaited<ReturnType<typeof questionsOf>>[number];

export const latestSurveys = (tenant: TenantDb) =>
  tenant.selectFrom('surveys').selectAll().orderBy('created_at', 'desc').limit(200).execute();

export async function thresholdOf(tenant: TenantDb) {
  const row = await tenant.selectFrom('survey_settings').select('anonymity_threshold').executeTakeFirst();
  return row?.anonymity_threshold ?? defaultThreshold;
}

/** Invited and answered per survey: totals only. */
export async function countsOf(tenant: TenantDb, surveyIds: string[]) {
  if (surveyIds.length === 0) return new Map<string, { invited: number; answered: number }>();
  const [invited, answered] = await Promise.all(
    (['survey_invitees', 'survey_participants'] as const).map((table) =>
      tenant
        .selectFrom(table)
        .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('survey_id', 'in', surveyIds)
        .groupBy('survey_id')
        .execute(),
    ),
  );
  return new Map(
    surveyIds.map((id) => [
      id,
      {
        invited: Number(invited!.find((row) => row.survey_id === id)?.n ?? 0),
        answered: Number(answered!.find((row) => row.survey_id === id)?.n ?? 0),
      },
    ]),
  );
}

export async function isInvited(tenant: TenantDb, surveyId: string, personId: string) {
  const row = await tenant
    .selectFrom('survey_invitees')
    .select('person_id')
    .where('survey_id', '=', surveyId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function hasAnswered(tenant: TenantDb, surveyId: string, personId: string) {
  const row = await tenant
    .selectFrom('survey_participants')
    .select('person_id')
    .where('survey_id', '=', surveyId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The open (and recently closed) surveys a person was invited to, with whether they answered. */
export const surveysFor = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('survey_invitees')
    .innerJoin('surveys as s', (join) =>
      join
        .onRef('s.organisation_id', '=', 'survey_invitees.organisation_id')
        .onRef('s.id', '=', 'survey_invitees.survey_id'),
    )
    .leftJoin('survey_participants as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'survey_invitees.organisation_id')
        .onRef('p.survey_id', '=', 'survey_invitees.survey_id')
        .onRef('p.person_id', '=', 'survey_invitees.person_id'),
    )
    .select(['s.id', 's.title_nl', 's.title_en', 's.closes_at', 'p.person_id as answered_by'])
    .where('survey_invitees.person_id', '=', personId)
    .where('s.status', '=', 'open')
    .orderBy('s.closes_at')
    .execute();

/** Per group of a breakdown (the response's unit, or its role group): how many responses. */
export const groupCounts = (tenant: TenantDb, surveyId: string, by: 'org_unit_id' | 'role_group') =>
  tenant
    .selectFrom('survey_responses')
    .select([sql<string | null>`${sql.ref(by)}::text`.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('survey_id', '=', surveyId)
    .groupBy(by)
    .execute();

/** Every answer of the responses in one group (or all), without anything about who gave it. */
export function answersIn(
  tenant: TenantDb,
  surveyId: string,
  group: { unitId?: string | undefined; roleGroup?: 'manager' | 'employee' | undefined },
) {
  let query = tenant
    .selectFrom('survey_answers')
    .innerJoin('survey_responses as r', (join) =>
      join
        .onRef('r.organisation_id', '=', 'survey_answers.organisation_id')
        .onRef('r.id', '=', 'survey_answers.response_id'),
    )
    .select(['survey_answers.question_id', 'survey_answers.value', 'survey_answers.text'])
    .where('r.survey_id', '=', surveyId);
  if (group.unitId) query = query.where('r.org_unit_id', '=', group.unitId);
  if (group.roleGroup) query = query.where('r.role_group', '=', group.roleGroup);
  return query.execute();
}

/** Per unit and response: the mean score on each Learning Zone scale (reverse items already turned). */
export const zoneScoresByUnit = (tenant: TenantDb, surveyId: string) =>
  tenant
    .selectFrom('survey_answers')
    .innerJoin('survey_responses as r', (join) =>
      join
        .onRef('r.organisation_id', '=', 'survey_answers.organisation_id')
        .onRef('r.id', '=', 'survey_answers.response_id'),
    )
    .innerJoin('survey_questions as q', (join) =>
      join
        .onRef('q.organisation_id', '=', 'survey_answers.organisation_id')
        .onRef('q.id', '=', 'survey_answers.question_id'),
    )
    .select([
      'r.org_unit_id',
      'q.dimension',
      sql<number>`avg(CASE WHEN q.is_reversed THEN 8 - survey_answers.value ELSE survey_answers.value END)::float8`.as(
        'score',
      ),
      sql<number>`count(DISTINCT r.id)`.as('n'),
    ])
    .where('r.survey_id', '=', surveyId)
    .where('q.dimension', 'is not', null)
    .where('r.org_unit_id', 'is not', null)
    .groupBy(['r.org_unit_id', 'q.dimension'])
    .execute();

export const unitNames = (tenant: TenantDb, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tenant.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute();

/** The units a person heads: a manager's teams. */
export const unitsHeadedBy = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('org_units').select('id').where('head_id', '=', personId).execute()).map(
    (u) => u.id,
  );

/** Closed Learning Zone rounds, newest first. */
export const zoneRounds = (tenant: TenantDb) =>
  tenant
    .selectFrom('surveys')
    .select(['id', 'title_nl', 'title_en', 'closed_at', 'closes_at'])
    .where('kind', '=', 'learning_zone')
    .where('status', '=', 'closed')
    .orderBy('closes_at', 'desc')
    .execute();

/** The respondent's groups: their unit and whether they manage anyone. */
export async function groupsOfPerson(tenant: TenantDb, personId: string) {
  const me = await tenant
    .selectFrom('people')
    .select('org_unit_id')
    .where('id', '=', personId)
    .executeTakeFirst();
  const report = await tenant
    .selectFrom('people')
    .select('id')
    .where('manager_id', '=', personId)
    .where('status', '<>', 'left')
    .limit(1)
    .executeTakeFirst();
  return {
    unitId: me?.org_unit_id ?? null,
    roleGroup: report ? ('manager' as const) : ('employee' as const),
  };
}

/** Organisations with a survey whose opening or closing time has come (for the job). */
export const organisationsWithDueSurveys = async (db: Executor, now: Date) =>
  (
    await db
      .selectFrom('surveys')
      .select('organisation_id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'scheduled'), eb('opens_at', '<=', now)]),
          eb.and([eb('status', '=', 'open'), eb('closes_at', '<=', now)]),
        ]),
      )
      .distinct()
      .execute()
  ).map((row) => row.organisation_id);

export const dueSurveys = (tenant: TenantDb, now: Date) =>
  tenant
    .selectFrom('surveys')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'scheduled'), eb('opens_at', '<=', now)]),
        eb.and([eb('status', '=', 'open'), eb('closes_at', '<=', now)]),
      ]),
    )
    .execute();
