import { subjectTypeOf } from '../../core/events.ts';
import type { TenantDb } from '../../db/tenant.ts';
import type { EventsQuery } from './audit.schemas.ts';

const withActor = (tenant: TenantDb) =>
  tenant
    .selectFrom('events')
    .leftJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'events.organisation_id')
        .onRef('people.id', '=', 'events.actor_person_id'),
    );

const eventColumns = [
  'events.id',
  'events.action',
  'events.subject_type',
  'events.subject_id',
  'events.actor_person_id',
  'events.actor_token_id',
  'events.changes',
  'events.created_at',
  'people.given_name',
  'people.family_name_prefix',
  'people.family_name',
] as const;

/** One page of the audit log, newest first, with who acted, and how many events match in all. */
export async function listEvents(tenant: TenantDb, query: EventsQuery) {
  let events = withActor(tenant);
  if (query.subjectType) events = events.where('events.subject_type', '=', query.subjectType);
  if (query.subjectId) events = events.where('events.subject_id', '=', query.subjectId);
  if (query.action) events = events.where('events.action', '=', query.action);
  const [rows, count] = await Promise.all([
    events
      .select(eventColumns)
      .orderBy('events.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    events.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export type EventRow = Awaited<ReturnType<typeof listEvents>>['rows'][number];

/** The latest events about one thing, newest first. */
export function eventsAbout(tenant: TenantDb, subject: { type: string; id: string }, limit: number) {
  return withActor(tenant)
    .select(eventColumns)
    .where('events.subject_type', '=', subject.type)
    .where('events.subject_id', '=', subject.id)
    .orderBy('events.id', 'desc')
    .limit(limit)
    .execute();
}

/** When an action last happened in the organisation (the last HR import, say), or null. */
export async function lastEventAt(tenant: TenantDb, action: string): Promise<Date | null> {
  const row = await tenant
    .selectFrom('events')
    .select('created_at')
    // The subject type narrows the search to events_subject's range of that kind (an import's few
    // rows), instead of walking the whole log from the newest event when the action never happened.
    .where('subject_type', '=', subjectTypeOf(action))
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}
