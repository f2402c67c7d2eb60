import { sql } from 'kysely';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';

// ---- badges

export const badgesQuery = (tenant: TenantDb) =>
  tenant
    .selectFrom('badges')
    .selectAll()
    .orderBy('archived_at', (ob) => ob.nullsFirst())
    .orderBy('name');
export type BadgeRow = Awaited<ReturnType<ReturnType<typeof badgesQuery>['execute']>>[number];
export const findBadge = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('badges').selectAll().where('id', '=', id).executeTakeFirst();

export function awardsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('badge_awards')
    .innerJoin('badges as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'badge_awards.organisation_id')
        .onRef('b.id', '=', 'badge_awards.badge_id'),
    )
    .select([
      'badge_awards.id',
      'badge_awards.badge_id',
      'badge_awards.person_id',
      'badge_awards.awarded_by',
      'badge_awards.reason',
      'badge_awards.awarded_at',
      'b.name',
      'b.description',
      'b.criteria_narrative',
      'b.image_file_id',
    ])
    .where('badge_awards.revoked_at', 'is', null)
    .orderBy('badge_awards.awarded_at', 'desc');
}

/** One award (revoked or not), locked for a change, with what the revocation policy needs of its person. */
export const lockAward = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('badge_awards')
    .innerJoin('badges as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'badge_awards.organisation_id')
        .onRef('b.id', '=', 'badge_awards.badge_id'),
    )
    .select([
      'badge_awards.id',
      'badge_awards.badge_id',
      'badge_awards.person_id',
      'badge_awards.revoked_at',
      'b.name',
    ])
    .where('badge_awards.id', '=', id)
    .forUpdate('badge_awards')
    .executeTakeFirst();

export const markRevoked = (
  tenant: TenantDb,
  id: string,
  revocation: { at: Date; by: string | null; reason: string },
) =>
  tenant
    .updateTable('badge_awards')
    .set({ revoked_at: revocation.at, revoked_by: revocation.by, revocation_reason: revocation.reason })
    .where('id', '=', id)
    .execute();

/** The badge's celebration goes with it: the person is no longer shown the badge anywhere. */
export const deleteBadgeCelebration = (tenant: TenantDb, personId: string, badgeId: string) =>
  tenant
    .deleteFrom('celebrations')
    .where('person_id', '=', personId)
    .where('kind', '=', 'badge')
    .where('subject_id', '=', badgeId)
    .execute();

/** Who holds a badge now (not revoked), newest first. */
export const holdersQuery = (tenant: TenantDb, badgeId: string) =>
  tenant
    .selectFrom('badge_awards')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'badge_awards.organisation_id')
        .onRef('p.id', '=', 'badge_awards.person_id'),
    )
    .select([
      'badge_awards.id',
      'badge_awards.person_id',
      displayNameSql('p').as('person_name'),
      'p.manager_id',
      'badge_awards.awarded_by',
      'badge_awards.reason',
      'badge_awards.awarded_at',
    ])
    .where('badge_awards.badge_id', '=', badgeId)
    .where('badge_awards.revoked_at', 'is', null)
    .orderBy('badge_awards.awarded_at', 'desc')
    .orderBy('badge_awards.id')
    .execute();

export async function insertAward(
  tenant: TenantDb,
  row: { badge_id: string; person_id: string; awarded_by: string | null; reason: string | null },
) {
  return (
    (await tenant
      .insertInto('badge_awards', row)
      .onConflict((oc) => oc.columns(['organisation_id', 'badge_id', 'person_id']).doNothing())
      .returning(['id'])
      .executeTakeFirst()) ?? null
  );
}

/**
 * Who meets an automatic badge's criteria and has not got it yet (optionally among some people),
 * from recognition's own facts: celebrations of paths, applications and events; kudos from
 * distinct colleagues ("helped three colleagues").
 */
export async function qualifyingPeople(tenant: TenantDb, badge: BadgeRow, among: string[] | null) {
  if (badge.criteria_kind === 'manual' || badge.archived_at) return [];
  if (among && !among.length) return [];
  const org = tenant.organisationId;
  const amongSql = (column: string) => (among ? sql`AND ${sql.ref(column)} IN (${sql.join(among)})` : sql``);
  const notYet = (column: string) => sql`AND NOT EXISTS (SELECT 1 FROM badge_awards a
    WHERE a.organisation_id = ${org} AND a.badge_id = ${badge.id} AND a.person_id = ${sql.ref(column)})`;
  const count = badge.criteria_count;
  let rows: { person_id: string }[];
  if (badge.criteria_kind === 'helped_colleagues') {
    rows = (
      await sql<{ person_id: string }>`SELECT receiver_id AS person_id FROM kudos
        WHERE organisation_id = ${org} ${amongSql('receiver_id')} ${notYet('receiver_id')}
        GROUP BY receiver_id HAVING count(DISTINCT giver_id) >= ${count}`.execute(tenant.executor)
    ).rows;
  } else {
    const kind = { path_completed: 'path', skill_applied: 'applied', event_attended: 'event' }[
      badge.criteria_kind
    ];
    const subject = badge.criteria_subject_id ? sql`AND subject_id = ${badge.criteria_subject_id}` : sql``;
    rows = (
      await sql<{ person_id: string }>`SELECT person_id FROM celebrations
        WHERE organisation_id = ${org} AND kind = ${kind} ${subject} ${amongSql('person_id')} ${notYet('person_id')}
        GROUP BY person_id HAVING count(*) >= ${count}`.execute(tenant.executor)
    ).rows;
  }
  return rows.map((row) => row.person_id);
}
