import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, can, personIdOf } from '../access/index.ts';
import { recordStatement } from '../learning-record/index.ts';
import type { Question } from './catalogue.schemas.ts';
import { completeContent, type Finished, touchEnrolments } from './completion.service.ts';
import { loadContentItem } from './content.service.ts';
import { enrolmentsWithProgress } from './learner.views.ts';
import { assertContentUnlocked, contentLock } from './locks.service.ts';
import { gradeQuiz, type QuizAnswers, questionsForLearner } from './quiz.grading.ts';

/** The published item (or any, for L&D previewing) in the learner's language if it has it. */
export async function itemForLearner(tenant: TenantDb, auth: Auth, contentId: string, locale: Locale) {
  const loaded = await loadContentItem(tenant, contentId, auth);
  if (!loaded || (loaded.item.status !== 'published' && !can(auth, 'catalogue.manage')))
    throw notFound('Content item');
  const version = loaded.versions.find((v) => v.language === locale) ?? loaded.versions[0];
  if (!version) throw notFound('Content item');
  return { ...loaded, version };
}

async function progressOf(tenant: TenantDb, personId: string, contentId: string) {
  return tenant
    .selectFrom('content_progress')
    .selectAll()
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .executeTakeFirst();
}

export async function playerView(options: { db: Db; auth: Auth; contentId: string }) {
  const { auth } = options;
  const personId = personIdOf(auth);
  const locale = auth.kind === 'person' ? auth.locale : 'nl';
  const tenant = forOrganisation(options.db, auth.organisationId);
  const { item, version, versions, topics, serves } = await itemForLearner(
    tenant,
    auth,
    options.contentId,
    locale,
  );
  const progress = await progressOf(tenant, personId, item.id);
  const attempts = await tenant
    .selectFrom('quiz_attempts')
    .select(['score', 'passed', 'submitted_at'])
    .where('person_id', '=', personId)
    .where('content_id', '=', item.id)
    .orderBy('submitted_at')
    .execute();
  const submission = await tenant
    .selectFrom('assignment_submissions')
    .selectAll()
    .where('person_id', '=', personId)
    .where('content_id', '=', item.id)
    .executeTakeFirst();
  const rating = await tenant
    .selectFrom('ratings')
    .select(['stars', 'comment'])
    .where('person_id', '=', personId)
    .where('subject_kind', '=', 'content')
    .where('subject_id', '=', item.id)
    .executeTakeFirst();
  const fileUrl = (id: string | null) => (id ? `/api/v1/files/${id}` : null);
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    language: version.language,
    languages: versions.map((v) => v.language),
    title: version.title,
    summary: version.summary,
    bodyHtml: version.body_html,
    fileUrl: fileUrl(version.file_id),
    captionsUrl: fileUrl(version.captions_file_id),
    externalUrl: version.external_url,
    durationMinutes: item.duration_minutes,
    topics,
    serves,
    quiz:
      item.kind === 'quiz'
        ? {
            passMark: item.pass_mark ?? 70,
            maxAttempts: item.max_attempts,
            attempts: attempts.map((a) => ({
              score: a.score,
              passed: a.passed,
              submittedAt: a.submitted_at.toISOString(),
            })),
            questions: questionsForLearner(
              version.questions as Question[],
              item.shuffle_questions,
              `${personId}:${attempts.length}`,
            ),
          }
        : null,
    progress: progress
      ? {
          percent: progress.percent,
          positionSeconds: progress.position_seconds === null ? null : Number(progress.position_seconds),
          completedAt: progress.completed_at?.toISOString() ?? null,
        }
      : null,
    submission: submission
      ? {
          reflection: submission.reflection,
          submittedAt: submission.submitted_at.toISOString(),
          confirmedAt: submission.confirmed_at?.toISOString() ?? null,
        }
      : null,
    myRating: rating ? { stars: rating.stars, comment: rating.comment } : null,
    enrolment:
      (await enrolmentsWithProgress(tenant, [personId], locale, { type: 'content', id: item.id }))[0] ?? null,
    lock: progress?.completed_at ? null : await contentLock(tenant, personId, item.id, locale),
  };
}

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

const watchedEnough = 90;

/**
 * Saves where the learner is (percent, playback second) and completes the item when its rule is met:
 * media watched 90 %, an article or PDF read to the end. Quizzes and assignments complete elsewhere.
 */
export async function recordProgress(options: {
  db: Db;
  auth: Auth;
  contentId: string;
  percent: number;
  positionSeconds: number | null;
  baseUrl: string;
}): Promise<{ finished: Finished }> {
  const { auth, baseUrl } = options;
  const personId = personIdOf(auth);
  const tenant = forOrganisation(options.db, auth.organisationId);
  return tenant.transaction(async (trx) => {
    const { item, version } = await itemForLearner(
      trx,
      auth,
      options.contentId,
      auth.kind === 'person' ? auth.locale : 'nl',
    );
    await assertContentUnlocked(trx, personId, item.id, version.language);
    await ensureProgress(trx, personId, item.id, version.title, baseUrl);
    const before = await progressOf(trx, personId, item.id);
    await trx
      .updateTable('content_progress')
      .set({
        percent: Math.max(before?.percent ?? 0, options.percent),
        position_seconds: options.positionSeconds,
        updated_at: new Date(),
      })
      .where('person_id', '=', personId)
      .where('content_id', '=', item.id)
      .execute();
    await touchEnrolments(trx, personId, item.id);
    await recordStatement(trx, baseUrl, {
      personId,
      verb: 'progressed',
      object: { kind: 'content', id: item.id, title: version.title },
      result: { progress: options.percent },
    });
    const isMedia = item.kind === 'video' || item.kind === 'audio';
    const isReading = item.kind === 'article' || item.kind === 'document';
    const meetsRule = (isMedia && options.percent >= watchedEnough) || (isReading && options.percent >= 100);
    const finished = meetsRule
      ? await completeContent(trx, { personId, contentId: item.id, title: version.title, baseUrl })
      : { content: false, courses: [], paths: [], certificates: [] };
    return { finished };
  });
}

/** "Mark as done" for what has no measurable end: articles, PDFs and external links. */
export async function markDone(options: { db: Db; auth: Auth; contentId: string; baseUrl: string }) {
  const { auth, baseUrl } = options;
  const personId = personIdOf(auth);
  return forOrganisation(options.db, auth.organisationId).transaction(async (trx) => {
    const { item, version } = await itemForLearner(
      trx,
      auth,
      options.contentId,
      auth.kind === 'person' ? auth.locale : 'nl',
    );
    await assertContentUnlocked(trx, personId, item.id, version.language);
    if (!['article', 'document', 'link'].includes(item.kind))
      throw new AppError('conflict', `A ${item.kind} is completed by its own rule, not marked as done.`);
    await ensureProgress(trx, personId, item.id, version.title, baseUrl);
    await touchEnrolments(trx, personId, item.id);
    return {
      finished: await completeContent(trx, { personId, contentId: item.id, title: version.title, baseUrl }),
    };
  });
}

export async function submitQuizAttempt(options: {
  db: Db;
  auth: Auth;
  contentId: string;
  answers: QuizAnswers;
  baseUrl: string;
}) {
  const { auth, baseUrl } = options;
  const personId = personIdOf(auth);
  return forOrganisation(options.db, auth.organisationId).transaction(async (trx) => {
    const { item, version } = await itemForLearner(
      trx,
      auth,
      options.contentId,
      auth.kind === 'person' ? auth.locale : 'nl',
    );
    await assertContentUnlocked(trx, personId, item.id, version.language);
    if (item.kind !== 'quiz') throw notFound('Quiz');
    const earlier = await trx
      .selectFrom('quiz_attempts')
      .select(['passed'])
      .where('person_id', '=', personId)
      .where('content_id', '=', item.id)
      .execute();
    if (item.max_attempts && earlier.length >= item.max_attempts && !earlier.some((a) => a.passed))
      throw new AppError('conflict', `You have used all ${item.max_attempts} attempts.`);
    const questions = version.questions as Question[];
    const passMark = item.pass_mark ?? 70;
    const result = gradeQuiz(questions, options.answers, passMark);
    await ensureProgress(trx, personId, item.id, version.title, baseUrl);
    await trx
      .insertInto('quiz_attempts', {
        person_id: personId,
        content_id: item.id,
        language: version.language,
        answers: JSON.stringify(options.answers),
        score: result.score,
        passed: result.passed,
      })
      .execute();
    await touchEnrolments(trx, personId, item.id);
    await recordStatement(trx, baseUrl, {
      personId,
      verb: result.passed ? 'passed' : 'failed',
      object: { kind: 'content', id: item.id, title: version.title, isQuiz: true },
      result: {
        score: { scaled: result.score / 100, raw: result.score, min: 0, max: 100 },
        success: result.passed,
      },
    });
    const finished = result.passed
      ? await completeContent(trx, { personId, contentId: item.id, title: version.title, baseUrl })
      : { content: false, courses: [], paths: [], certificates: [] };
    return { ...result, passMark, attempt: earlier.length + 1, finished };
  });
}

export async function submitAssignment(options: {
  db: Db;
  auth: Auth;
  contentId: string;
  reflection: string;
  baseUrl: string;
}) {
  const { auth } = options;
  const personId = personIdOf(auth);
  await forOrganisation(options.db, auth.organisationId).transaction(async (trx) => {
    const { item, version } = await itemForLearner(
      trx,
      auth,
      options.contentId,
      auth.kind === 'person' ? auth.locale : 'nl',
    );
    await assertContentUnlocked(trx, personId, item.id, version.language);
    if (item.kind !== 'assignment') throw notFound('Assignment');
    await ensureProgress(trx, personId, item.id, version.title, options.baseUrl);
    await trx
      .insertInto('assignment_submissions', {
        person_id: personId,
        content_id: item.id,
        reflection: options.reflection,
      })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'person_id', 'content_id'])
          .doUpdateSet({ reflection: options.reflection, submitted_at: new Date() }),
      )
      .execute();
    await trx
      .updateTable('content_progress')
      .set({ percent: 50, updated_at: new Date() })
      .where('person_id', '=', personId)
      .where('content_id', '=', item.id)
      .where('completed_at', 'is', null)
      .execute();
    await touchEnrolments(trx, personId, item.id);
  });
}

/** The learner's manager (or L&D) confirms an on-the-job assignment, which completes it. */
export async function confirmAssignment(options: {
  db: Db;
  auth: Auth;
  personId: string;
  contentId: string;
  baseUrl: string;
}) {
  const { auth } = options;
  const me = personIdOf(auth);
  return forOrganisation(options.db, auth.organisationId).transaction(async (trx) => {
    const learner = await trx
      .selectFrom('people')
      .select('manager_id')
      .where('id', '=', options.personId)
      .executeTakeFirst();
    if (!learner) throw notFound('Person');
    if (learner.manager_id !== me && !can(auth, 'catalogue.manage'))
      throw new AppError('forbidden', 'Only the learner’s manager or L&D confirms an assignment.');
    const updated = await trx
      .updateTable('assignment_submissions')
      .set({ confirmed_by: me, confirmed_at: new Date() })
      .where('person_id', '=', options.personId)
      .where('content_id', '=', options.contentId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) throw notFound('Submitted assignment');
    const title = (await loadContentItem(trx, options.contentId))?.versions[0]?.title ?? '';
    return {
      finished: await completeContent(trx, {
        personId: options.personId,
        contentId: options.contentId,
        title,
        baseUrl: options.baseUrl,
      }),
    };
  });
}
