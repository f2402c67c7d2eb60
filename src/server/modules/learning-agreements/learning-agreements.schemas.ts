import { z } from 'zod';
import { calendarDate } from '../../http/common.schemas.ts';

export const followupDays = [30, 60, 90] as const;

export const followupSchema = z.object({
  day: z.number().int(),
  dueOn: calendarDate,
  isAsked: z.boolean().describe('The question has been sent; it can be answered'),
  answer: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});

export const agreementSchema = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    title: z.string(),
    enrolmentId: z.uuid().nullable(),
    budgetRequestId: z.uuid().nullable(),
    goalId: z.uuid().nullable(),
    application: z.string(),
    isWillingBuddy: z.boolean(),
    isWillingMentor: z.boolean(),
    startsOn: calendarDate,
    managerAgreedAt: z.iso.datetime().nullable(),
    followups: z.array(followupSchema),
    can: z.object({ agree: z.boolean(), answer: z.boolean() }),
  })
  .meta({ id: 'LearningAgreement' });

export const createAgreementBody = z.object({
  title: z.string().trim().min(1).max(200),
  enrolmentId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The catalogue enrolment this agreement is for (one of mine)'),
  budgetRequestId: z.uuid().nullable().optional(),
  goalId: z.uuid().nullable().optional(),
  application: z.string().trim().min(1).max(5000).describe('How I will apply this to our goals'),
  isWillingBuddy: z.boolean().default(false),
  isWillingMentor: z.boolean().default(false),
  startsOn: calendarDate,
});

export const answerBody = z.object({ answer: z.string().trim().min(1).max(5000) });
export const followupParams = z.object({
  id: z.uuid(),
  day: z.coerce.number().pipe(z.union([z.literal(30), z.literal(60), z.literal(90)])),
});
