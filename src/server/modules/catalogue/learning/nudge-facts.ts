import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import type { SubjectRef } from '../subjects.ts';

// What campaigns ask of learning: enrolments worth a nudge, teammates' completions, and the enrolments
// and completions of promoted learning in a period (a campaign's before/after comparison).

export type EnrolmentNudge = {
  kind: 'not_started' | 'stalled' | 'due_soon';
  enrolmentId: string;
  personId: string;
  subject: SubjectRef;
  dueDate: string | null;
};

/**
 * Open enrolments: enrolled 7+ days ago and not started; started but nothing for 14+ days; due in
 * exactly three days (on the organisation's calendar).
 */
export async function enrolmentsToNudge(tenant: TenantDb, at: { now: Date; today: string }) {
  const rows = await tenant
    .selectFrom('enrolments')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'enrolments.organisation_id')
        .onRef('people.id', '=', 'enrolments.person_id'),
    )
    .select([
      'enrolments.id',
      'enrolments.person_id',
      'enrolments.subject_kind',
      'enrolments.subject_id',
      sql<string | null>`enrolments.due_date::text`.as('due_date'),
      'enrolments.enrolled_at',
      'enrolments.last_activity_at',
    ])
    .where('enrolments.completed_at', 'is', null)
    .where('people.status', '<>', 'left')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('enrolments.last_activity_at', 'is', null),
          eb('enrolments.enrolled_at', '<=', new Date(at.now.getTime() - 7 * 86_400_000)),
        ]),
        eb('enrolments.last_activity_at', '<=', new Date(at.now.getTime() - 14 * 86_400_000)),
        eb(sql`enrolments.due_date`, '=', sql`${at.today}::date + 3`),
      ]),
    )
    .orderBy('enrolments.enrolled_at')
    .execute();
  return rows.map(
    (row): EnrolmentNudge => ({
      kind:
        row.due_date !== null && row.due_date > at.today
          ? 'due_soon'
          : row.last_activity_at === null
            ? 'not_started'
            : 'stalled',
      enrolmentId: row.id,
      personId: row.person_id,
      subject: { type: row.subject_kind, id: row.subject_id },
      dueDate: row.due_date,
    }),
  );
}

/**
 * Completions since `since` of learning a teammate (same manager) is still doing: who finished, and
 * which teammates to tell.
 */
export async function teammatesFinished(tenant: TenantDb, since: Date) {
  const result = await sql<{
    person_id: string;
    finisher_id: string;
    subject_kind: 'content' | 'course' | 'path';
    subject_id: string;
  }>`
    SELECT mate.person_id, done.person_id AS finisher_id, done.subject_kind, done.subject_id
      FROM enrolments done
      JOIN people finisher ON finisher.organisation_id = done.organisation_id AND finisher.id = done.person_id
      JOIN people colleague ON colleague.organisation_id = done.organisation_id
       AND colleague.manager_id = finisher.manager_id AND colleague.id <> finisher.id AND colleague.status <> 'left'
      JOIN enrolments mate ON mate.organisation_id = done.organisation_id AND mate.person_id = colleague.id
       AND mate.subject_kind = done.subject_kind AND mate.subject_id = done.subject_id AND mate.completed_at IS NULL
     WHERE done.organisation_id = ${tenant.organisationId} AND done.completed_at >= ${since}
       AND finisher.manager_id IS NOT NULL`.execute(tenant.executor);
  return result.rows;
}

/** Enrolments in and completions of these subjects between two instants (the audience's only, if given). */
export async function learningInPeriod(
  tenant: TenantDb,
  subjects: SubjectRef[],
  from: Date,
  until: Date,
  personIds?: string[],
) {
  if (!subjects.length) return { enrolled: 0, completed: 0 };
  const keys = subjects.map((subject) => `${subject.type}:${subject.id}`);
  const result = await sql<{ enrolled: number; completed: number }>`
    SELECT count(*) FILTER (WHERE enrolled_at >= ${from} AND enrolled_at < ${until})::int AS enrolled,
           count(*) FILTER (WHERE completed_at >= ${from} AND completed_at < ${until})::int AS completed
      FROM enrolments
     WHERE organisation_id = ${tenant.organisationId}
       AND subject_kind || ':' || subject_id::text = ANY(${keys}::text[])
       ${personIds ? sql`AND person_id = ANY(${personIds}::uuid[])` : sql``}`.execute(tenant.executor);
  return result.rows[0] ?? { enrolled: 0, completed: 0 };
}

/**
 * For a manager's coach panel: what these people finished since `finishedSince` (newest first, at most
 * ten), and when any of them last enrolled, worked on or finished anything.
 */
export async function teamLearningFacts(tenant: TenantDb, personIds: string[], finishedSince: Date) {
  if (!personIds.length) return { finished: [], lastActivityAt: null };
  const finished = await tenant
    .selectFrom('enrolments')
    .select(['person_id', 'subject_kind', 'subject_id', 'completed_at'])
    .where(sql<boolean>`person_id = ANY(${personIds}::uuid[])`)
    .where('completed_at', '>=', finishedSince)
    .orderBy('completed_at', 'desc')
    .limit(10)
    .execute();
  const last = await tenant
    .selectFrom('enrolments')
    .select(
      sql<Date | null>`max(greatest(enrolled_at, coalesce(last_activity_at, enrolled_at), coalesce(completed_at, enrolled_at)))`.as(
        'at',
      ),
    )
    .where(sql<boolean>`person_id = ANY(${personIds}::uuid[])`)
    .executeTakeFirst();
  return {
    finished: finished.map((row) => ({
      personId: row.person_id,
      subject: { type: row.subject_kind, id: row.subject_id } as SubjectRef,
      completedAt: row.completed_at as Date,
    })),
    lastActivityAt: last?.at ? new Date(last.at) : null,
  };
}
