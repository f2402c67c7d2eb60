import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf, personIdOf } from '../access/index.ts';
import { learningOfActions, suggestionsForGoal } from './plan-learning.ts';
import { servedTitles } from './plan-links.ts';
import { presentPlan } from './plans.presenter.ts';
import { currentPeriod, findPlanIdFor, listPlanSummaries, planParts } from './plans.repository.ts';
import {
  createActionBody,
  createGoalBody,
  createNoteBody,
  createPlanBody,
  historyEntrySchema,
  learningSuggestionSchema,
  listPlansQuery,
  myPlanQuery,
  planActionParams,
  planGoalParams,
  planSchema,
  planSummarySchema,
  suggestionsQuery,
  updateActionBody,
  updateGoalBody,
} from './plans.schemas.ts';
import {
  accessiblePlan,
  addAction,
  addGoal,
  addNote,
  createPlan,
  deleteAction,
  deleteGoal,
  movePlan,
  updateAction,
  updateGoal,
} from './plans.service.ts';

const tags = ['development plans'];
const localeOf = (auth: Auth) => (auth.kind === 'person' ? auth.locale : 'nl');
const conflict = { 409: problems[400] };

export const planRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function load(auth: Auth, planId: string) {
      const tenant = forOrganisation(deps.db, auth.organisationId);
      const { row, access } = await accessiblePlan(tenant, auth, planId);
      const parts = await planParts(tenant, planId, row.person_id);
      const titles = await servedTitles(
        tenant,
        auth,
        parts.goals.flatMap((goal) => [
          { kind: goal.serves_kind, id: goal.serves_id },
          { kind: 'skill' as const, id: goal.skill_id },
        ]),
      );
      const learning = await learningOfActions(tenant, row.person_id, parts.actions, localeOf(auth));
      return presentPlan(row, parts, access, titles, learning);
    }

    app.get(
      '/plans/suggestions',
      {
        schema: {
          tags,
          summary: 'Published learning that serves what a plan goal serves (its skill, goal or label)',
          querystring: suggestionsQuery,
          response: { 200: z.array(learningSuggestionSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const goal = await tenant
          .selectFrom('plan_goals')
          .select(['plan_id', 'serves_kind', 'serves_id', 'serves_label', 'skill_id'])
          .where('id', '=', request.query.goalId)
          .executeTakeFirst();
        if (!goal) throw notFound('Goal');
        await accessiblePlan(tenant, auth, goal.plan_id);
        const found = await suggestionsForGoal(tenant, goal, localeOf(auth));
        return found.slice(0, 10).map(({ targetId: _, ...entry }) => entry);
      },
    );

    app.get(
      '/plans/mine',
      {
        schema: {
          tags,
          summary: 'My development plan for a period (default: this year), or null when I have none yet',
          querystring: myPlanQuery,
          response: { 200: z.object({ period: z.string(), plan: planSchema.nullable() }), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const period = request.query.period ?? currentPeriod();
        const planId = await findPlanIdFor(
          forOrganisation(deps.db, auth.organisationId),
          personIdOf(auth),
          period,
        );
        return { period, plan: planId ? await load(auth, planId) : null };
      },
    );

    app.post(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Start my plan for a period (default: this year)',
          body: createPlanBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const id = await createPlan({ db: deps.db, auth, period: request.body.period });
        return reply.status(201).send(await load(auth, id));
      },
    );

    app.get(
      '/plans',
      {
        schema: {
          tags,
          summary: "Plans of my reports (scope=team) or, for HR, everyone's plan state (scope=organisation)",
          querystring: listPlansQuery,
          response: { 200: z.array(planSummarySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const period = request.query.period ?? currentPeriod();
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const isOrganisation = request.query.scope === 'organisation';
        if (isOrganisation) assertCan(auth, 'development.manage');
        const rows = await listPlanSummaries(tenant, {
          period,
          managerId: isOrganisation ? undefined : personIdOf(auth),
          includeDrafts: isOrganisation,
        });
        return rows.map((row) => ({
          id: row.id,
          person: { id: row.person_id, displayName: row.person_name },
          period: row.period,
          state: row.state,
          goals: Number(row.goals),
          actions: Number(row.actions),
          actionsDone: Number(row.actions_done),
          updatedAt: row.updated_at.toISOString(),
        }));
      },
    );

    app.get(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'One plan (owner; manager and HR once shared)',
          params: idParams,
          response: { 200: planSchema, ...problems },
        },
      },
      async (request) => load(authOf(request), request.params.id),
    );

    app.get(
      '/plans/:id/history',
      {
        schema: {
          tags,
          summary: "The plan's history: every change, by whom and when",
          params: idParams,
          response: { 200: z.array(historyEntrySchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        await accessiblePlan(tenant, auth, request.params.id);
        const rows = await tenant
          .selectFrom('events')
          .leftJoin('people as p', (join) =>
            join
              .onRef('p.organisation_id', '=', 'events.organisation_id')
              .onRef('p.id', '=', 'events.actor_person_id'),
          )
          .select([
            'events.action',
            'events.actor_person_id',
            'events.changes',
            'events.created_at',
            sql<string | null>`concat_ws(' ', p.given_name, p.family_name_prefix, p.family_name)`.as(
              'actor_name',
            ),
          ])
          .where('subject_type', '=', 'development_plan')
          .where('subject_id', '=', request.params.id)
          .orderBy('events.id', 'desc')
          .limit(200)
          .execute();
        return rows.map((row) => ({
          action: row.action,
          actor: row.actor_person_id ? { id: row.actor_person_id, displayName: row.actor_name ?? '' } : null,
          changes: row.changes,
          at: row.created_at.toISOString(),
        }));
      },
    );

    for (const step of ['share', 'agree', 'review'] as const) {
      app.post(
        `/plans/:id/${step}`,
        {
          schema: {
            tags,
            summary: {
              share: 'Share my plan with my manager',
              agree: 'Manager: agree to the shared plan',
              review: 'Manager: mark the agreed plan as reviewed (end of period)',
            }[step],
            params: idParams,
            response: { 200: planSchema, ...problems, ...conflict },
          },
        },
        async (request) => {
          const auth = authOf(request);
          await movePlan({ db: deps.db, auth, planId: request.params.id, step });
          return load(auth, request.params.id);
        },
      );
    }

    app.post(
      '/plans/:id/goals',
      {
        schema: {
          tags,
          summary: 'Add a goal to my plan',
          params: idParams,
          body: createGoalBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        await addGoal({ db: deps.db, auth, planId: request.params.id, input: request.body });
        return reply.status(201).send(await load(auth, request.params.id));
      },
    );

    app.patch(
      '/plans/:id/goals/:goalId',
      {
        schema: {
          tags,
          summary: 'Change a goal (progress and status do not ask for agreement again)',
          params: planGoalParams,
          body: updateGoalBody,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await updateGoal({
          db: deps.db,
          auth,
          planId: request.params.id,
          goalId: request.params.goalId,
          input: request.body,
        });
        return load(auth, request.params.id);
      },
    );

    app.delete(
      '/plans/:id/goals/:goalId',
      {
        schema: {
          tags,
          summary: 'Remove a goal',
          params: planGoalParams,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await deleteGoal({ db: deps.db, auth, planId: request.params.id, goalId: request.params.goalId });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/plans/:id/actions',
      {
        schema: {
          tags,
          summary: 'Add an action (learning, mentor, assignment, event, external training, other)',
          params: idParams,
          body: createActionBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        await addAction({ db: deps.db, auth, planId: request.params.id, input: request.body });
        return reply.status(201).send(await load(auth, request.params.id));
      },
    );

    app.patch(
      '/plans/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Change an action or mark it done',
          params: planActionParams,
          body: updateActionBody,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await updateAction({
          db: deps.db,
          auth,
          planId: request.params.id,
          actionId: request.params.actionId,
          input: request.body,
        });
        return load(auth, request.params.id);
      },
    );

    app.delete(
      '/plans/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Remove an action',
          params: planActionParams,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        await deleteAction({
          db: deps.db,
          auth,
          planId: request.params.id,
          actionId: request.params.actionId,
        });
        return load(auth, request.params.id);
      },
    );

    app.post(
      '/plans/:id/notes',
      {
        schema: {
          tags,
          summary: 'Add a reflection (employee) or a comment (manager)',
          params: idParams,
          body: createNoteBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        await addNote({
          db: deps.db,
          auth,
          planId: request.params.id,
          body: request.body.body,
          goalId: request.body.goalId,
        });
        return reply.status(201).send(await load(auth, request.params.id));
      },
    );
  };
