import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// ---- challenges

export const challengesQuery = (tenant: TenantDb) =>
  tenant
    .selectFrom('challenges')
    .select([
      'id',
      'title',
      'description',
      'metric',
      'content_id',
      'goal',
      sql<string>`starts_on::text`.as('starts_on'),
      sql<string>`ends_on::text`.as('ends_on'),
      'created_by',
      'created_at',
    ])
    .orderBy('ends_on', 'desc')
    .orderBy('id');
export type ChallengeRow = Awaited<ReturnType<ReturnType<typeof challengesQuery>['execute']>>[number];

export async function teamsOfChallenges(tenant: TenantDb, challengeIds: string[]) {
  const teams = new Map<string, { id: string; name: string }[]>();
  if (!challengeIds.length) return teams;
  const rows = await tenant
    .selectFrom('challenge_teams')
    .innerJoin('org_units as u', (join) =>
      join
        .onRef('u.organisation_id', '=', 'challenge_teams.organisation_id')
        .onRef('u.id', '=', 'challenge_teams.org_unit_id'),
    )
    .select(['challenge_teams.challenge_id', 'u.id', 'u.name'])
    .where('challenge_teams.challenge_id', 'in', challengeIds)
    .orderBy('u.name')
    .execute();
  for (const row of rows) {
    const list = teams.get(row.challenge_id) ?? [];
    list.push({ id: row.id, name: row.name });
    teams.set(row.challenge_id, list);
  }
  return teams;
}
