import { displayName } from '../../../../shared/person-name.ts';
import type { Ctx } from '../../../core/context.ts';
import { port } from '../../../core/ports.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { subjectTitles } from '../subjects.ts';
import {
  commentsOf,
  findRoute,
  managerOf,
  peopleNames,
  preferredFormatOf,
  type RouteRow,
  routeLists,
  stepsOf,
} from './own-routes.repository.ts';

export type RouteAccess = { isOwner: boolean; isManager: boolean; isColleague: boolean };

/**
 * Who may see a route: its owner; their direct manager once it is shared; everyone once it is published.
 * Anyone else gets 404, as for a development plan: a private route's existence is private too.
 */
export async function routeFor(ctx: Ctx, id: string, options: { lock?: boolean } = {}) {
  assertCan(ctx.auth, 'catalogue.read');
  const me = personIdOf(ctx.auth);
  const route = await findRoute(ctx.db, id, options);
  if (!route) throw notFound('Route');
  const access: RouteAccess = {
    isOwner: route.person_id === me,
    isManager: !!route.shared_at && (await managerOf(ctx.db, route.person_id)) === me,
    isColleague: !!route.published_at,
  };
  if (!access.isOwner && !access.isManager && !access.isColleague) throw notFound('Route');
  return { route, access };
}

export async function presentRoute(ctx: Ctx, route: RouteRow, access: RouteAccess) {
  const steps = await stepsOf(ctx.db, [route.id]);
  const comments = access.isOwner || access.isManager ? await commentsOf(ctx.db, route.id) : [];
  const titles = await subjectTitles(
    ctx.db,
    steps.flatMap((s) =>
      s.ref_id && (s.kind === 'content' || s.kind === 'course' || s.kind === 'path')
        ? [{ type: s.kind, id: s.ref_id }]
        : [],
    ),
    ctx.locale,
  );
  const names = await peopleNames(ctx.db, [
    route.person_id,
    ...comments.flatMap((c) => (c.author_id ? [c.author_id] : [])),
  ]);
  // The goal is part of the owner's plan; only the owner and their manager see which.
  const goals =
    route.plan_goal_id && (access.isOwner || access.isManager)
      ? await port('planGoalsOf')(ctx.db, route.person_id)
      : [];
  const goal = goals.find((g) => g.id === route.plan_goal_id);
  return {
    id: route.id,
    owner: { id: route.person_id, name: names.get(route.person_id) ?? '' },
    title: route.title,
    purpose: route.purpose,
    planGoal: goal ? { id: goal.id, title: goal.title } : null,
    isShared: !!route.shared_at,
    isPublished: !!route.published_at,
    copiedFromId: route.copied_from_id,
    steps: steps.map((step) => {
      const catalogue = step.ref_id ? titles.get(`${step.kind}:${step.ref_id}`) : undefined;
      return {
        id: step.id,
        kind: step.kind,
        refId: step.ref_id,
        title: catalogue?.title ?? step.title,
        format: catalogue?.format ?? step.kind,
        durationMinutes: catalogue?.durationMinutes ?? null,
        note: step.note,
        url: step.url,
        // A colleague copying it sees the steps, not how far the owner got.
        isDone: access.isOwner || access.isManager ? !!step.done_at : false,
      };
    }),
    doneCount: access.isOwner || access.isManager ? steps.filter((s) => s.done_at).length : 0,
    comments: comments.map((comment) => ({
      id: comment.id,
      author: comment.author_id ? { id: comment.author_id, name: names.get(comment.author_id) ?? '' } : null,
      body: comment.body,
      createdAt: comment.created_at.toISOString(),
    })),
    may: {
      edit: access.isOwner,
      comment: access.isOwner || access.isManager,
      copy: !access.isOwner && access.isColleague,
    },
    updatedAt: route.updated_at.toISOString(),
  };
}

/** One route as its owner, manager or a colleague may see it. */
export async function ownRoute(ctx: Ctx, id: string) {
  const { route, access } = await routeFor(ctx, id);
  return presentRoute(ctx, route, access);
}

/** My routes, those my team shared with me, colleagues' published ones, my plan's goals and my format. */
export async function ownRoutesOverview(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const me = personIdOf(ctx.auth);
  const lists = await routeLists(ctx.db, me);
  const all = [...lists.mine, ...lists.fromTeam, ...lists.published];
  const steps = await stepsOf(
    ctx.db,
    all.map((r) => r.id),
  );
  const summary = (row: (typeof all)[number], showsProgress: boolean) => {
    const own = steps.filter((s) => s.route_id === row.id);
    return {
      id: row.id,
      title: row.title,
      owner: { id: row.person_id, name: displayName(row) },
      stepCount: own.length,
      doneCount: showsProgress ? own.filter((s) => s.done_at).length : 0,
      isShared: !!row.shared_at,
      isPublished: !!row.published_at,
      updatedAt: row.updated_at.toISOString(),
    };
  };
  return {
    mine: lists.mine.map((row) => summary(row, true)),
    fromTeam: lists.fromTeam.map((row) => summary(row, true)),
    published: lists.published.map((row) => summary(row, false)),
    planGoals: (await port('planGoalsOf')(ctx.db, me)).map((g) => ({ id: g.id, title: g.title })),
    preferredFormat: await preferredFormatOf(ctx.db, me),
  };
}
