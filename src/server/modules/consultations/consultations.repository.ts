import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import { directionAsSubject } from '../direction/index.ts';
import { goalsAsSubject } from '../goals/index.ts';

const fullName = (table: string) =>
  sql<
    string | null
  >`${sql.ref(`${table}.given_name`)} || ' ' || concat_ws(' ', ${sql.ref(`${table}.family_name_prefix`)}, ${sql.ref(`${table}.family_name`)})`;

export const findConsultation = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof findConsultation>>>;

export async function responsesOf(tenant: TenantDb, consultationId: string) {
  const responses = await tenant
    .selectFrom('consultation_responses')
    .leftJoin('people as author', (join) =>
      join
        .onRef('author.organisation_id', '=', 'consultation_responses.organisation_id')
        .onRef('author.id', '=', 'consultation_responses.person_id'),
    )
    .leftJoin('org_units as unit', (join) =>
      join
        .onRef('unit.organisation_id', '=', 'consultation_responses.organisation_id')
        .onRef('unit.id', '=', 'consultation_responses.org_unit_id'),
    )
    .selectAll('consultation_responses')
    .select([fullName('author').as('author_name'), 'unit.name as unit_name'])
    .where('consultation_responses.consultation_id', '=', consultationId)
    // Ordered by content, never by when or by whom: the order must not hint at an author.
    .orderBy('consultation_responses.created_on')
    .orderBy('consultation_responses.kind')
    .orderBy('consultation_responses.id')
    .execute();
  if (responses.length === 0) return [];
  const replies = await tenant
    .selectFrom('consultation_replies')
    .leftJoin('people as by', (join) =>
      join
        .onRef('by.organisation_id', '=', 'consultation_replies.organisation_id')
        .onRef('by.id', '=', 'consultation_replies.person_id'),
    )
    .selectAll('consultation_replies')
    .select(fullName('by').as('by_name'))
    .where(
      'consultation_replies.response_id',
      'in',
      responses.map((r) => r.id),
    )
    .orderBy('consultation_replies.created_at')
    .execute();
  return responses.map((response) => ({
    ...response,
    replies: replies.filter((reply) => reply.response_id === response.id),
  }));
}
export type ResponseRow = Awaited<ReturnType<typeof responsesOf>>[number];

/** { '2026-03-02': 4, … }: how many anonymous responses came in each day, for the closing audit row. */
export async function anonymousResponsesByDay(tenant: TenantDb, consultationId: string) {
  const rows = await tenant
    .selectFrom('consultation_responses')
    .select(['created_on', (eb) => eb.fn.countAll<number>().as('count')])
    .where('consultation_id', '=', consultationId)
    .where('is_anonymous', '=', true)
    .groupBy('created_on')
    .orderBy('created_on')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.created_on, Number(row.count)]));
}

export async function hasResponded(tenant: TenantDb, consultationId: string, personId: string) {
  const row = await tenant
    .selectFrom('consultation_participants')
    .select('person_id')
    .where('consultation_id', '=', consultationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The draft items a consultation is about, whatever their kind. */
export async function subjectOf(tenant: TenantDb, consultation: ConsultationRow, withConfidential: boolean) {
  const ids = consultation.subject_ids;
  if (ids.length === 0) return [];
  if (consultation.subject_kind === 'goal_set')
    return (await goalsAsSubject(tenant, ids, withConfidential)).map((g) => ({
      id: g.id,
      kind: 'organisation_goal',
      title: g.title,
      body: g.description,
      status: g.status,
    }));
  return directionAsSubject(tenant, consultation.subject_kind, ids);
}

/** The newest consultations (at most 200); who may see each is decided by the caller. */
export const latestConsultations = (tenant: TenantDb) =>
  tenant.selectFrom('consultations').selectAll().orderBy('created_at', 'desc').limit(200).execute();

export const responseCounts = (tenant: TenantDb, consultationIds: string[]) =>
  tenant
    .selectFrom('consultation_responses')
    .select(['consultation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('consultation_id', 'in', consultationIds)
    .groupBy('consultation_id')
    .execute();

/** Which of these consultations the person responded to (the participant rows say so, not the responses). */
export const respondedBy = (tenant: TenantDb, personId: string, consultationIds: string[]) =>
  tenant
    .selectFrom('consultation_participants')
    .select('consultation_id')
    .where('person_id', '=', personId)
    .where('consultation_id', 'in', consultationIds)
    .execute();

export const participantsOf = (tenant: TenantDb, consultationId: string) =>
  tenant
    .selectFrom('consultation_participants')
    .select('person_id')
    .where('consultation_id', '=', consultationId)
    .execute();

export const findResponse = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('consultation_responses')
    .select(['id', 'consultation_id', 'person_id'])
    .where('id', '=', id)
    .executeTakeFirst();
