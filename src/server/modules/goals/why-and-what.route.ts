import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { problems } from '../../http/common.schemas.ts';
import { assertCan, authOf, personIdOf } from '../access/index.ts';
import {
  currentStatements,
  listPrinciples,
  presentPrinciple,
  presentStatement,
  principleSchema,
  readerLocale,
  skillsOfCompetencies,
  statementSchema,
  unitLineOf,
} from '../direction/index.ts';
import { currentPlanGoals } from '../plans/index.ts';
import { goalVisibility } from './goals.policy.ts';
import { presentGoal, presentTeamGoal } from './goals.presenter.ts';
import { listGoals, listTeamGoals } from './goals.repository.ts';
import { organisationGoalSchema, teamGoalSchema } from './goals.schemas.ts';

const whyAndWhatSchema = z
  .object({
    mission: statementSchema.nullable(),
    vision: statementSchema.nullable(),
    strategy: statementSchema.nullable(),
    values: z.array(principleSchema),
    competencies: z.array(principleSchema).describe('Published core competencies with their linked skills'),
    goals: z.array(organisationGoalSchema).describe('Active organisation goals I may see'),
    teamGoals: z.array(teamGoalSchema).describe('The goals of my unit and the units above it, nearest first'),
    planGoals: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          servesKind: z.enum(['organisation_goal', 'team_goal', 'skill', 'job_role']).nullable(),
          servesId: z.uuid().nullable(),
          status: z.enum(['open', 'in_progress', 'achieved', 'dropped']),
          progress: z.number().int(),
        }),
      )
      .describe('The goals of my development plan for this period, with what each serves'),
  })
  .meta({ id: 'WhyAndWhat' });

/** The line from the organisation's why to my team's goals and my own plan goals, on one page. */
export const whyAndWhatRoute =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/direction/why-and-what',
      {
        schema: {
          tags: ['direction'],
          summary: 'My "waarom en wat": mission, vision, strategy, values, goals, my team\'s goals',
          response: { 200: whyAndWhatSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'direction.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const { locale, fallback } = await readerLocale(deps.db, auth);
        const [statements, values, competencies, goals, unitLine, planGoals] = await Promise.all([
          currentStatements(tenant, locale, fallback),
          listPrinciples(tenant, 'core_values', { withDrafts: false }),
          listPrinciples(tenant, 'core_competencies', { withDrafts: false }),
          listGoals(tenant, { ...goalVisibility(auth), withDrafts: false }),
          unitLineOf(tenant, personIdOf(auth)),
          auth.kind === 'person' ? currentPlanGoals(tenant, auth.personId) : [],
        ]);
        const linkedSkills = await skillsOfCompetencies(
          tenant,
          competencies.map((row) => row.id),
        );
        const active = goals.filter((goal) => goal.status === 'active' || goal.status === 'achieved');
        const visible = new Set(active.map((goal) => goal.id));
        const teamGoals = (await listTeamGoals(tenant, { unitIds: unitLine }))
          .filter((team) => team.status !== 'draft' && team.status !== 'dropped')
          .sort((a, b) => unitLine.indexOf(a.org_unit_id) - unitLine.indexOf(b.org_unit_id));
        const present = (row: (typeof statements)['mission']) => (row ? presentStatement(row) : null);
        return {
          mission: present(statements.mission),
          vision: present(statements.vision),
          strategy: present(statements.strategy),
          values: values.map((row) => presentPrinciple(row)),
          competencies: competencies.map((row) => presentPrinciple(row, linkedSkills.get(row.id) ?? [])),
          goals: active.map(presentGoal),
          teamGoals: teamGoals.map((team) => presentTeamGoal(team, visible)),
          planGoals: planGoals.map((goal) => ({
            id: goal.id,
            title: goal.title,
            servesKind: goal.serves_kind,
            servesId: goal.serves_id,
            status: goal.status,
            progress: goal.progress,
          })),
        };
      },
    );
  };
