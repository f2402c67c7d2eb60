import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { port } from '../../../core/ports.ts';
import type { FieldError } from '../../../http/errors.ts';
import { forbidden } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import '../catalogue.events.ts';
import { rejectFields } from '../catalogue.errors.ts';
import { findSubject } from '../subjects.ts';
import { presentRoute, routeFor } from './own-routes.read.ts';
import {
  findRoute,
  insertComment,
  insertRoute,
  replaceSteps,
  savePreferredFormat,
  stepsOf,
  updateRoute,
} from './own-routes.repository.ts';
import type { OwnRouteInput, PreferredFormat } from './own-routes.schemas.ts';

/**
 * Catalogue steps must be published learning of this organisation (their title is kept with the step,
 * so the route still reads if the learning is archived); the goal must be one of my plan's.
 */
async function checkInput(ctx: Ctx, personId: string, input: OwnRouteInput): Promise<OwnRouteInput> {
  const errors: FieldError[] = [];
  const steps: OwnRouteInput['steps'] = [];
  for (const [index, step] of input.steps.entries()) {
    if (!step.refId || !(step.kind === 'content' || step.kind === 'course' || step.kind === 'path')) {
      steps.push({ ...step, refId: null });
      continue;
    }
    const subject = await findSubject(ctx.db, { type: step.kind, id: step.refId }, ctx.locale);
    if (subject?.status !== 'published')
      errors.push({
        field: `steps.${index}.refId`,
        message: 'no such published learning',
        code: 'unknownReference',
      });
    steps.push({ ...step, title: subject?.title ?? step.title, url: null });
  }
  if (input.planGoalId) {
    const goals = await port('planGoalsOf')(ctx.db, personId);
    if (!goals.some((goal) => goal.id === input.planGoalId))
      errors.push({
        field: 'planGoalId',
        message: 'not a goal of your current plan',
        code: 'unknownReference',
      });
  }
  if (errors.length) rejectFields(errors);
  return { ...input, steps };
}

/** An employee starts their own route (private until they share or publish it). */
export async function createOwnRoute(ctx: Ctx, input: OwnRouteInput) {
  assertCan(ctx.auth, 'catalogue.read');
  const me = personIdOf(ctx.auth);
  const checked = await checkInput(ctx, me, input);
  return runChange(ctx, async (tx) => {
    const id = await insertRoute(tx.db, {
      person_id: me,
      title: input.title,
      purpose: input.purpose,
      plan_goal_id: input.planGoalId,
    });
    await replaceSteps(
      tx.db,
      id,
      checked.steps.map((step) => ({ ...step, doneAt: step.isDone ? tx.now() : null })),
    );
    tx.record({ action: 'own_route.created', subjectId: id, changes: { title: input.title } });
    const { route, access } = await routeFor(tx, id);
    return presentRoute(tx, route, access);
  });
}

/** The owner replaces title, purpose, goal and the ordered steps; a step keeps when it was done. */
export async function updateOwnRoute(ctx: Ctx, id: string, input: OwnRouteInput) {
  return runChange(ctx, async (tx) => {
    const { route, access } = await routeFor(tx, id, { lock: true });
    if (!access.isOwner) throw forbidden('Only the person whose route it is changes it.');
    const checked = await checkInput(tx, route.person_id, input);
    const before = await stepsOf(tx.db, [id]);
    const doneBefore = (step: OwnRouteInput['steps'][number]) =>
      before.find((b) => b.kind === step.kind && (b.ref_id ?? b.title) === (step.refId ?? step.title))
        ?.done_at;
    await replaceSteps(
      tx.db,
      id,
      checked.steps.map((step) => ({ ...step, doneAt: step.isDone ? (doneBefore(step) ?? tx.now()) : null })),
    );
    await updateRoute(tx.db, id, {
      title: input.title,
      purpose: input.purpose,
      plan_goal_id: input.planGoalId,
      updated_at: tx.now(),
    });
    tx.record({
      action: 'own_route.updated',
      subjectId: id,
      changes: { title: input.title, steps: input.steps.length },
    });
    const fresh = await findRoute(tx.db, id);
    return presentRoute(tx, fresh ?? route, access);
  });
}

/** Share with my manager (who may then comment) and/or publish for colleagues to copy. */
export async function setRouteVisibility(
  ctx: Ctx,
  id: string,
  input: { isShared: boolean; isPublished: boolean },
) {
  return runChange(ctx, async (tx) => {
    const { route, access } = await routeFor(tx, id, { lock: true });
    if (!access.isOwner) throw forbidden('Only the person whose route it is shares it.');
    const at = tx.now();
    await updateRoute(tx.db, id, {
      shared_at: input.isShared ? (route.shared_at ?? at) : null,
      published_at: input.isPublished ? (route.published_at ?? at) : null,
    });
    if (input.isShared !== !!route.shared_at)
      tx.record({ action: 'own_route.shared', subjectId: id, changes: { isShared: input.isShared } });
    if (input.isPublished !== !!route.published_at)
      tx.record({
        action: 'own_route.published',
        subjectId: id,
        changes: { isPublished: input.isPublished },
      });
    const fresh = await findRoute(tx.db, id);
    return presentRoute(tx, fresh ?? route, access);
  });
}

/** The manager (on a shared route) or the owner writes a comment. */
export async function commentOnRoute(ctx: Ctx, id: string, body: string) {
  return runChange(ctx, async (tx) => {
    const { route, access } = await routeFor(tx, id);
    if (!access.isOwner && !access.isManager) throw forbidden('Only the owner and their manager comment.');
    const comment = await insertComment(tx.db, { route_id: id, author_id: personIdOf(tx.auth), body });
    tx.record({ action: 'own_route.commented', subjectId: id, changes: { commentId: comment.id } });
    return presentRoute(tx, route, access);
  });
}

/** A colleague copies a published route into a private one of their own, nothing done yet. */
export async function copyRoute(ctx: Ctx, id: string) {
  return runChange(ctx, async (tx) => {
    const { route, access } = await routeFor(tx, id);
    if (access.isOwner || !access.isColleague) throw forbidden('Copy a route a colleague published.');
    const me = personIdOf(tx.auth);
    const copyId = await insertRoute(tx.db, {
      person_id: me,
      title: route.title,
      purpose: route.purpose,
      plan_goal_id: null,
      copied_from_id: route.id,
    });
    const steps = await stepsOf(tx.db, [id]);
    await replaceSteps(
      tx.db,
      copyId,
      steps.map((s) => ({
        kind: s.kind,
        refId: s.ref_id,
        title: s.title,
        note: s.note,
        url: s.url,
        doneAt: null,
      })),
    );
    tx.record({ action: 'own_route.copied', subjectId: copyId, changes: { from: id } });
    const copy = await routeFor(tx, copyId);
    return presentRoute(tx, copy.route, copy.access);
  });
}

/** How I like to learn: the catalogue and my suggestions put this format first. */
export async function setPreferredFormat(ctx: Ctx, preferredFormat: PreferredFormat | null) {
  assertCan(ctx.auth, 'catalogue.read');
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    await savePreferredFormat(tx.db, me, preferredFormat);
    tx.record({ action: 'learner.preferences_set', subjectId: me, changes: { preferredFormat } });
  });
  return { preferredFormat };
}
