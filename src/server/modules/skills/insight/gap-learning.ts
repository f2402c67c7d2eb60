import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { learningFor } from '../../catalogue/index.ts';

export type LearningSuggestion = {
  type: 'content' | 'course' | 'path';
  id: string;
  title: string;
  format: string;
  durationMinutes: number | null;
};

/** Published learning tagged with each skill (catalogue's learning_links), by skill id. */
export async function learningForSkillGaps(
  tenant: TenantDb,
  skillIds: readonly string[],
  locale: Locale,
): Promise<Map<string, LearningSuggestion[]>> {
  const found = await learningFor(
    tenant.executor,
    tenant.organisationId,
    skillIds.map((id) => ({ kind: 'skill' as const, id })),
    locale,
  );
  const bySkill = new Map<string, LearningSuggestion[]>();
  for (const { targetId, ...suggestion } of found) {
    bySkill.set(targetId, [...(bySkill.get(targetId) ?? []), suggestion]);
  }
  return bySkill;
}
