import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import { liveFigures } from './talent.figures.ts';
import { isHr, meOf, reviewAccess, roundAccess } from './talent.policy.ts';
import {
  findReview,
  findRound,
  gridOf,
  listRounds,
  movesOf,
  myProposals,
  mySignedOffReviews,
  settingsOf,
  successionRows,
} from './talent.repository.ts';
import { canEditReview, questionsOf } from './talent.service.ts';

const iso = (at: Date | null) => (at ? at.toISOString() : null);
const reviewerName = (row: {
  r_given_name: string | null;
  r_family_name_prefix: string | null;
  r_family_name: string | null;
}) =>
  row.r_given_name && row.r_family_name
    ? displayName({
        given_name: row.r_given_name,
        family_name_prefix: row.r_family_name_prefix,
        family_name: row.r_family_name,
      })
    : null;

/** HR sees every round; others the rounds they review in or calibrate (nobody else sees any). */
export async function rounds(ctx: Ctx) {
  const me = meOf(ctx.auth);
  if (!isHr(ctx.auth) && !me) return [];
  const rows = await listRounds(ctx.db, isHr(ctx.auth) ? null : me);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    reviewDeadline: row.review_deadline,
    calibrationOn: row.calibration_on,
    openedAt: iso(row.opened_at),
    signedOffAt: iso(row.signed_off_at),
    people: Number(row.people ?? 0),
    submitted: Number(row.submitted ?? 0),
  }));
}

/** The round with its calibration grid (one's own review left out, even for HR). */
export async function roundView(ctx: Ctx, roundId: string) {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('Talent review round');
  const access = await roundAccess(ctx.db, ctx.auth, roundId);
  const me = meOf(ctx.auth);
  const grid = (await gridOf(ctx.db, roundId)).filter((row) => row.person_id !== me);
  return {
    id: round.id,
    title: round.title,
    reviewDeadline: round.review_deadline,
    calibrationOn: round.calibration_on,
    openedAt: iso(round.opened_at),
    signedOffAt: iso(round.signed_off_at),
    people: grid.length,
    submitted: grid.filter((row) => row.submitted_at).length,
    reviewerRule: round.reviewer_rule,
    questions: questionsOf(round),
    canManage: access === 'hr',
    grid: grid.map((row) => ({
      reviewId: row.id,
      personId: row.person_id,
      name: displayName(row),
      unitName: row.unit_name,
      reviewerName: reviewerName(row),
      performance: row.performance,
      potential: row.potential,
      isSubmitted: Boolean(row.submitted_at),
      moveCount: Number(row.move_count ?? 0),
    })),
  };
}

/** One review with the manager's live figures and the calibration history. */
export async function reviewView(ctx: Ctx, reviewId: string) {
  const review = await findReview(ctx.db, reviewId);
  if (!review) throw notFound('Talent review');
  await reviewAccess(ctx.db, ctx.auth, review);
  const round = (await findRound(ctx.db, review.round_id))!;
  const [figures, moves, roles] = await Promise.all([
    liveFigures(ctx.db, review.person_id, ctx.today()),
    movesOf(ctx.db, reviewId),
    review.next_role_id
      ? resolveReferences(ctx.db, [{ kind: 'job_role', id: review.next_role_id }], {
          auth: ctx.auth,
          locale: ctx.locale,
        })
      : new Map(),
  ]);
  const role = review.next_role_id
    ? roles.get(referenceKey({ kind: 'job_role', id: review.next_role_id }))
    : null;
  const isLocked = Boolean(round.signed_off_at);
  // A draft's reviews wait until HR opens the round (its questions may still change).
  const isOpen = !isLocked && Boolean(round.opened_at);
  return {
    id: review.id,
    roundId: round.id,
    roundTitle: round.title,
    personId: review.person_id,
    name: displayName(review),
    reviewerName: reviewerName(review),
    performance: review.performance,
    potential: review.potential,
    answers: review.answers as Record<string, string>,
    flightRisk: review.flight_risk,
    readiness: review.readiness,
    nextRole: role && review.next_role_id ? { id: review.next_role_id, title: role.title } : null,
    advice: review.advice,
    actions: review.actions as string[],
    isSubmitted: Boolean(review.submitted_at),
    isLocked,
    canEdit: isOpen && canEditReview(ctx, review),
    canMove: isOpen,
    questions: questionsOf(round),
    figures,
    moves: moves.map((move) => ({
      fromPerformance: move.from_performance,
      fromPotential: move.from_potential,
      toPerformance: move.to_performance,
      toPotential: move.to_potential,
      reason: move.reason,
      movedBy:
        move.given_name && move.family_name ? displayName(move as Parameters<typeof displayName>[0]) : null,
      movedAt: move.moved_at.toISOString(),
    })),
  };
}

/**
 * What I see of my own talent reviews: the actions proposed to me, always; of the review itself what
 * the organisation's setting allows, and only once the round is signed off.
 */
export async function myTalent(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const [visibility, proposals, reviews] = await Promise.all([
    settingsOf(ctx.db),
    myProposals(ctx.db, me),
    mySignedOffReviews(ctx.db, me),
  ]);
  return {
    visibility,
    proposals: proposals.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      roundTitle: p.round_title,
      createdAt: p.created_at.toISOString(),
    })),
    reviews:
      visibility === 'nothing'
        ? []
        : reviews.map((r) => ({
            roundTitle: r.title,
            signedOffAt: r.signed_off_at!.toISOString(),
            advice: r.advice,
            performance: visibility === 'everything' ? r.performance : null,
            potential: visibility === 'everything' ? r.potential : null,
            readiness: visibility === 'everything' ? r.readiness : null,
          })),
  };
}

export async function settings(ctx: Ctx) {
  assertCan(ctx.auth, 'development.manage');
  return { ownReviewVisibility: await settingsOf(ctx.db) };
}

/** Succession per job role: who signed-off reviews name as a candidate, newest round first. */
export async function succession(ctx: Ctx) {
  assertCan(ctx.auth, 'development.manage');
  const me = meOf(ctx.auth);
  const rows = (await successionRows(ctx.db)).filter((row) => row.person_id !== me);
  const roleIds = [...new Set(rows.map((row) => row.next_role_id!))];
  const titles = await resolveReferences(
    ctx.db,
    roleIds.map((id) => ({ kind: 'job_role' as const, id })),
    { auth: ctx.auth, locale: ctx.locale },
  );
  return roleIds
    .map((jobRoleId) => {
      const seen = new Set<string>();
      const candidates = rows
        .filter(
          (row) => row.next_role_id === jobRoleId && !seen.has(row.person_id) && seen.add(row.person_id),
        )
        .map((row) => ({
          personId: row.person_id,
          name: displayName(row),
          readiness: row.readiness,
          roundTitle: row.title,
        }));
      return {
        jobRoleId,
        title: titles.get(referenceKey({ kind: 'job_role', id: jobRoleId }))?.title ?? '',
        candidates,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
