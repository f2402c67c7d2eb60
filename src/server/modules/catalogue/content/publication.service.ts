import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { PublicationStatus } from '../../../db/schema.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import '../catalogue.events.ts';

const subjectOf = { content_items: 'content', courses: 'course', learning_paths: 'path' } as const;

/** Publishing, archiving and back to draft for content items, courses and paths alike. */
export async function setPublicationStatus(
  ctx: Ctx,
  options: { table: keyof typeof subjectOf; id: string; status: PublicationStatus },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  await changePublicationStatus(ctx, options);
}

/**
 * The same for a module that authorised the writer itself (events: a manager's event for their team
 * is published when made).
 */
export async function changePublicationStatus(
  ctx: Ctx,
  options: { table: keyof typeof subjectOf; id: string; status: PublicationStatus },
) {
  const subject = subjectOf[options.table];
  await runChange(ctx, async (tx) => {
    const before = await tx.db
      .selectFrom(options.table)
      .select(['status', 'published_at'])
      .where('id', '=', options.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound(subject);
    await tx.db
      .updateTable(options.table)
      .set({
        status: options.status,
        updated_at: tx.now(),
        ...(options.status === 'published' && !before.published_at ? { published_at: tx.now() } : {}),
      })
      .where('id', '=', options.id)
      .execute();
    tx.record({
      action: `${subject}.${options.status}`,
      subjectId: options.id,
      changes: { status: { from: before.status, to: options.status } },
    });
  });
}
