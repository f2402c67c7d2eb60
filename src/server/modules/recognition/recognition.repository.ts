import { sql } from 'kysely';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { type PointAction, pointRules } from './recognition.rules.ts';

export type CelebrationKind =
  | 'content'
  | 'course'
  | 'path'
  | 'plan_goal'
  | 'applied'
  | 'first_step'
  | 'badge'
  | 'event';

// ---- settings and preferences

export async function settingsOf(tenant: TenantDb) {
  const row = await tenant
    .selectFrom('recognition_settings')
    .select(['leaderboards_enabled'])
    .executeTakeFirst();
  return { leaderboardsEnabled: row?.leaderboards_enabled ?? true };
}

export const saveSettings = (tenant: TenantDb, leaderboardsEnabled: boolean, at: Date) =>
  tenant
    .insertInto('recognition_settings', { leaderboards_enabled: leaderboardsEnabled, updated_at: at })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ leaderboards_enabled: leaderboardsEnabled, updated_at: at }),
    )
    .execute();

export type Preferences = { badgesVisible: boolean; pointsVisible: boolean; onLeaderboards: boolean };
const defaults: Preferences = { badgesVisible: true, pointsVisible: false, onLeaderboards: false };

export async function preferencesOf(tenant: TenantDb, personId: string): Promise<Preferences> {
  const row = await tenant
    .selectFrom('recognition_preferences')
    .select(['badges_visible', 'points_visible', 'on_leaderboards'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row
    ? {
        badgesVisible: row.badges_visible,
        pointsVisible: row.points_visible,
        onLeaderboards: row.on_leaderboards,
      }
    : defaults;
}

export const savePreferences = (tenant: TenantDb, personId: string, p: Preferences, at: Date) => {
  const columns = {
    badges_visible: p.badgesVisible,
    points_visible: p.pointsVisible,
    on_leaderboards: p.onLeaderboards,
    updated_at: at,
  };
  return tenant
    .insertInto('recognition_preferences', { person_id: personId, ...columns })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doUpdateSet(columns))
    .execute();
};

/** Of these people, those who chose to appear on individual leaderboards. */
export async function optedIn(tenant: TenantDb, personIds: string[] | 'all') {
  let query = tenant
    .selectFrom('recognition_preferences')
    .select('person_id')
    .where('on_leaderboards', '=', true);
  if (personIds !== 'all') {
    if (!personIds.length) return new Set<string>();
    query = query.where('person_id', 'in', personIds);
  }
  return new Set((await query.execute()).map((row) => row.person_id));
}

// ---- people (shared kernel)

export const personBasics = (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? tenant
        .selectFrom('people')
        .select(['id', displayNameSql('people').as('name'), 'manager_id', 'org_unit_id', 'status'])
        .where('id', 'in', ids)
        .execute()
    : Promise.resolve([]);

export const findPersonBasic = async (tenant: TenantDb, id: string) => (await personBasics(tenant, [id]))[0];

/** The active members of each unit, its descendants included. */
export async function teamMembers(tenant: TenantDb, unitIds: string[]) {
  const members = new Map<string, string[]>();
  if (!unitIds.length) return members;
  const rows = await sql<{ team_id: string; person_id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id AS team_id, id AS unit_id FROM org_units
      WHERE organisation_id = ${tenant.organisationId} AND id IN (${sql.join(unitIds)})
      UNION ALL
      SELECT tree.team_id, u.id FROM org_units u JOIN tree ON u.parent_id = tree.unit_id
      WHERE u.organisation_id = ${tenant.organisationId}
    )
    SELECT tree.team_id, p.id AS person_id FROM tree
    JOIN people p ON p.organisation_id = ${tenant.organisationId} AND p.org_unit_id = tree.unit_id
    WHERE p.status <> 'left'`.execute(tenant.executor);
  for (const id of unitIds) members.set(id, []);
  for (const row of rows.rows) members.get(row.team_id)?.push(row.person_id);
  return members;
}

export const unitsByIds = (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? tenant.selectFrom('org_units').select(['id', 'name', 'head_id']).where('id', 'in', ids).execute()
    : Promise.resolve([]);

/** The units a manager leads: the units they head and the units their reports are in. */
export async function unitsLedBy(tenant: TenantDb, managerId: string) {
  const rows = await sql<{ id: string }>`
    SELECT id FROM org_units WHERE organisation_id = ${tenant.organisationId} AND head_id = ${managerId}
    UNION
    SELECT org_unit_id FROM people WHERE organisation_id = ${tenant.organisationId}
      AND manager_id = ${managerId} AND org_unit_id IS NOT NULL AND status <> 'left'`.execute(
    tenant.executor,
  );
  return new Set(rows.rows.map((row) => row.id));
}

export const reportsOf = async (tenant: TenantDb, managerId: string) =>
  (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('status', '<>', 'left')
      .execute()
  ).map((row) => row.id);

// ---- points

/**
 * Adds points unless today's cap for the action is reached (or this source already earned them).
 * The advisory lock serialises one person's action, so two requests at the cap give one row.
 */
export async function addPoints(
  tenant: TenantDb,
  input: { personId: string; action: PointAction; sourceId: string | null; onDate: string },
) {
  const rule = pointRules[input.action];
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`${tenant.organisationId}:${input.personId}:${input.action}`}))`.execute(
    tenant.executor,
  );
  const today = await tenant
    .selectFrom('points_ledger')
    .select([(eb) => eb.fn.countAll<string>().as('n')])
    .where('person_id', '=', input.personId)
    .where('action', '=', input.action)
    .where('on_date', '=', input.onDate)
    .executeTakeFirstOrThrow();
  if (Number(today.n) >= rule.dailyCap) return 0;
  if (input.sourceId) {
    const earned = await tenant
      .selectFrom('points_ledger')
      .select('id')
      .where('person_id', '=', input.personId)
      .where('action', '=', input.action)
      .where('source_id', '=', input.sourceId)
      .executeTakeFirst();
    if (earned) return 0;
  }
  await tenant
    .insertInto('points_ledger', {
      person_id: input.personId,
      action: input.action,
      points: rule.points,
      on_date: input.onDate,
      source_id: input.sourceId,
    })
    .execute();
  return rule.points;
}

export async function pointsTotals(
  tenant: TenantDb,
  personIds: string[] | 'all',
  from?: string,
  to?: string,
) {
  let query = tenant
    .selectFrom('points_ledger')
    .select(['person_id', (eb) => eb.fn.sum<string>('points').as('points')])
    .groupBy('person_id');
  if (personIds !== 'all') {
    if (!personIds.length) return new Map<string, number>();
    query = query.where('person_id', 'in', personIds);
  }
  if (from) query = query.where('on_date', '>=', from);
  if (to) query = query.where('on_date', '<=', to);
  return new Map((await query.execute()).map((row) => [row.person_id, Number(row.points)]));
}

export const ledgerOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('points_ledger')
    .select(['action', 'points', sql<string>`on_date::text`.as('on_date'), 'source_id', 'created_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();

/** The dates a person took a step (points or a celebration) in the last year: the streak's weeks. */
export async function activeDates(tenant: TenantDb, personId: string, since: string) {
  const rows = await sql<{ on_date: string }>`
    SELECT DISTINCT on_date::text AS on_date FROM points_ledger
    WHERE organisation_id = ${tenant.organisationId} AND person_id = ${personId} AND on_date >= ${since}
    UNION
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date::text FROM celebrations
    WHERE organisation_id = ${tenant.organisationId} AND person_id = ${personId} AND created_at >= ${since}::date`.execute(
    tenant.executor,
  );
  return rows.rows.map((row) => row.on_date);
}

// ---- celebrations

export async function insertCelebration(
  tenant: TenantDb,
  row: { person_id: string; kind: CelebrationKind; subject_id: string; title: string },
) {
  const inserted = await tenant
    .insertInto('celebrations', { ...row, title: row.title.slice(0, 300) })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id', 'kind', 'subject_id']).doNothing())
    .returning(['id'])
    .executeTakeFirst();
  return inserted?.id ?? null;
}

export const hasCelebrated = async (tenant: TenantDb, personId: string, kinds: CelebrationKind[]) =>
  Boolean(
    await tenant
      .selectFrom('celebrations')
      .select('id')
      .where('person_id', '=', personId)
      .where('kind', 'in', kinds)
      .executeTakeFirst(),
  );

export const findCelebration = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('celebrations').selectAll().where('id', '=', id).executeTakeFirst();

export type CelebrationRow = NonNullable<Awaited<ReturnType<typeof findCelebration>>>;

export const setShared = (tenant: TenantDb, id: string, at: Date | null) =>
  tenant.updateTable('celebrations').set({ shared_at: at }).where('id', '=', id).execute();

/** A content item attended as an event is celebrated as the event it was. */
export const markAsEvent = (tenant: TenantDb, personId: string, contentId: string) =>
  tenant
    .updateTable('celebrations')
    .set({ kind: 'event' })
    .where('person_id', '=', personId)
    .where('subject_id', '=', contentId)
    .where('kind', '=', 'content')
    .executeTakeFirst();

export function celebrationsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('celebrations')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'celebrations.organisation_id')
        .onRef('p.id', '=', 'celebrations.person_id'),
    )
    .select([
      'celebrations.id',
      'celebrations.person_id',
      displayNameSql('p').as('person_name'),
      'celebrations.kind',
      'celebrations.subject_id',
      'celebrations.title',
      'celebrations.shared_at',
      'celebrations.created_at',
      sql<number>`(SELECT count(*)::int FROM kudos k WHERE k.organisation_id = celebrations.organisation_id AND k.celebration_id = celebrations.id)`.as(
        'kudos_count',
      ),
    ])
    .where('p.status', '<>', 'left')
    .orderBy('celebrations.created_at', 'desc')
    .orderBy('celebrations.id');
}

// ---- kudos

export const insertKudos = (
  tenant: TenantDb,
  row: {
    giver_id: string;
    receiver_id: string;
    message: string;
    value_id: string | null;
    skill_id: string | null;
    celebration_id: string | null;
  },
) => tenant.insertInto('kudos', row).returning(['id']).executeTakeFirstOrThrow();

export function kudosQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('kudos')
    .innerJoin('people as g', (join) =>
      join.onRef('g.organisation_id', '=', 'kudos.organisation_id').onRef('g.id', '=', 'kudos.giver_id'),
    )
    .innerJoin('people as r', (join) =>
      join.onRef('r.organisation_id', '=', 'kudos.organisation_id').onRef('r.id', '=', 'kudos.receiver_id'),
    )
    .select([
      'kudos.id',
      'kudos.giver_id',
      displayNameSql('g').as('giver_name'),
      'kudos.receiver_id',
      displayNameSql('r').as('receiver_name'),
      'kudos.message',
      'kudos.value_id',
      'kudos.skill_id',
      'kudos.celebration_id',
      'kudos.created_at',
    ])
    .orderBy('kudos.created_at', 'desc')
    .orderBy('kudos.id');
}
export type KudosRow = Awaited<ReturnType<ReturnType<typeof kudosQuery>['execute']>>[number];

/** Celebrations a person already recognised with kudos. */
export async function recognisedBy(tenant: TenantDb, giverId: string, celebrationIds: string[]) {
  if (!celebrationIds.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('kudos')
    .select('celebration_id')
    .where('giver_id', '=', giverId)
    .where('celebration_id', 'in', celebrationIds)
    .execute();
  return new Set(rows.map((row) => row.celebration_id));
}

// ---- a person's data (export)

export const kudosOfPerson = (tenant: TenantDb, personId: string) =>
  kudosQuery(tenant)
    .where((eb) => eb.or([eb('kudos.giver_id', '=', personId), eb('kudos.receiver_id', '=', personId)]))
    .execute();
