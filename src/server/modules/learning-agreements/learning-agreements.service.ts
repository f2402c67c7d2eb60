import type { z } from 'zod';
import { addDays } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { isBudgetRequestOf } from '../budgets/index.ts';
import { isEnrolmentOf } from '../catalogue/index.ts';
import { isGoalOfPerson } from '../plans/index.ts';
import './learning-agreements.events.ts';
import { visibleAgreement } from './learning-agreements.read.ts';
import { findFollowup } from './learning-agreements.repository.ts';
import { type createAgreementBody, followupDays } from './learning-agreements.schemas.ts';

/** The learner makes an agreement; its follow-up questions are due 30, 60 and 90 days after the start. */
export async function createAgreement(ctx: Ctx, input: z.infer<typeof createAgreementBody>) {
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    if (input.goalId && !(await isGoalOfPerson(tx.db, personId, input.goalId)))
      throw invalidField('goalId', 'is not a goal in your plan');
    if (input.budgetRequestId && !(await isBudgetRequestOf(tx.db, personId, input.budgetRequestId)))
      throw invalidField('budgetRequestId', 'is not one of your budget requests');
    if (input.enrolmentId && !(await isEnrolmentOf(tx.db, personId, input.enrolmentId)))
      throw invalidField('enrolmentId', 'is not one of your enrolments', 'unknownReference');
    const created = await tx.db
      .insertInto('learning_agreements', {
        person_id: personId,
        title: input.title,
        enrolment_id: input.enrolmentId ?? null,
        budget_request_id: input.budgetRequestId ?? null,
        goal_id: input.goalId ?? null,
        application: input.application,
        is_willing_buddy: input.isWillingBuddy,
        is_willing_mentor: input.isWillingMentor,
        starts_on: input.startsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db
      .insertInto(
        'learning_agreement_followups',
        followupDays.map((day) => ({ agreement_id: created.id, day, due_on: addDays(input.startsOn, day) })),
      )
      .execute();
    tx.record({
      action: 'learning_agreement.created',
      subjectId: created.id,
      changes: {
        title: input.title,
        isWillingBuddy: input.isWillingBuddy,
        isWillingMentor: input.isWillingMentor,
      },
    });
    return created.id;
  });
}

/** The learner's manager agrees, once. */
export async function agreeAgreement(ctx: Ctx, id: string) {
  const managerId = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const row = await visibleAgreement(tx, id);
      if (row.manager_id !== managerId) throw forbidden('Only the manager agrees to a learning agreement.');
      if (row.manager_agreed_at) throw new AppError('conflict', 'Already agreed.');
      await tx.db
        .updateTable('learning_agreements')
        .set({ manager_agreed_by: managerId, manager_agreed_at: tx.now() })
        .where('id', '=', row.id)
        .execute();
      tx.record({ action: 'learning_agreement.agreed', subjectId: row.id });
    },
    { lock: { table: 'learning_agreements', id } },
  );
}

/** The learner answers a follow-up question once it has been asked. */
export async function answerFollowup(ctx: Ctx, options: { id: string; day: 30 | 60 | 90; answer: string }) {
  await runChange(ctx, async (tx) => {
    const row = await visibleAgreement(tx, options.id);
    if (row.person_id !== personIdOf(ctx.auth)) throw forbidden('Only the learner answers the follow-up.');
    const followup = await findFollowup(tx.db, row.id, options.day);
    if (!followup) throw notFound('Follow-up');
    if (!followup.asked_at)
      throw new AppError('conflict', `The ${options.day}-day question has not been asked yet.`);
    await tx.db
      .updateTable('learning_agreement_followups')
      .set({ answer: options.answer, answered_at: tx.now() })
      .where('agreement_id', '=', row.id)
      .where('day', '=', options.day)
      .execute();
    tx.record({
      action: 'learning_agreement.followup_answered',
      subjectId: row.id,
      changes: { day: options.day },
    });
    // Only the first answer to a question is the step "I applied it".
    if (!followup.answered_at)
      tx.publish('learning_agreements.applied', {
        personId: row.person_id,
        agreementId: row.id,
        day: options.day,
        title: row.title,
      });
  });
}
