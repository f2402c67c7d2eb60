import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { findPackage } from '../scorm.repository.ts';
import '../scorm.events.ts';

/** L&D's attempt rule for a package: always resume, a new attempt after completion, or limited. */
export async function setAttemptRule(
  ctx: Ctx,
  input: {
    contentId: string;
    attemptRule: 'resume' | 'new_after_completion' | 'limited';
    maxAttempts: number | null;
  },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  await runChange(ctx, async (tx) => {
    const before = await findPackage(tx.db, input.contentId, { forUpdate: true });
    if (!before) throw notFound('SCORM package');
    await tx.db
      .updateTable('scorm_packages')
      .set({ attempt_rule: input.attemptRule, max_attempts: input.maxAttempts, updated_at: ctx.now() })
      .where('content_id', '=', input.contentId)
      .execute();
    tx.record({
      action: 'scorm.settings_changed',
      subjectId: input.contentId,
      changes: {
        attemptRule: { from: before.attempt_rule, to: input.attemptRule },
        maxAttempts: { from: before.max_attempts, to: input.maxAttempts },
      },
    });
  });
}
