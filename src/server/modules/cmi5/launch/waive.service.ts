import { randomUUID } from 'node:crypto';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { AppError, invalidField, notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { contentHeadlines, ensureProgress } from '../../catalogue/index.ts';
import { findCourse } from '../cmi5.repository.ts';
import { extensions, type WaiveReason } from '../cmi5.vocabulary.ts';
import { unitsOf } from '../import/course-structure.ts';
import { writeLmsStatement } from './lms-statements.ts';
import { settleRegistration } from './progress.ts';
import { auActivityId } from './session.ts';
import '../cmi5.events.ts';

// Waiving an AU (cmi5 9.3.9): L&D decides a learner met an AU's requirements another way (tested
// out, an equivalent AU or outside activity, an administrative reason). The LMS writes "waived" with
// result.success and result.completion true and the reason, in a session of its own; the AU then
// counts as satisfied for moveOn, and the blocks and the course follow as after any statement.

export async function waiveUnit(
  ctx: Ctx,
  input: { contentId: string; personId: string; auId: string; reason: WaiveReason; baseUrl: string },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const trx = tx.db;
    const course = await findCourse(trx, input.contentId);
    if (!course) throw notFound('cmi5 course');
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!person) throw notFound('person');
    const au = unitsOf(course.structure.children).find((unit) => unit.id === input.auId);
    if (!au) throw invalidField('auId', 'is not an AU of this course', 'unknownReference');
    await trx
      .insertInto('cmi5_registrations', { content_id: input.contentId, person_id: input.personId })
      .onConflict((conflict) => conflict.columns(['organisation_id', 'content_id', 'person_id']).doNothing())
      .execute();
    const registration = await trx
      .selectFrom('cmi5_registrations')
      .select('id')
      .where('content_id', '=', input.contentId)
      .where('person_id', '=', input.personId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const state = await trx
      .selectFrom('cmi5_au_states')
      .select(['satisfied_at', 'waived_at'])
      .where('registration_id', '=', registration.id)
      .where('au_id', '=', au.id)
      .executeTakeFirst();
    if (state?.waived_at || state?.satisfied_at)
      throw new AppError(
        'conflict',
        'This AU is already satisfied for this learner; there is nothing to waive.',
      );
    const at = tx.now();
    const values = {
      waived_at: at,
      waived_reason: input.reason,
      waived_by: ctx.auth.kind === 'person' ? personIdOf(ctx.auth) : null,
      updated_at: at,
    };
    await trx
      .insertInto('cmi5_au_states', { registration_id: registration.id, au_id: au.id, ...values })
      .onConflict((conflict) =>
        conflict.columns(['organisation_id', 'registration_id', 'au_id']).doUpdateSet(values),
      )
      .execute();
    const sessionId = randomUUID();
    await writeLmsStatement(trx, input.baseUrl, {
      personId: input.personId,
      verb: 'waived',
      object: { id: auActivityId(input.baseUrl, input.contentId, au), name: au.title },
      registrationId: registration.id,
      sessionId,
      publisherId: au.id,
      isMoveOn: true,
      result: { success: true, completion: true, extensions: { [extensions.reason]: input.reason } },
    });
    const title =
      (await contentHeadlines(trx, [input.contentId], 'nl')).get(input.contentId)?.title ?? course.course_iri;
    await ensureProgress(trx, input.personId, input.contentId, title, input.baseUrl);
    const settled = await settleRegistration(trx, {
      publish: tx.publish,
      structure: course.structure,
      contentId: input.contentId,
      title,
      registrationId: registration.id,
      personId: input.personId,
      sessionId,
      baseUrl: input.baseUrl,
      at,
    });
    tx.record({
      action: 'cmi5.au_waived',
      subjectId: input.contentId,
      changes: { personId: input.personId, auId: au.id, reason: input.reason },
    });
    return {
      registration: registration.id,
      auId: au.id,
      reason: input.reason,
      waivedAt: at.toISOString(),
      isCourseSatisfied: settled.isCourseSatisfied,
    };
  });
}
