import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { assertAudience, peopleInAudience } from '../catalogue/index.ts';
import './talent.events.ts';
import { isHr, meOf, reviewAccess } from './talent.policy.ts';
import { defaultQuestions } from './talent.questions.ts';
import {
  existingPeople,
  findReview,
  findRound,
  insertMove,
  insertParticipants,
  insertReviews,
  insertRound,
  peopleWithManagersManager,
  type ReviewRow,
  type RoundRow,
} from './talent.repository.ts';
import type { Question, ReviewInput, RoundInput } from './talent.schemas.ts';

const signedOff = () =>
  new AppError('talent_round_signed', 'This round is signed off and locked; HR reopens it first.');
export const notOpenYet = () =>
  new AppError('talent_round_draft', 'This round is not open yet; HR opens it once the questions are right.');

/** Question ids key the answers, so each is used once. */
function assertDistinctIds(questions: Question[]) {
  const ids = questions.map((q) => q.id);
  const twice = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (twice >= 0) throw invalidField(`questions.${twice}.id`, 'is used twice', 'taken');
}

/**
 * HR opens a round: the people in scope (the catalogue's audience criteria, resolved now) each get a
 * review, with the manager's manager as reviewer (HR when there is none, or when the round says so).
 */
export async function openRound(ctx: Ctx, input: RoundInput) {
  assertCan(ctx.auth, 'development.manage');
  const questions = input.questions ?? defaultQuestions;
  assertDistinctIds(questions);
  if (input.calibrationOn && input.calibrationOn < input.reviewDeadline)
    throw invalidField('calibrationOn', 'comes before the review deadline');
  return runChange(ctx, async (tx) => {
    await assertAudience(tx.db, { condition: 'criteria', criteria: input.criteria });
    const known = await existingPeople(tx.db, input.participantIds);
    const stranger = input.participantIds.findIndex((id) => !known.has(id));
    if (stranger >= 0) throw invalidField(`participantIds.${stranger}`, 'no such person', 'unknownReference');
    const scope = await peopleInAudience(tx.db, input.criteria, { today: tx.today() });
    if (scope.length === 0) throw invalidField('criteria', 'nobody matches; choose another group', 'empty');
    const people = await peopleWithManagersManager(tx.db, scope);
    const { id } = await insertRound(tx.db, {
      title: input.title,
      scope: JSON.stringify(input.criteria),
      reviewer_rule: input.reviewerRule,
      questions: JSON.stringify(questions),
      review_deadline: input.reviewDeadline,
      calibration_on: input.calibrationOn,
      created_by: meOf(tx.auth),
      opened_at: input.isDraft ? null : tx.now(),
    });
    await insertReviews(
      tx.db,
      id,
      people.map((p) => ({
        person_id: p.id,
        reviewer_id:
          input.reviewerRule === 'managers_manager' && p.managers_manager !== p.id
            ? p.managers_manager
            : null,
      })),
    );
    await insertParticipants(tx.db, id, input.participantIds);
    tx.record({
      action: input.isDraft ? 'talent_round.drafted' : 'talent_round.opened',
      subjectId: id,
      changes: { people: people.length },
    });
    return id;
  });
}

/** A draft round of this organisation, for HR; once open its questions are fixed (answers use them). */
async function draftRound(tx: Ctx, roundId: string) {
  assertCan(tx.auth, 'development.manage');
  const round = await findRound(tx.db, roundId);
  if (!round) throw notFound('Talent review round');
  if (round.signed_off_at) throw signedOff();
  if (round.opened_at)
    throw new AppError('talent_round_open', 'This round is open to reviewers; its questions are fixed.');
  return round;
}

/** HR edits the form of a draft round: the whole list, so adding, rewording, reordering and removing. */
export async function setQuestions(ctx: Ctx, roundId: string, questions: Question[]) {
  assertDistinctIds(questions);
  await runChange(
    ctx,
    async (tx) => {
      await draftRound(tx, roundId);
      await tx.db
        .updateTable('talent_rounds')
        .set({ questions: JSON.stringify(questions) })
        .where('id', '=', roundId)
        .execute();
      tx.record({
        action: 'talent_round.questions_changed',
        subjectId: roundId,
        changes: { questions: questions.length },
      });
    },
    { lock: { table: 'talent_rounds', id: roundId } },
  );
}

/** HR opens a draft round: from now on reviewers see it and its questions are fixed. */
export async function openDraft(ctx: Ctx, roundId: string) {
  await runChange(
    ctx,
    async (tx) => {
      await draftRound(tx, roundId);
      await tx.db
        .updateTable('talent_rounds')
        .set({ opened_at: tx.now() })
        .where('id', '=', roundId)
        .execute();
      tx.record({ action: 'talent_round.opened', subjectId: roundId });
    },
    { lock: { table: 'talent_rounds', id: roundId } },
  );
}

export const questionsOf = (round: Pick<RoundRow, 'questions'>) => round.questions as unknown as Question[];

async function lockedReview(tx: Ctx, reviewId: string) {
  const review = await findReview(tx.db, reviewId);
  if (!review) throw notFound('Talent review');
  const access = await reviewAccess(tx.db, tx.auth, review);
  const round = (await findRound(tx.db, review.round_id))!;
  return { review, round, access };
}

export const canEditReview = (ctx: Ctx, review: Pick<ReviewRow, 'reviewer_id'>) =>
  isHr(ctx.auth) || (review.reviewer_id !== null && meOf(ctx.auth) === review.reviewer_id);

/** The reviewer (or HR) fills in the review; locked once the round is signed off. */
export async function saveReview(ctx: Ctx, reviewId: string, input: ReviewInput) {
  await runChange(
    ctx,
    async (tx) => {
      const { review, round } = await lockedReview(tx, reviewId);
      if (!canEditReview(tx, review)) throw forbidden('Only the reviewer or HR fills in this review.');
      if (round.signed_off_at) throw signedOff();
      if (!round.opened_at) throw notOpenYet();
      const questionIds = new Set(questionsOf(round).map((q) => q.id));
      const unknown = Object.keys(input.answers).find((key) => !questionIds.has(key));
      if (unknown)
        throw invalidField(`answers.${unknown}`, 'no such question in this round', 'unknownReference');
      if ((input.performance === null) !== (input.potential === null))
        throw invalidField(input.performance === null ? 'performance' : 'potential', 'give both or neither');
      if (input.isSubmitted && input.performance === null)
        throw invalidField('performance', 'place the person on the grid before submitting', 'required');
      if (input.nextRoleId) {
        const found = await resolveReferences(tx.db, [{ kind: 'job_role', id: input.nextRoleId }], {
          auth: tx.auth,
          locale: tx.locale,
        });
        if (!found.has(referenceKey({ kind: 'job_role', id: input.nextRoleId })))
          throw invalidField('nextRoleId', 'no such job role', 'unknownReference');
      }
      await tx.db
        .updateTable('talent_reviews')
        .set({
          performance: input.performance,
          potential: input.potential,
          answers: JSON.stringify(input.answers),
          flight_risk: input.flightRisk,
          readiness: input.readiness,
          next_role_id: input.nextRoleId,
          advice: input.advice,
          actions: JSON.stringify(input.actions),
          submitted_at: input.isSubmitted ? (review.submitted_at ?? tx.now()) : null,
          updated_at: tx.now(),
        })
        .where('id', '=', reviewId)
        .execute();
      tx.record({
        action: 'talent_review.saved',
        subjectId: reviewId,
        changes: { submitted: input.isSubmitted },
      });
    },
    { lock: { table: 'talent_reviews', id: reviewId } },
  );
}

/** Calibration: a participant moves a person to another box, with a reason; every move is kept. */
export async function moveReview(
  ctx: Ctx,
  reviewId: string,
  input: { performance: number; potential: number; reason: string },
) {
  await runChange(
    ctx,
    async (tx) => {
      const { review, round } = await lockedReview(tx, reviewId);
      if (round.signed_off_at) throw signedOff();
      if (!round.opened_at) throw notOpenYet();
      if (review.performance === input.performance && review.potential === input.potential)
        throw invalidField('potential', 'the person is already in this box', 'unchanged');
      await insertMove(tx.db, {
        review_id: reviewId,
        from_performance: review.performance,
        from_potential: review.potential,
        to_performance: input.performance,
        to_potential: input.potential,
        reason: input.reason,
        moved_by: meOf(tx.auth),
        moved_at: tx.now(),
      });
      await tx.db
        .updateTable('talent_reviews')
        .set({ performance: input.performance, potential: input.potential, updated_at: tx.now() })
        .where('id', '=', reviewId)
        .execute();
      tx.record({ action: 'talent_review.moved', subjectId: reviewId });
    },
    { lock: { table: 'talent_reviews', id: reviewId } },
  );
}

/** HR chooses what people see of their own review once a round is signed off. */
export async function saveSettings(
  ctx: Ctx,
  input: { ownReviewVisibility: 'nothing' | 'advice' | 'everything' },
) {
  assertCan(ctx.auth, 'development.manage');
  await runChange(ctx, async (tx) => {
    await tx.db
      .insertInto('talent_settings', { own_review_visibility: input.ownReviewVisibility })
      .onConflict((oc) =>
        oc.column('organisation_id').doUpdateSet({ own_review_visibility: input.ownReviewVisibility }),
      )
      .execute();
    tx.record({ action: 'talent_settings.changed', subjectId: tx.organisationId, changes: input });
  });
}
