import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { enrol, pathTitles } from '../catalogue/index.ts';
import { addPlanActionsFromConversation } from '../plans/index.ts';
import './talent.events.ts';
import { findRound, proposedTitles, reviewsOfRound } from './talent.repository.ts';
import { notOpenYet } from './talent.service.ts';

// After calibration: sign-off locks the round and proposes each review's development actions to the
// person; accepting puts the action in their plan (plans' own service). HR may give a group of boxes a
// learning path (catalogue's assignment).

async function hrRound(ctx: Ctx, roundId: string) {
  assertCan(ctx.auth, 'development.manage');
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('Talent review round');
  return round;
}

/** HR signs the round off: locked, and every development action proposed to its person (once). */
export async function signOff(ctx: Ctx, roundId: string) {
  await runChange(
    ctx,
    async (tx) => {
      const round = await hrRound(tx, roundId);
      if (round.signed_off_at) throw new AppError('talent_round_signed', 'This round is already signed off.');
      if (!round.opened_at) throw notOpenYet();
      const reviews = await reviewsOfRound(tx.db, roundId);
      const open = reviews.filter((review) => review.performance === null).length;
      if (open > 0)
        throw new AppError('conflict', `${open} people have no place on the grid yet.`, { extra: { open } });
      const already = new Set(
        (
          await proposedTitles(
            tx.db,
            reviews.map((r) => r.id),
          )
        ).map((p) => `${p.review_id} ${p.title}`),
      );
      const proposals = reviews.flatMap((review) =>
        (review.actions as string[])
          .filter((title) => !already.has(`${review.id} ${title}`))
          .map((title) => ({ review_id: review.id, person_id: review.person_id, title })),
      );
      if (proposals.length) await tx.db.insertInto('talent_proposals', proposals).execute();
      await tx.db
        .updateTable('talent_rounds')
        .set({ signed_off_at: tx.now(), signed_off_by: personIdOf(tx.auth) })
        .where('id', '=', roundId)
        .execute();
      tx.record({
        action: 'talent_round.signed_off',
        subjectId: roundId,
        changes: { people: reviews.length, proposals: proposals.length },
      });
    },
    { lock: { table: 'talent_rounds', id: roundId } },
  );
}

/** HR reopens a signed-off round for changes; the reason is asked, never logged (it may name the review). */
export async function reopen(ctx: Ctx, roundId: string) {
  await runChange(
    ctx,
    async (tx) => {
      const round = await hrRound(tx, roundId);
      if (!round.signed_off_at)
        throw new AppError('conflict', 'This round is not signed off; nothing to reopen.');
      await tx.db
        .updateTable('talent_rounds')
        .set({ signed_off_at: null, signed_off_by: null })
        .where('id', '=', roundId)
        .execute();
      tx.record({ action: 'talent_round.reopened', subjectId: roundId });
    },
    { lock: { table: 'talent_rounds', id: roundId } },
  );
}

/** The person answers a proposed action: accepted, it becomes an action in their current plan. */
export async function decideProposal(ctx: Ctx, proposalId: string, decision: 'accepted' | 'declined') {
  const me = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const proposal = await tx.db
        .selectFrom('talent_proposals')
        .select(['id', 'person_id', 'title', 'status'])
        .where('id', '=', proposalId)
        .executeTakeFirst();
      if (!proposal || proposal.person_id !== me) throw notFound('Proposed action');
      if (proposal.status !== 'proposed') throw new AppError('conflict', 'This action is already answered.');
      const [planActionId] =
        decision === 'accepted'
          ? await addPlanActionsFromConversation(tx.db, {
              personId: me,
              titles: [proposal.title],
              source: 'talent_review',
            })
          : [];
      await tx.db
        .updateTable('talent_proposals')
        .set({ status: decision, decided_at: tx.now(), plan_action_id: planActionId ?? null })
        .where('id', '=', proposalId)
        .execute();
      tx.record({
        action: decision === 'accepted' ? 'talent_proposal.accepted' : 'talent_proposal.declined',
        subjectId: proposalId,
      });
    },
    { lock: { table: 'talent_proposals', id: proposalId } },
  );
}

/** Everyone in the chosen boxes of a signed-off round gets a learning path, assigned by HR. */
export async function assignPath(
  ctx: Ctx,
  roundId: string,
  input: { boxes: { performance: number; potential: number }[]; pathId: string },
) {
  const me = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const round = await hrRound(tx, roundId);
    if (!round.signed_off_at) throw forbidden('Sign the round off before assigning learning from it.');
    if (!(await pathTitles(tx.db, [input.pathId])).has(input.pathId))
      throw invalidField('pathId', 'is no learning path in this organisation', 'unknownReference');
    const inBox = (r: { performance: number | null; potential: number | null }) =>
      input.boxes.some((b) => b.performance === r.performance && b.potential === r.potential);
    const people = (await reviewsOfRound(tx.db, roundId)).filter(inBox).map((r) => r.person_id);
    for (const personId of people)
      await enrol(
        tx.db.executor,
        tx.organisationId,
        personId,
        { type: 'path', id: input.pathId },
        {
          assignedBy: me,
        },
      ).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'not_found')
          throw invalidField(
            'pathId',
            'is no published learning path in this organisation',
            'unknownReference',
          );
        throw error;
      });
    tx.record({
      action: 'talent_round.path_assigned',
      subjectId: roundId,
      changes: { pathId: input.pathId, people: people.length },
    });
    return people.length;
  });
}
