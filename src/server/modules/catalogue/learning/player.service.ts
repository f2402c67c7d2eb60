import { type ChangeCtx, runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, notFound } from '../../../http/errors.ts';
import { assertCan, can, personIdOf } from '../../access/index.ts';
import { recordStatement } from '../../learning-record/index.ts';
import type { Question } from '../catalogue.schemas.ts';
import { loadContentItem } from '../content/content.repository.ts';
import { completeContent, type Finished, touchEnrolments } from './completion.service.ts';
import { assertContentUnlocked } from './locks.ts';
import { itemForLearner, progressOf } from './player.read.ts';
import { gradeQuiz, type QuizAnswers } from './quiz.grading.ts';

const nothingFinished = (): Finished => ({ content: false, courses: [], paths: [], certificates: [] });

/** Makes sure a progress row exists; the first one records "launched". */
/** Makes sure a progress row exists; the first one records "launched". */
export async function ensureProgress(
  trx: TenantDb,
  personId: string,
  contentId: string,
  title: string,
  baseUrl: string,
) {
  const inserted = await trx
    .insertInto('content_progress', { person_id: personId, content_id: contentId })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id', 'content_id']).doNothing())
    .returning('content_id')
    .executeTakeFirst();
  if (inserted)
    await recordStatement(trx, baseUrl, {
      personId,
      verb: 'launched',
      object: { kind: 'content', id: contentId, title },
    });
}

/**
 * One learner's step on an item, as one change: the item as the learner sees it, unlocked, with a
 * progress row; then the step itself.
 */
async function learnerStep<R>(
  ctx: Ctx,
  input: { contentId: string; baseUrl: string },
  work: (
    tx: ChangeCtx<Ctx>,
    step: { personId: string } & Awaited<ReturnType<typeof itemForLearner>>,
  ) => Promise<R>,
  check?: (item: Awaited<ReturnType<typeof itemForLearner>>['item']) => void,
): Promise<R> {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const loaded = await itemForLearner(tx.db, tx.auth, input.contentId, tx.locale);
    await assertContentUnlocked(tx.db, personId, loaded.item.id, loaded.version.language);
    check?.(loaded.item);
    await ensureProgress(tx.db, personId, loaded.item.id, loaded.version.title, input.baseUrl);
    return work(tx, { personId, ...loaded });
  });
}

const watchedEnough = 90;

/**
 * Saves where the learner is (percent, playback second) and completes the item when its rule is met:
 * media watched 90 %, an article or PDF read to the end. Quizzes and assignments complete elsewhere.
 */
export async function recordProgress(
  ctx: Ctx,
  input: { contentId: string; percent: number; positionSeconds: number | null; baseUrl: string },
): Promise<{ finished: Finished }> {
  return learnerStep(ctx, input, async (tx, { personId, item, version }) => {
    const before = await progressOf(tx.db, personId, item.id);
    await tx.db
      .updateTable('content_progress')
      .set({
        percent: Math.max(before?.percent ?? 0, input.percent),
        position_seconds: input.positionSeconds,
        updated_at: tx.now(),
      })
      .where('person_id', '=', personId)
      .where('content_id', '=', item.id)
      .execute();
    await touchEnrolments(tx.db, personId, item.id);
    await recordStatement(tx.db, input.baseUrl, {
      personId,
      verb: 'progressed',
      object: { kind: 'content', id: item.id, title: version.title },
      result: { progress: input.percent },
    });
    const isMedia = item.kind === 'video' || item.kind === 'audio';
    const isReading = item.kind === 'article' || item.kind === 'document';
    const meetsRule = (isMedia && input.percent >= watchedEnough) || (isReading && input.percent >= 100);
    const finished = meetsRule
      ? await completeContent(tx.db, {
          publish: tx.publish,
          personId,
          contentId: item.id,
          title: version.title,
          baseUrl: input.baseUrl,
          at: tx.now(),
        })
      : nothingFinished();
    return { finished };
  });
}

/** "Mark as done" for what has no measurable end: articles, PDFs and external links. */
export async function markDone(ctx: Ctx, input: { contentId: string; baseUrl: string }) {
  return learnerStep(
    ctx,
    input,
    async (tx, { personId, item, version }) => {
      await touchEnrolments(tx.db, personId, item.id);
      return {
        finished: await completeContent(tx.db, {
          publish: tx.publish,
          personId,
          contentId: item.id,
          title: version.title,
          baseUrl: input.baseUrl,
          at: tx.now(),
        }),
      };
    },
    (item) => {
      if (!['article', 'document', 'link'].includes(item.kind))
        throw new AppError('conflict', `A ${item.kind} is completed by its own rule, not marked as done.`);
    },
  );
}

/** Hands in a quiz attempt: score, pass or fail, feedback per question. */
export async function submitQuizAttempt(
  ctx: Ctx,
  input: { contentId: string; answers: QuizAnswers; baseUrl: string },
) {
  return learnerStep(
    ctx,
    input,
    async (tx, { personId, item, version }) => {
      // Nothing of this change stays when the attempts are used up: it rolls back with the 409.
      const earlier = await tx.db
        .selectFrom('quiz_attempts')
        .select(['passed'])
        .where('person_id', '=', personId)
        .where('content_id', '=', item.id)
        .execute();
      if (item.max_attempts && earlier.length >= item.max_attempts && !earlier.some((a) => a.passed))
        throw new AppError('conflict', `You have used all ${item.max_attempts} attempts.`);
      const questions = version.questions as Question[];
      const passMark = item.pass_mark ?? 70;
      const result = gradeQuiz(questions, input.answers, passMark);
      await tx.db
        .insertInto('quiz_attempts', {
          person_id: personId,
          content_id: item.id,
          language: version.language,
          answers: JSON.stringify(input.answers),
          score: result.score,
          passed: result.passed,
        })
        .execute();
      await touchEnrolments(tx.db, personId, item.id);
      await recordStatement(tx.db, input.baseUrl, {
        personId,
        verb: result.passed ? 'passed' : 'failed',
        object: { kind: 'content', id: item.id, title: version.title, isQuiz: true },
        result: {
          score: { scaled: result.score / 100, raw: result.score, min: 0, max: 100 },
          success: result.passed,
        },
      });
      const finished = result.passed
        ? await completeContent(tx.db, {
            publish: tx.publish,
            personId,
            contentId: item.id,
            title: version.title,
            baseUrl: input.baseUrl,
            at: tx.now(),
          })
        : nothingFinished();
      return { ...result, passMark, attempt: earlier.length + 1, finished };
    },
    (item) => {
      if (item.kind !== 'quiz') throw notFound('Quiz');
    },
  );
}

/** Hands in (or changes) my reflection on an on-the-job assignment; my manager confirms it. */
export async function submitAssignment(
  ctx: Ctx,
  input: { contentId: string; reflection: string; baseUrl: string },
) {
  await learnerStep(
    ctx,
    input,
    async (tx, { personId, item }) => {
      await tx.db
        .insertInto('assignment_submissions', {
          person_id: personId,
          content_id: item.id,
          reflection: input.reflection,
        })
        .onConflict((oc) =>
          oc
            .columns(['organisation_id', 'person_id', 'content_id'])
            .doUpdateSet({ reflection: input.reflection, submitted_at: tx.now() }),
        )
        .execute();
      await tx.db
        .updateTable('content_progress')
        .set({ percent: 50, updated_at: tx.now() })
        .where('person_id', '=', personId)
        .where('content_id', '=', item.id)
        .where('completed_at', 'is', null)
        .execute();
      await touchEnrolments(tx.db, personId, item.id);
    },
    (item) => {
      if (item.kind !== 'assignment') throw notFound('Assignment');
    },
  );
}

/** The learner's manager (or L&D) confirms an on-the-job assignment, which completes it. */
export async function confirmAssignment(
  ctx: Ctx,
  input: { personId: string; contentId: string; baseUrl: string },
) {
  assertCan(ctx.auth, 'catalogue.read');
  const me = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const learner = await tx.db
      .selectFrom('people')
      .select('manager_id')
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!learner) throw notFound('Person');
    if (learner.manager_id !== me && !can(tx.auth, 'catalogue.manage'))
      throw new AppError('forbidden', 'Only the learner’s manager or L&D confirms an assignment.');
    const updated = await tx.db
      .updateTable('assignment_submissions')
      .set({ confirmed_by: me, confirmed_at: tx.now() })
      .where('person_id', '=', input.personId)
      .where('content_id', '=', input.contentId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) throw notFound('Submitted assignment');
    const title = (await loadContentItem(tx.db, input.contentId))?.versions[0]?.title ?? '';
    return {
      finished: await completeContent(tx.db, {
        publish: tx.publish,
        personId: input.personId,
        contentId: input.contentId,
        title,
        baseUrl: input.baseUrl,
        at: tx.now(),
      }),
    };
  });
}
