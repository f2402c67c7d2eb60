import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import { levelOf } from '../skills.level-rule.ts';

// The team matrix reads 500 people × 60 skills: one row per person with integer arrays, not 30,000 rows
// with uuids, which cost more to send and parse than to compute (BENCHMARKS.md).

/** The people's skill_current_levels rows `c`, found person by person through the primary key. */
const teamRows = (tenant: TenantDb, personIds: readonly string[]) => sql`
  unnest(${sql.val([...personIds])}::uuid[]) AS team(person_id)
  JOIN skill_current_levels c ON c.organisation_id = ${tenant.organisationId} AND c.person_id = team.person_id`;

/** The matrix's skills, by Dutch name: those the people's roles ask for and those they have a level on. */
export async function matrixSkills(
  tenant: TenantDb,
  personIds: readonly string[],
  targetSkillIds: readonly string[],
) {
  const { rows } = await sql<{ id: string; name_nl: string; name_en: string }>`
    SELECT s.id, s.name_nl, s.name_en
    FROM skills s
    WHERE s.organisation_id = ${tenant.organisationId}
      AND (s.id = ANY(${sql.val([...targetSkillIds])}::uuid[])
        OR s.id IN (SELECT c.skill_id FROM ${teamRows(tenant, personIds)}))
    ORDER BY s.name_nl`.execute(tenant.executor);
  return rows;
}

/** Per person the current level on each of `skillIds`, in that order (null: no level). */
export async function matrixLevels(
  tenant: TenantDb,
  personIds: readonly string[],
  skillIds: readonly string[],
  today: string,
): Promise<Map<string, (number | null)[]>> {
  const levels = new Map<string, (number | null)[]>();
  if (personIds.length === 0 || skillIds.length === 0) return levels;
  // Person by person (primary key), so no sort of all 30,000 rows is needed to group them.
  const { rows } = await sql<{ person_id: string; positions: number[]; levels: number[] }>`
    SELECT team.person_id, mine.positions, mine.levels
    FROM unnest(${sql.val([...personIds])}::uuid[]) AS team(person_id)
    CROSS JOIN LATERAL (
      SELECT array_agg(s.position::int) AS positions, array_agg(${levelOf(today)}) AS levels
      FROM skill_current_levels c
      JOIN unnest(${sql.val([...skillIds])}::uuid[]) WITH ORDINALITY AS s(skill_id, position)
        ON s.skill_id = c.skill_id
      WHERE c.organisation_id = ${tenant.organisationId} AND c.person_id = team.person_id
    ) mine
    WHERE mine.positions IS NOT NULL`.execute(tenant.executor);
  for (const row of rows) {
    const mine: (number | null)[] = new Array(skillIds.length).fill(null);
    row.positions.forEach((position, i) => {
      mine[position - 1] = row.levels[i]!;
    });
    levels.set(row.person_id, mine);
  }
  return levels;
}
