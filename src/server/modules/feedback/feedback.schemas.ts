import { z } from 'zod';
import { changesOf } from '../../http/common.schemas.ts';

export const subjectKind = z.enum(['plan_goal', 'skill', 'work']);

export const createRequestBody = z.object({
  subjectKind,
  subjectId: z.uuid().optional().describe('The plan goal or skill; none for a piece of work'),
  subjectLabel: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('The piece of work ("de overdracht van dinsdag"); for a goal or skill its name is used'),
  question: z.string().trim().min(1).max(500),
  personIds: z.array(z.uuid()).min(1).max(10).describe('The colleagues asked'),
  isSharedWithManager: z.boolean().default(false),
});
export type CreateRequestInput = z.infer<typeof createRequestBody>;

export const changeRequestBody = changesOf(z.object({ isSharedWithManager: z.boolean() }));
export const answerBody = z.object({
  answer: z.string().trim().min(1).max(4000),
  skillLevel: z
    .number()
    .int()
    .min(1)
    .max(9)
    .optional()
    .describe('Only for a skill: the answer also becomes a rating of the asker on that skill'),
});
export const sharedQuery = z.object({ personId: z.uuid() });

const person = z.object({ id: z.uuid(), name: z.string() });
export const feedbackAnswerSchema = z.object({
  person,
  answer: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  declinedAt: z.iso.datetime().nullable(),
  skillLevel: z.number().int().nullable(),
});

export const feedbackRequestSchema = z
  .object({
    id: z.uuid(),
    asker: person,
    subject: z.object({ kind: subjectKind, id: z.uuid().nullable(), label: z.string() }),
    question: z.string(),
    isSharedWithManager: z.boolean(),
    createdAt: z.iso.datetime(),
    answers: z
      .array(feedbackAnswerSchema)
      .describe('The asker (and the manager when shared) sees all; a colleague asked sees only their own'),
    isMine: z.boolean(),
  })
  .meta({ id: 'FeedbackRequest' });
