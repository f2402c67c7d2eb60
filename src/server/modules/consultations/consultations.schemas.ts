import { z } from 'zod';
import { dateTime } from '../../http/common.schemas.ts';

export const responseKind = z.enum(['support', 'concern', 'question']);
export const subjectKind = z.enum(['statement', 'value_set', 'goal_set']);
export const audienceKind = z.enum(['works_council', 'ambassadors', 'units', 'everyone']);
const personRef = z.object({ id: z.uuid(), name: z.string() });

const counts = z.object({ support: z.number().int(), concern: z.number().int(), question: z.number().int() });

export const consultationSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    subjectKind,
    audienceKind,
    closesAt: z.iso.datetime(),
    status: z.enum(['open', 'closed']),
    isOpen: z.boolean().describe('Open and before its closing date'),
    responseCount: z.number().int(),
    hasResponded: z.boolean(),
  })
  .meta({ id: 'ConsultationSummary' });

export const consultationResponseSchema = z
  .object({
    id: z.uuid(),
    kind: responseKind,
    comment: z.string(),
    isAnonymous: z.boolean(),
    author: personRef.nullable().describe('Always null for an anonymous response'),
    unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdOn: z.iso.date(),
    replies: z.array(
      z.object({ id: z.uuid(), body: z.string(), by: personRef.nullable(), createdAt: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'ConsultationResponse' });

export const consultationSchema = consultationSummarySchema
  .extend({
    description: z.string(),
    audienceUnitIds: z.array(z.uuid()),
    allowsAnonymous: z.boolean(),
    outcome: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
    subject: z.array(
      z.object({ id: z.uuid(), kind: z.string(), title: z.string(), body: z.string(), status: z.string() }),
    ),
    summary: z.object({
      byKind: counts,
      byUnit: z.array(counts.extend({ unit: z.object({ id: z.uuid(), name: z.string() }).nullable() })),
    }),
    responses: z.array(consultationResponseSchema),
    canRespond: z.boolean(),
  })
  .meta({ id: 'Consultation' });

export const createConsultationBody = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10000).default(''),
  subjectKind,
  subjectIds: z.array(z.uuid()).max(50).default([]),
  audienceKind,
  audienceUnitIds: z.array(z.uuid()).max(50).default([]),
  allowsAnonymous: z.boolean().default(true),
  closesAt: dateTime,
});
export type CreateConsultationInput = z.infer<typeof createConsultationBody>;

export const respondBody = z.object({
  kind: responseKind,
  comment: z.string().trim().max(5000).default(''),
  isAnonymous: z.boolean().default(false),
});
export const replyBody = z.object({ body: z.string().trim().min(1).max(5000) });
export const closeBody = z.object({
  outcome: z.string().trim().min(1).max(10000).describe('What we did with your input'),
  publishSubject: z.boolean().default(true).describe('Make the draft goals, values or statement final'),
});
