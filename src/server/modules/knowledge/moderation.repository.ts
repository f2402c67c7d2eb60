import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of moderation: reports on posts, hiding and restoring (the posts themselves: knowledge.repository.ts).

export const setHidden = (
  tenant: TenantDb,
  id: string,
  hidden: { hidden_at: Date; hidden_by: string | null; hidden_reason: string } | null,
) =>
  tenant
    .updateTable('knowledge_posts')
    .set(hidden ?? { hidden_at: null, hidden_by: null, hidden_reason: null })
    .where('id', '=', id)
    .execute();

export const upsertReport = (
  tenant: TenantDb,
  row: { post_id: string; reporter_id: string; reason: string },
) =>
  tenant
    .insertInto('knowledge_reports', row)
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'post_id', 'reporter_id'])
        .doUpdateSet({ reason: row.reason, resolved_at: null }),
    )
    .execute();

export const resolveReports = (tenant: TenantDb, postId: string, at: Date) =>
  tenant
    .updateTable('knowledge_reports')
    .set({ resolved_at: at })
    .where('post_id', '=', postId)
    .where('resolved_at', 'is', null)
    .execute();

export const openReportCount = async (tenant: TenantDb, postId: string) =>
  (
    await tenant
      .selectFrom('knowledge_reports')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('post_id', '=', postId)
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow()
  ).n;

export const openReports = (tenant: TenantDb) =>
  tenant
    .selectFrom('knowledge_reports')
    .innerJoin('knowledge_posts as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'knowledge_reports.organisation_id')
        .onRef('p.id', '=', 'knowledge_reports.post_id'),
    )
    .leftJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'knowledge_reports.organisation_id')
        .onRef('a.id', '=', 'knowledge_reports.reporter_id'),
    )
    .select([
      'knowledge_reports.id',
      'knowledge_reports.post_id',
      'p.title',
      'p.hidden_at',
      'knowledge_reports.reporter_id',
      'a.given_name as author_given_name',
      'a.family_name_prefix as author_family_name_prefix',
      'a.family_name as author_family_name',
      'knowledge_reports.reason',
      'knowledge_reports.created_at',
    ])
    .where('knowledge_reports.resolved_at', 'is', null)
    .orderBy('knowledge_reports.created_at')
    .limit(200)
    .execute();
