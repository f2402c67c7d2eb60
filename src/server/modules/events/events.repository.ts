import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of events: sessions, their settings and reminders, on the organisation-scoped database.

export const sessionColumns = [
  'event_sessions.id',
  'event_sessions.content_id',
  'event_sessions.starts_at',
  'event_sessions.ends_at',
  'event_sessions.location',
  'event_sessions.online_url',
  'event_sessions.trainer_id',
  'event_sessions.trainer_name',
  'event_sessions.seats',
  'event_sessions.signup_deadline',
  'event_sessions.status',
  'event_sessions.sequence',
  'event_sessions.checkin_code',
  'event_sessions.created_by',
] as const;

/** Sessions with their seat counts (confirmed, waitlisted). */
export function sessionsWithCounts(tenant: TenantDb) {
  return tenant
    .selectFrom('event_sessions')
    .leftJoin('people as trainer', (join) =>
      join
        .onRef('trainer.organisation_id', '=', 'event_sessions.organisation_id')
        .onRef('trainer.id', '=', 'event_sessions.trainer_id'),
    )
    .select(sessionColumns)
    .select([
      'trainer.given_name as trainer_given_name',
      'trainer.family_name_prefix as trainer_family_name_prefix',
      'trainer.family_name as trainer_family_name',
      sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.organisation_id = event_sessions.organisation_id
        AND r.session_id = event_sessions.id AND r.status = 'confirmed')`.as('confirmed'),
      sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.organisation_id = event_sessions.organisation_id
        AND r.session_id = event_sessions.id AND r.status = 'waitlisted')`.as('waitlisted'),
    ]);
}
export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionsWithCounts>['execute']>>[number];

export const findSession = (tenant: TenantDb, id: string) =>
  sessionsWithCounts(tenant).where('event_sessions.id', '=', id).executeTakeFirst();

export const sessionsOfEvent = (tenant: TenantDb, contentId: string) =>
  sessionsWithCounts(tenant)
    .where('event_sessions.content_id', '=', contentId)
    .orderBy('event_sessions.starts_at')
    .execute();

export const upcomingSessions = (tenant: TenantDb, since: Date, limit: number) =>
  sessionsWithCounts(tenant)
    .where('event_sessions.ends_at', '>=', since)
    .orderBy('event_sessions.starts_at')
    .limit(limit)
    .execute();

export type SessionColumns = {
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  online_url: string | null;
  trainer_id: string | null;
  trainer_name: string | null;
  seats: number;
  signup_deadline: Date | null;
};

export const insertSession = (
  tenant: TenantDb,
  row: SessionColumns & { content_id: string; checkin_code: string; created_by: string | null },
) => tenant.insertInto('event_sessions', row).returning('id').executeTakeFirstOrThrow();

export const updateSession = (tenant: TenantDb, id: string, row: Partial<SessionColumns>, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ ...row, sequence: sql<number>`sequence + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();

export const markSessionCancelled = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ status: 'cancelled', sequence: sql<number>`sequence + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();

/** Scheduled sessions starting within the window that have not been reminded of yet. */
export const sessionsToRemind = (db: TenantDb['executor'], until: Date, now: Date) =>
  db
    .selectFrom('event_sessions')
    .select(['organisation_id', 'id'])
    .where('status', '=', 'scheduled')
    .where('reminded_at', 'is', null)
    .where('starts_at', '>', now)
    .where('starts_at', '<=', until)
    .limit(500)
    .execute();

export const markReminded = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();

/** The event's settings: cost, approval, the team it is for (no row: free, open to everyone). */
export const settingsOf = (tenant: TenantDb, contentId: string) =>
  tenant
    .selectFrom('event_settings')
    .select(['content_id', 'cost_cents', 'needs_approval', 'team_manager_id'])
    .where('content_id', '=', contentId)
    .executeTakeFirst();

export const settingsOfMany = (tenant: TenantDb, contentIds: string[]) =>
  contentIds.length
    ? tenant
        .selectFrom('event_settings')
        .select(['content_id', 'cost_cents', 'needs_approval', 'team_manager_id'])
        .where('content_id', 'in', contentIds)
        .execute()
    : Promise.resolve([]);
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof settingsOf>>>;

export const saveSettings = (
  tenant: TenantDb,
  row: {
    content_id: string;
    cost_cents: number | null;
    needs_approval: boolean;
    team_manager_id: string | null;
  },
) =>
  tenant
    .insertInto('event_settings', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'content_id']).doUpdateSet({
        cost_cents: row.cost_cents,
        needs_approval: row.needs_approval,
      }),
    )
    .execute();

/** Is the person on the team a manager's event is for (a direct report, or the manager)? */
export const isOnTeamOf = async (tenant: TenantDb, managerId: string, personId: string) =>
  managerId === personId ||
  Boolean(
    await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', personId)
      .where('manager_id', '=', managerId)
      .executeTakeFirst(),
  );

export const hasReports = async (tenant: TenantDb, managerId: string) =>
  Boolean(
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('status', '<>', 'left')
      .limit(1)
      .executeTakeFirst(),
  );

export const managerOf = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('people').select('manager_id').where('id', '=', personId).executeTakeFirst())
    ?.manager_id ?? null;
