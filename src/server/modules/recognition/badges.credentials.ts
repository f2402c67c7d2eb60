import type { TenantDb } from '../../db/tenant.ts';

export type BadgeAwardFacts = {
  id: string;
  personId: string;
  badgeId: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  imageFileId: string | null;
  reason: string | null;
  awardedAt: Date;
};

/**
 * What the credentials module needs to issue an Open Badges credential for badge awards: the chosen ones
 * (`ids`), one person's, or all of the organisation's (the retroactive job).
 */
export async function badgeAwardsForCredentials(
  tenant: TenantDb,
  filter: { ids?: string[]; personId?: string },
): Promise<BadgeAwardFacts[]> {
  if (filter.ids && !filter.ids.length) return [];
  let query = tenant
    .selectFrom('badge_awards')
    .innerJoin('badges as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'badge_awards.organisation_id')
        .onRef('b.id', '=', 'badge_awards.badge_id'),
    )
    .select([
      'badge_awards.id',
      'badge_awards.person_id',
      'badge_awards.badge_id',
      'badge_awards.reason',
      'badge_awards.awarded_at',
      'b.name',
      'b.description',
      'b.criteria_narrative',
      'b.image_file_id',
    ])
    .where('badge_awards.revoked_at', 'is', null)
    .orderBy('badge_awards.awarded_at');
  if (filter.ids) query = query.where('badge_awards.id', 'in', filter.ids);
  if (filter.personId) query = query.where('badge_awards.person_id', '=', filter.personId);
  return (await query.execute()).map((row) => ({
    id: row.id,
    personId: row.person_id,
    badgeId: row.badge_id,
    name: row.name,
    description: row.description,
    criteriaNarrative: row.criteria_narrative,
    imageFileId: row.image_file_id,
    reason: row.reason,
    awardedAt: row.awarded_at,
  }));
}

/** Badge awards taken back (their credentials are revoked too): the credentials job's backstop. */
export async function revokedBadgeAwards(tenant: TenantDb) {
  const rows = await tenant
    .selectFrom('badge_awards')
    .select(['id', 'revoked_by', 'revocation_reason'])
    .where('revoked_at', 'is not', null)
    .execute();
  return rows.map((row) => ({ id: row.id, revokedBy: row.revoked_by, reason: row.revocation_reason ?? '' }));
}
