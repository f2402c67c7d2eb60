import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '../../core/bus.ts';
import { type CalendarDate, calendarDateOf, DEFAULT_TIME_ZONE } from '../../core/calendar.ts';
import { type OrgContext, organisationContext } from '../../core/context.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// Every request and job that needs "today" asks for its organisation's time zone, so it is remembered
// in process memory. A change on this instance forgets it at once; other instances within a minute.

const rememberMs = 60_000;
const remembered = new Map<string, { timeZone: string; until: number }>();

export async function organisationTimeZone(db: Executor | TenantDb, organisationId: string): Promise<string> {
  const now = Date.now();
  const known = remembered.get(organisationId);
  if (known && known.until > now) return known.timeZone;
  const executor = 'executor' in db ? db.executor : db;
  const row = await executor
    .selectFrom('organisations')
    .select('time_zone')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  const timeZone = row?.time_zone ?? DEFAULT_TIME_ZONE;
  remembered.set(organisationId, { timeZone, until: now + rememberMs });
  return timeZone;
}

/** After the organisation's time zone changed. */
export function forgetOrganisationTimeZone(organisationId: string) {
  remembered.delete(organisationId);
}

/** Today's date on the organisation's calendar (at a given instant, for jobs and tests). */
export async function organisationToday(
  db: Executor | TenantDb,
  organisationId: string,
  at: Date = new Date(),
): Promise<CalendarDate> {
  return calendarDateOf(at, await organisationTimeZone(db, organisationId));
}

/** Every organisation grouped by today's date on its calendar: daily jobs run per date, per organisation. */
export async function organisationsByToday(
  db: Executor,
  at: Date = new Date(),
): Promise<Map<CalendarDate, string[]>> {
  const rows = await db.selectFrom('organisations').select(['id', 'time_zone']).execute();
  const byToday = new Map<CalendarDate, string[]>();
  for (const row of rows) {
    remembered.set(row.id, { timeZone: row.time_zone, until: Date.now() + rememberMs });
    const today = calendarDateOf(at, row.time_zone);
    byToday.set(today, [...(byToday.get(today) ?? []), row.id]);
  }
  return byToday;
}

/** A system context for one organisation (daily jobs, listeners): its "today" is on its own calendar. */
export async function organisationContextOf(
  deps: { db: Db; log: FastifyBaseLogger; bus: Bus },
  organisationId: string,
  at: Date = new Date(),
): Promise<OrgContext> {
  const timeZone = await organisationTimeZone(deps.db, organisationId);
  return organisationContext({ ...deps, organisationId, timeZone, at });
}
