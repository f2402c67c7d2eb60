import { sql } from 'kysely';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of the leaderboards at scale: totals kept by triggers (migration 0272).

/**
 * Per team (a unit with the units below it): how many current people it has, its points in a period
 * (when asked), and whether the reader is one of them — read from the per-unit totals, one row per unit
 * (and day), never from the people or the ledger themselves.
 */
export async function teamTotals(
  tenant: TenantDb,
  teamIds: string[],
  options: { readerId: string | null; points?: { from: string; to: string } },
) {
  const totals = new Map<string, { members: number; points: number; isMine: boolean }>();
  if (!teamIds.length) return totals;
  const org = tenant.organisationId;
  // Each unit's points in the period, summed once (a hash join), not looked up per unit of every team.
  const points = options.points
    ? sql`SELECT org_unit_id, sum(points) AS points FROM points_unit_days WHERE organisation_id = ${org}
        AND on_date BETWEEN ${options.points.from} AND ${options.points.to} GROUP BY org_unit_id`
    : sql`SELECT NULL::uuid AS org_unit_id, 0 AS points WHERE false`;
  const rows = await sql<{ team_id: string; members: number; points: number; is_mine: boolean }>`
    WITH RECURSIVE tree AS (
      SELECT id AS team_id, id AS unit_id FROM org_units
      WHERE organisation_id = ${org} AND id IN (${sql.join(teamIds)})
      UNION ALL
      SELECT tree.team_id, u.id FROM org_units u JOIN tree ON u.parent_id = tree.unit_id
      WHERE u.organisation_id = ${org}
    ), mine AS (
      SELECT org_unit_id FROM people WHERE organisation_id = ${org} AND id = ${options.readerId} AND status <> 'left'
    )
    SELECT team_id,
           coalesce(sum(members), 0)::int AS members,
           coalesce(sum(points), 0)::int AS points,
           coalesce(bool_or(is_mine), false) AS is_mine
      FROM (SELECT tree.team_id, c.members, d.points, tree.unit_id IN (SELECT org_unit_id FROM mine) AS is_mine
              FROM tree
              LEFT JOIN unit_member_counts c ON c.organisation_id = ${org} AND c.org_unit_id = tree.unit_id
              LEFT JOIN (${points}) d ON d.org_unit_id = tree.unit_id) units
     GROUP BY team_id`.execute(tenant.executor);
  for (const row of rows.rows)
    totals.set(row.team_id, { members: row.members, points: row.points, isMine: row.is_mine });
  return totals;
}

/**
 * The month's individual board as a whole: everyone who opted in and has not left, with their points of
 * the month and their name, best first (ties by name in the app: `byName`). Read once per organisation
 * and a few seconds (recognition.cache.ts), so every reader's window is cut from memory.
 */
export async function monthRanking(tenant: TenantDb, month: string) {
  const rows = await sql<{ id: string; name: string; score: number }>`
    SELECT p.id, ${displayNameSql('p')} AS name, coalesce(m.points, 0)::int AS score
      FROM recognition_preferences r
      JOIN people p ON p.organisation_id = r.organisation_id AND p.id = r.person_id AND p.status <> 'left'
      LEFT JOIN points_person_months m ON m.organisation_id = r.organisation_id AND m.month = ${month}
       AND m.person_id = r.person_id
     WHERE r.organisation_id = ${tenant.organisationId} AND r.on_leaderboards`.execute(tenant.executor);
  return rows.rows;
}

/** Each team's units (the team's unit and every unit below it), as unit → the teams it counts for. */
export async function teamsOfUnits(tenant: TenantDb, teamIds: string[]) {
  const teams = new Map<string, string[]>();
  if (!teamIds.length) return teams;
  const org = tenant.organisationId;
  const rows = await sql<{ team_id: string; unit_id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id AS team_id, id AS unit_id FROM org_units WHERE organisation_id = ${org} AND id IN (${sql.join(teamIds)})
      UNION ALL
      SELECT tree.team_id, u.id FROM org_units u JOIN tree ON u.parent_id = tree.unit_id WHERE u.organisation_id = ${org}
    ) SELECT team_id, unit_id FROM tree`.execute(tenant.executor);
  for (const row of rows.rows) teams.set(row.unit_id, [...(teams.get(row.unit_id) ?? []), row.team_id]);
  return teams;
}

/** A current person's unit (none when they left or have no unit), as a team's members are counted. */
export async function unitOfPerson(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('people')
    .select('org_unit_id')
    .where('id', '=', personId)
    .where('status', '<>', 'left')
    .executeTakeFirst();
  return { unitId: row?.org_unit_id ?? null };
}
