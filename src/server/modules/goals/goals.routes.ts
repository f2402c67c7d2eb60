import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf } from '../access/index.ts';
import { goalVisibility } from './goals.policy.ts';
import { presentCheckIn, presentGoal, presentTeamGoal } from './goals.presenter.ts';
import { checkInsOf, listGoals, listTeamGoals } from './goals.repository.ts';
import {
  checkInBody,
  checkInSchema,
  createGoalBody,
  createTeamGoalBody,
  goalDetailSchema,
  goalTreeSchema,
  keyResultBody,
  organisationGoalSchema,
  teamGoalSchema,
  teamGoalsQuery,
  updateGoalBody,
  updateTeamGoalBody,
} from './goals.schemas.ts';
import {
  addKeyResult,
  checkIn,
  createGoal,
  createTeamGoal,
  updateGoal,
  updateTeamGoal,
} from './goals.service.ts';

const tags = ['goals'];

export const goalRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (auth: Auth) => forOrganisation(deps.db, auth.organisationId);
    const visibleGoals = (auth: Auth) => listGoals(tenantOf(auth), goalVisibility(auth));
    const visibleIds = async (auth: Auth) => new Set((await visibleGoals(auth)).map((g) => g.id));

    async function detail(auth: Auth, id: string) {
      const tenant = tenantOf(auth);
      const [goal] = await listGoals(tenant, goalVisibility(auth), [id]);
      if (!goal) throw notFound('Organisation goal');
      const visible = await visibleIds(auth);
      const [checkIns, teamGoals] = await Promise.all([
        checkInsOf(
          tenant,
          goal.keyResults.map((kr) => kr.id),
        ),
        listTeamGoals(tenant, { alignedTo: [goal.id] }),
      ]);
      return {
        goal: presentGoal(goal),
        checkIns: checkIns.map(presentCheckIn),
        teamGoals: teamGoals.map((row) => presentTeamGoal(row, visible)),
      };
    }

    app.get(
      '/goals',
      {
        schema: {
          tags,
          summary: 'Organisation goals with key results (confidential ones only for management)',
          response: { 200: z.array(organisationGoalSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        return (await visibleGoals(auth)).map(presentGoal);
      },
    );

    app.get(
      '/goals/tree',
      {
        schema: {
          tags,
          summary: 'The alignment tree: each organisation goal with the team goals that serve it',
          response: { 200: goalTreeSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const goals = await visibleGoals(auth);
        const visible = new Set(goals.map((g) => g.id));
        const teamGoals = await listTeamGoals(tenantOf(auth), { alignedTo: [...visible] });
        return goals.map((goal) => ({
          ...presentGoal(goal),
          teamGoals: teamGoals
            .filter((team) => team.alignedGoalIds.includes(goal.id))
            .map((team) => presentTeamGoal(team, visible)),
        }));
      },
    );

    app.get(
      '/goals/:id',
      {
        schema: {
          tags,
          summary: 'One organisation goal with its check-ins and aligned team goals',
          params: idParams,
          response: { 200: goalDetailSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        return detail(auth, request.params.id);
      },
    );

    app.post(
      '/goals',
      {
        schema: {
          tags,
          summary: 'Add an organisation goal with its key results',
          body: createGoalBody,
          response: { 201: goalDetailSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        const id = await createGoal({ db: deps.db, auth, input: request.body });
        return reply.status(201).send(await detail(auth, id));
      },
    );

    app.patch(
      '/goals/:id',
      {
        schema: {
          tags,
          summary: 'Change an organisation goal; only the fields sent change',
          params: idParams,
          body: updateGoalBody,
          response: { 200: goalDetailSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        await updateGoal({ db: deps.db, auth, id: request.params.id, changes: request.body });
        return detail(auth, request.params.id);
      },
    );

    app.post(
      '/goals/:id/key-results',
      {
        schema: {
          tags,
          summary: 'Add a key result to an organisation goal',
          params: idParams,
          body: keyResultBody,
          response: { 201: goalDetailSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.manage');
        await addKeyResult({ db: deps.db, auth, goalId: request.params.id, input: request.body });
        return reply.status(201).send(await detail(auth, request.params.id));
      },
    );

    app.post(
      '/goals/key-results/:id/check-ins',
      {
        schema: {
          tags,
          summary: 'Check in on a key result: its new current value and a comment (goal owner or management)',
          params: idParams,
          body: checkInBody,
          response: { 201: checkInSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const visible = await visibleIds(auth);
        const { goalId, checkInId } = await checkIn({
          db: deps.db,
          auth,
          keyResultId: request.params.id,
          input: request.body,
          canSee: async (id) => visible.has(id),
        });
        const { checkIns } = await detail(auth, goalId);
        return reply.status(201).send(checkIns.find((c) => c.id === checkInId)!);
      },
    );

    app.get(
      '/goals/team-goals',
      {
        schema: {
          tags,
          summary: 'Team goals, of one unit or all',
          querystring: teamGoalsQuery,
          response: { 200: z.array(teamGoalSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const visible = await visibleIds(auth);
        const rows = await listTeamGoals(
          tenantOf(auth),
          request.query.unitId ? { unitIds: [request.query.unitId] } : {},
        );
        return rows.map((row) => presentTeamGoal(row, visible));
      },
    );

    async function teamGoal(auth: Auth, id: string) {
      const [row] = await listTeamGoals(tenantOf(auth), { ids: [id] });
      if (!row) throw notFound('Team goal');
      return presentTeamGoal(row, await visibleIds(auth));
    }

    app.post(
      '/goals/team-goals',
      {
        schema: {
          tags,
          summary:
            "Add a unit's team goal, aligned to one or more organisation goals (management or unit head)",
          body: createTeamGoalBody,
          response: { 201: teamGoalSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const id = await createTeamGoal({
          db: deps.db,
          auth,
          input: request.body,
          visibleGoalIds: await visibleIds(auth),
        });
        return reply.status(201).send(await teamGoal(auth, id));
      },
    );

    app.patch(
      '/goals/team-goals/:id',
      {
        schema: {
          tags,
          summary: 'Change a team goal; only the fields sent change',
          params: idParams,
          body: updateTeamGoalBody,
          response: { 200: teamGoalSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        await updateTeamGoal({
          db: deps.db,
          auth,
          id: request.params.id,
          changes: request.body,
          visibleGoalIds: await visibleIds(auth),
        });
        return teamGoal(auth, request.params.id);
      },
    );
  };
