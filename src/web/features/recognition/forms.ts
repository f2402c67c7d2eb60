import { z } from 'zod';

// The API's challengeInput as a person types it: the goal in hours or points (minutes go to the
// server), the dates as the date fields give them, at least one team.
export const challengeSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    metric: z.enum(['learning_minutes', 'points']),
    goal: z.number().positive().max(10_000_000),
    startsOn: z.string().min(1),
    endsOn: z.string().min(1),
    teamIds: z.array(z.string()).min(1).max(200),
  })
  .refine((challenge) => !challenge.startsOn || challenge.endsOn >= challenge.startsOn, {
    path: ['endsOn'],
    message: 'endBeforeStart',
  });
