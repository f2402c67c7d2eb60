import { runChange } from '../../../core/change.ts';
import type { OrgContext } from '../../../core/context.ts';
import { contentHeadlines } from '../../catalogue/index.ts';
import { findCourse } from '../cmi5.repository.ts';
import { settleRegistration } from '../launch/progress.ts';
import type { SessionView } from '../launch/session.ts';
import type { SessionEffects } from './session-rules.ts';
import '../cmi5.events.ts';

// What the AU's accepted statements change: the session's state, the AU's completed / passed / failed
// in the registration, and through moveOn the blocks, the course and the catalogue item.

export async function applySessionEffects(
  ctx: OrgContext,
  session: SessionView,
  effects: SessionEffects,
  baseUrl: string,
) {
  await runChange(ctx, async (tx) => {
    const trx = tx.db;
    const now = tx.now();
    if (effects.initialized || effects.terminated)
      await trx
        .updateTable('cmi5_sessions')
        .set(
          effects.terminated
            ? { status: 'terminated', ended_at: now, ...(effects.initialized ? { initialized_at: now } : {}) }
            : { status: 'initialized', initialized_at: now },
        )
        .where('id', '=', session.sessionId)
        .where('status', 'in', ['launched', 'initialized'])
        .execute();
    if (!effects.completed && !effects.passed && !effects.failed) return;
    const values = {
      ...(effects.completed ? { completed_at: now } : {}),
      ...(effects.passed ? { passed_at: now } : {}),
      ...(effects.failed ? { failed_at: now } : {}),
      ...(effects.scoreScaled !== null ? { score_scaled: effects.scoreScaled } : {}),
      updated_at: now,
    };
    await trx
      .insertInto('cmi5_au_states', {
        registration_id: session.registrationId,
        au_id: session.auId,
        ...values,
      })
      .onConflict((conflict) =>
        conflict.columns(['organisation_id', 'registration_id', 'au_id']).doUpdateSet(values),
      )
      .execute();
    const course = await findCourse(trx, session.contentId);
    if (!course) return;
    const headline = (await contentHeadlines(trx, [session.contentId], 'nl')).get(session.contentId);
    const settled = await settleRegistration(trx, {
      publish: tx.publish,
      structure: course.structure,
      contentId: session.contentId,
      title: headline?.title ?? course.course_iri,
      registrationId: session.registrationId,
      personId: session.personId,
      sessionId: session.sessionId,
      baseUrl,
      at: now,
    });
    if (settled.finished?.content)
      tx.record({
        action: 'cmi5.course_satisfied',
        subjectId: session.contentId,
        changes: { personId: session.personId, registration: session.registrationId },
      });
  });
}
