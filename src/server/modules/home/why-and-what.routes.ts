import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { problems } from '../../http/common.schemas.ts';
import { principleSchema, statementSchema } from '../direction/index.ts';
import { organisationGoalSchema, teamGoalSchema } from '../goals/index.ts';
import { whyAndWhat } from './why-and-what.read.ts';

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

export const whyAndWhatRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/direction/why-and-what',
    {
      schema: {
        tags: ['direction'],
        summary: 'My "waarom en wat": mission, vision, strategy, values, goals, my team\'s goals',
        response: { 200: whyAndWhatSchema, ...problems },
      },
    },
    async (request) => whyAndWhat(ctxOf(request)),
  );
};
