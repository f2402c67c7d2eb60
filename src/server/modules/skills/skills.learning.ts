import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';

export type LearningSuggestion = {
  type: 'content' | 'course' | 'path';
  id: string;
  title: string;
  format: string;
  durationMinutes: number | null;
};

/**
 * SEAM for the catalogue module (docs/ARCHITECTURE.md, contracts): learning that closes a skill gap.
 * Until the catalogue is merged this answers null ("no catalogue connected"), never invented items.
 * After merging, call `learningFor(db, organisationId, skillIds.map((id) => ({ kind: 'skill', id })), locale)`
 * from src/server/modules/catalogue/index.ts and group its answer by `targetId`.
 */
export async function learningForSkillGaps(
  _db: Db,
  _organisationId: string,
  _skillIds: readonly string[],
  _locale: Locale,
): Promise<Map<string, LearningSuggestion[]> | null> {
  return null;
}
