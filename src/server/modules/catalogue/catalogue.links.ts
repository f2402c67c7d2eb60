import type { LearningSubjectKind } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

/** Replaces the plain topic tags of a content item, course or path (other link kinds stay). */
export async function replaceTopics(
  trx: TenantDb,
  subjectKind: LearningSubjectKind,
  subjectId: string,
  labels: string[],
): Promise<void> {
  await trx
    .deleteFrom('learning_links')
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .where('target_kind', '=', 'topic')
    .execute();
  const unique = [...new Map(labels.map((label) => [label.toLowerCase(), label])).values()];
  if (unique.length)
    await trx
      .insertInto(
        'learning_links',
        unique.map((label) => ({
          subject_kind: subjectKind,
          subject_id: subjectId,
          target_kind: 'topic' as const,
          target_id: null,
          label,
        })),
      )
      .execute();
}

export async function topicsOf(
  tenant: TenantDb,
  subjectKind: LearningSubjectKind,
  subjectIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (!subjectIds.length) return result;
  const rows = await tenant
    .selectFrom('learning_links')
    .select(['subject_id', 'label'])
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', 'in', subjectIds)
    .where('target_kind', '=', 'topic')
    .orderBy('label')
    .execute();
  for (const row of rows) {
    const list = result.get(row.subject_id) ?? [];
    list.push(row.label ?? '');
    result.set(row.subject_id, list);
  }
  return result;
}
