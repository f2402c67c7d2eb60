import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { currentLevelsOf, today } from './skills.level-rule.ts';
import { levelRatingsOf } from './skills.repository.ts';

/** A person's current level per skill by the documented rule (skills.level-rule.ts). */
export async function currentLevels(
  db: Db,
  organisationId: string,
  personId: string,
): Promise<{ skillId: string; level: number; reason: string; ratedOn: string }[]> {
  const ratings = await levelRatingsOf(forOrganisation(db, organisationId), [personId]);
  const levels =
    currentLevelsOf(ratings, today(await organisationTimeZone(db, organisationId))).get(personId) ??
    new Map();
  return [...levels].map(([skillId, current]) => ({
    skillId,
    level: current.level,
    reason: current.reason,
    ratedOn: current.ratedOn,
  }));
}
