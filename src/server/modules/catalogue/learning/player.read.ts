import type { Ctx } from '../../../core/context.ts';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { type Auth, assertCan, can, personIdOf } from '../../access/index.ts';
import type { Question } from '../catalogue.schemas.ts';
import { loadContentItem } from '../content/content.repository.ts';
import { presentCover } from '../content/covers.service.ts';
import { enrolmentsWithProgress } from './learner.repository.ts';
import { contentLock } from './locks.ts';
import { questionsForLearner } from './quiz.grading.ts';

/** The published item (or any, for L&D previewing) in the learner's language if it has it. */
export async function itemForLearner(tenant: TenantDb, auth: Auth, contentId: string, locale: Locale) {
  const loaded = await loadContentItem(tenant, contentId, auth);
  if (!loaded || (loaded.item.status !== 'published' && !can(auth, 'catalogue.manage')))
    throw notFound('Content item');
  const version = loaded.versions.find((v) => v.language === locale) ?? loaded.versions[0];
  if (!version) throw notFound('Content item');
  return { ...loaded, version };
}

export const progressOf = (tenant: TenantDb, personId: string, contentId: string) =>
  tenant
    .selectFrom('content_progress')
    .selectAll()
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .executeTakeFirst();

/** What the learner's own record holds for an item: attempts, submission, rating. */
async function learnerRecord(tenant: TenantDb, personId: string, contentId: string) {
  const [attempts, submission, rating] = await Promise.all([
    tenant
      .selectFrom('quiz_attempts')
      .select(['score', 'passed', 'submitted_at'])
      .where('person_id', '=', personId)
      .where('content_id', '=', contentId)
      .orderBy('submitted_at')
      .execute(),
    tenant
      .selectFrom('assignment_submissions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('content_id', '=', contentId)
      .executeTakeFirst(),
    tenant
      .selectFrom('ratings')
      .select(['stars', 'comment'])
      .where('person_id', '=', personId)
      .where('subject_kind', '=', 'content')
      .where('subject_id', '=', contentId)
      .executeTakeFirst(),
  ]);
  return { attempts, submission, rating };
}

/** An item to learn from, in my language, with my progress. */
export async function playerView(ctx: Ctx, contentId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const { locale } = ctx;
  const { item, version, versions, topics, serves } = await itemForLearner(
    ctx.db,
    ctx.auth,
    contentId,
    locale,
  );
  const progress = await progressOf(ctx.db, personId, item.id);
  const { attempts, submission, rating } = await learnerRecord(ctx.db, personId, item.id);
  const fileUrl = (id: string | null) => (id ? `/api/v1/files/${id}` : null);
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    language: version.language,
    languages: versions.map((v) => v.language),
    title: version.title,
    summary: version.summary,
    cover: presentCover(item),
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
      (
        await enrolmentsWithProgress(ctx.db, [personId], locale, {
          only: { type: 'content', id: item.id },
          today: ctx.today(),
        })
      )[0] ?? null,
    lock: progress?.completed_at ? null : await contentLock(ctx.db, personId, item.id, locale),
  };
}
