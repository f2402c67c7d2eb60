import type { Ctx } from '../../../core/context.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { displayName } from '../../people/index.ts';
import { enrolmentsWithProgress } from '../learning/learner.repository.ts';
import { subjectTitles } from '../subjects.ts';
import { contentHeadlines } from '../titles.ts';
import { ratingComments, ratingGroups, reportsOf, unconfirmedSubmissions } from './oversight.repository.ts';

/** My direct reports' learning: progress, overdue assignments, assignments to confirm. */
export async function teamLearning(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const reports = await reportsOf(ctx.db, personIdOf(ctx.auth));
  const ids = reports.map((r) => r.id);
  const enrolments = await enrolmentsWithProgress(ctx.db, ids, ctx.locale, { today: ctx.today() });
  const pending = await unconfirmedSubmissions(ctx.db, ids);
  const titles = await contentHeadlines(
    ctx.db,
    pending.map((p) => p.content_id),
    ctx.locale,
  );
  return reports.map((report) => {
    const own = enrolments.filter((e) => e.personId === report.id);
    return {
      personId: report.id,
      displayName: displayName(report),
      jobTitle: report.job_title,
      enrolments: own,
      overdue: own.filter((e) => e.isOverdue).length,
      pendingConfirmations: pending
        .filter((p) => p.person_id === report.id)
        .map((p) => ({
          contentId: p.content_id,
          title: titles.get(p.content_id)?.title ?? '',
          reflection: p.reflection,
          submittedAt: p.submitted_at.toISOString(),
        })),
    };
  });
}

/** Ratings per item, course and path with averages and recent comments (L&D). */
export async function ratingSummaries(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.manage');
  const groups = await ratingGroups(ctx.db);
  const comments = await ratingComments(
    ctx.db,
    groups.map((g) => g.subject_id),
  );
  const titles = await subjectTitles(
    ctx.db,
    groups.map((g) => ({ type: g.subject_kind, id: g.subject_id })),
    ctx.locale,
  );
  return groups.map((group) => ({
    type: group.subject_kind,
    id: group.subject_id,
    title: titles.get(`${group.subject_kind}:${group.subject_id}`)?.title ?? '',
    averageStars: Math.round(Number(group.average) * 10) / 10,
    count: Number(group.count),
    comments: comments
      .filter((c) => c.subject_kind === group.subject_kind && c.subject_id === group.subject_id)
      .slice(0, 10)
      .map((c) => ({ stars: c.stars, comment: c.comment ?? '', updatedAt: c.updated_at.toISOString() })),
  }));
}
