import { z } from 'zod';

const completion = z.enum(['not_attempted', 'incomplete', 'completed']);
const success = z.enum(['unknown', 'passed', 'failed']);

export const reportSchema = z
  .object({
    contentId: z.uuid(),
    title: z.string(),
    summary: z.object({
      learners: z.number().int(),
      attempts: z.number().int(),
      completedLearners: z.number().int(),
      completionRate: z.number().nullable().describe('0–1: learners with a completed attempt'),
      passRate: z.number().nullable().describe('0–1: passed among attempts that passed or failed'),
      averageScoreScaled: z.number().nullable(),
      averageSeconds: z.number().nullable().describe('Of completed attempts (of all when none completed)'),
    }),
    attempts: z.array(
      z.object({
        id: z.uuid(),
        personId: z.uuid(),
        name: z.string(),
        number: z.number().int(),
        versionNumber: z.number().int(),
        completionStatus: completion,
        successStatus: success,
        scoreScaled: z.number().nullable(),
        totalSeconds: z.number(),
        progressPercent: z.number().int(),
        startedAt: z.iso.datetime(),
        completedAt: z.iso.datetime().nullable(),
      }),
    ),
    questions: z.array(
      z.object({
        scoId: z.string(),
        interactionId: z.string(),
        type: z.string().nullable(),
        description: z.string().nullable(),
        correctResponse: z.string().nullable(),
        answers: z.number().int(),
        correct: z.number().int(),
        correctRate: z.number().nullable(),
        averageLatencySeconds: z.number().nullable(),
        responses: z.array(z.object({ response: z.string(), count: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'ScormReport' });

export const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  language: z.enum(['nl', 'en']).optional().describe('Column headers; defaults to your language'),
});
