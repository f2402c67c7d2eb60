import type { TenantDb } from '../../db/tenant.ts';

/** The badges a person earned since a moment, newest first (name and when; reasons stay in recognition). */
export async function badgesEarned(tenant: TenantDb, personId: string, since: Date) {
  const rows = await tenant
    .selectFrom('badge_awards')
    .innerJoin('badges as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'badge_awards.organisation_id')
        .onRef('b.id', '=', 'badge_awards.badge_id'),
    )
    .select(['badge_awards.id', 'badge_awards.badge_id', 'badge_awards.awarded_at', 'b.name'])
    .where('badge_awards.person_id', '=', personId)
    .where('badge_awards.awarded_at', '>=', since)
    .where('badge_awards.revoked_at', 'is', null)
    .orderBy('badge_awards.awarded_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    badgeId: row.badge_id,
    name: row.name,
    awardedAt: row.awarded_at,
  }));
}
