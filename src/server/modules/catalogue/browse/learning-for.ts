import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { Locale } from '../../../db/schema.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { publishedEntries } from './browse.repository.ts';

export type LearningTarget = { kind: 'skill' | 'value' | 'competency' | 'goal' | 'topic'; id: string };

/**
 * Published learning that serves the given skills, values, competencies, goals or topics (for a topic
 * the id is its label). Skills' gap view and development's plan actions call this.
 */
export async function learningFor(
  db: Executor,
  organisationId: string,
  targets: LearningTarget[],
  locale: Locale,
) {
  if (!targets.length) return [];
  const tenant = forOrganisation(db, organisationId);
  const matches = sql.join(
    targets.map((target) =>
      target.kind === 'topic'
        ? sql`(l.target_kind = 'topic' AND fold_text(l.label) = fold_text(${target.id}))`
        : sql`(l.target_kind = ${target.kind} AND l.target_id = ${target.id}::uuid)`,
    ),
    sql` OR `,
  );
  const rows = await sql<{
    type: 'content' | 'course' | 'path';
    id: string;
    title: string;
    format: string;
    duration_minutes: number | null;
    target: string;
  }>`
    SELECT DISTINCT e.type, e.id, e.title, e.format, e.duration_minutes,
      coalesce(l.target_id::text, l.label) AS target
    FROM ${publishedEntries(organisationId, locale)} e
    JOIN learning_links l ON l.organisation_id = ${organisationId} AND l.subject_kind = e.type AND l.subject_id = e.id
    WHERE ${matches}
    ORDER BY e.title`.execute(tenant.executor);
  return rows.rows.map((row) => ({
    type: row.type,
    id: row.id,
    title: row.title,
    format: row.format,
    durationMinutes: row.duration_minutes,
    targetId: row.target,
  }));
}
