import { z } from 'zod';
import { calendarDate, changesOf, locale } from '../../http/common.schemas.ts';

export const statementKind = z.enum(['mission', 'vision', 'strategy']);
const behaviour = z.object({
  level: z.number().int().min(1).max(10),
  description: z.string().min(1).max(1000),
});

export const statementSchema = z
  .object({
    id: z.uuid(),
    kind: statementKind,
    locale,
    version: z.number().int(),
    body: z.string(),
    status: z.enum(['draft', 'published']),
    periodStart: calendarDate.nullable(),
    periodEnd: calendarDate.nullable(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Statement' });

export const saveStatementBody = z
  .object({
    kind: statementKind,
    locale,
    body: z.string().trim().min(1).max(20000),
    status: z.enum(['draft', 'published']).default('published'),
    periodStart: calendarDate.nullable().optional(),
    periodEnd: calendarDate.nullable().optional(),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
    path: ['periodEnd'],
    message: 'is before the start of the period',
  });

export const statementHistoryQuery = z.object({ kind: statementKind, locale: locale.optional() });

export const principleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    behaviours: z.array(behaviour),
    position: z.number().int(),
    status: z.enum(['draft', 'published', 'archived']),
    skillIds: z
      .array(z.uuid())
      .optional()
      .describe('Competencies only: ids of the linked skills of the skills framework'),
    skills: z
      .array(z.object({ id: z.uuid(), name: z.object({ nl: z.string(), en: z.string() }) }))
      .optional()
      .describe('Competencies only: the linked skills with their names, by Dutch name'),
  })
  .meta({ id: 'Principle', description: 'A core value or a core competency' });

export const principleBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  behaviours: z.array(behaviour).max(10).default([]),
  position: z.number().int().min(0).max(1000).default(0),
  status: z.enum(['draft', 'published', 'archived']).default('published'),
});
export const principleChanges = changesOf(principleBody);
export type PrincipleInput = z.infer<typeof principleBody>;

export const directionSchema = z
  .object({
    statements: z.object({
      mission: statementSchema.nullable(),
      vision: statementSchema.nullable(),
      strategy: statementSchema.nullable(),
    }),
    values: z.array(principleSchema),
    competencies: z.array(principleSchema),
  })
  .meta({ id: 'Direction' });
