import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { replaceFollowedTopics } from './browse.repository.ts';

/** Sets the topics I follow (they feed my "for you" row). */
export async function followTopics(ctx: Ctx, labels: string[]) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const unique = [...new Set(labels)];
  await runChange(ctx, (tx) => replaceFollowedTopics(tx.db, personId, unique));
  return { followed: unique.sort() };
}
