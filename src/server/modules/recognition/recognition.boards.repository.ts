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
 * The month's individual board: everyone who opted in and has not left, with their points of the month —
 * but only the groups of equal score the reader's window can touch (the top three ranks, and two ranks
 * around the reader's group), each row with the rank its group starts at (`groupFirst`). The order by
 * name within a group is the app's (`leaderboardWindow`), so whole groups are sent.
 */
export async function monthBoard(tenant: TenantDb, month: string, readerId: string | null) {
  const rows = await sql<{ id: string; name: string; score: number; groupFirst: number }>`
    WITH board AS (
      SELECT p.id, coalesce(m.points, 0)::int AS score
        FROM recognition_preferences r
        JOIN people p ON p.organisation_id = r.organisation_id AND p.id = r.person_id AND p.status <> 'left'
        LEFT JOIN points_person_months m ON m.organisation_id = r.organisation_id AND m.month = ${month}
         AND m.person_id = r.person_id
       WHERE r.organisation_id = ${tenant.organisationId} AND r.on_leaderboards
    ), score_groups AS (
      SELECT score, count(*)::int AS size,
             (sum(count(*)) OVER (ORDER BY score DESC) - count(*) + 1)::int AS first_rank
        FROM board GROUP BY score
    ), mine AS (
      SELECT g.first_rank, g.first_rank + g.size - 1 AS last_rank
        FROM board b JOIN score_groups g ON g.score = b.score WHERE b.id = ${readerId}
    )
    SELECT b.id, b.score, g.first_rank AS "groupFirst",
           -- Names only for the rows sent (a key lookup each), not for the whole board.
           (SELECT ${displayNameSql('n')} FROM people n WHERE n.organisation_id = ${tenant.organisationId} AND n.id = b.id) AS name
      FROM board b JOIN score_groups g ON g.score = b.score
     WHERE g.first_rank <= 3
        OR (g.first_rank <= (SELECT last_rank FROM mine) + 2
            AND g.first_rank + g.size - 1 >= (SELECT first_rank FROM mine) - 2)`.execute(tenant.executor);
  return rows.rows;
}
