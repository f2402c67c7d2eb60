import { runChange } from '../../../core/change.ts';
import type { OrgContext } from '../../../core/context.ts';
import type { LinkedStatement } from '../../xapi/index.ts';
import { completeContent, touchEnrolments } from './completion.service.ts';

const completing = new Set([
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/mastered',
]);

/** Does the statement finish the item? completed/passed/mastered, or a result that says so. */
const finishes = (statement: LinkedStatement) =>
  statement.completion === true || (completing.has(statement.verbId) && statement.success !== false);

/**
 * Progress from xAPI statements sent by outside content (or linked when L&D matched their actor):
 * a statement about a content item starts the person's progress, a progress extension raises the
 * percentage, completion completes the item (and the courses and paths it finishes). One change per
 * statement, in the order they were stored.
 */
export async function progressFromStatements(
  ctx: OrgContext,
  input: { statements: LinkedStatement[]; baseUrl: string },
) {
  for (const statement of input.statements) {
    if (statement.catalogue.kind !== 'content') continue;
    await runChange(ctx, async (tx) => {
      const { personId } = statement;
      const contentId = statement.catalogue.id;
      const item = await tx.db
        .selectFrom('content_items')
        .innerJoin('content_versions', (join) =>
          join
            .onRef('content_versions.organisation_id', '=', 'content_items.organisation_id')
            .onRef('content_versions.item_id', '=', 'content_items.id'),
        )
        .select(['content_items.id', 'content_versions.title'])
        .where('content_items.id', '=', contentId)
        .orderBy('content_versions.language')
        .executeTakeFirst();
      if (!item) return;
      const percent = finishes(statement) ? 100 : (statement.progress ?? 0);
      await tx.db
        .insertInto('content_progress', { person_id: personId, content_id: contentId, percent })
        .onConflict((conflict) =>
          conflict.columns(['organisation_id', 'person_id', 'content_id']).doUpdateSet((eb) => ({
            percent: eb.fn('greatest', ['content_progress.percent', eb.ref('excluded.percent')]),
            updated_at: tx.now(),
          })),
        )
        .execute();
      await touchEnrolments(tx.db, personId, contentId);
      if (finishes(statement))
        await completeContent(tx.db, {
          publish: tx.publish,
          personId,
          contentId,
          title: item.title,
          baseUrl: input.baseUrl,
          at: tx.now(),
        });
    });
  }
}
