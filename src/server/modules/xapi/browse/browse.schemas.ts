import { z } from 'zod';
import { identifierSchema, personRefSchema } from '../identity/actors.schemas.ts';

export const browseQuery = z.object({
  personId: z.uuid().optional().describe('Statements linked to this person'),
  agentKey: z.guid().optional().describe('Statements whose actor is this agent (see /lrs/actors)'),
  verb: z.url().max(2000).optional().describe('Verb IRI'),
  activity: z.url().max(2000).optional().describe('Activity IRI of the statement’s object'),
  since: z.iso.datetime({ offset: true }).optional().describe('Stored after this instant'),
  until: z.iso.datetime({ offset: true }).optional().describe('Stored at or before this instant'),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .describe('nextCursor of the page before'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const browsedStatementSchema = z
  .object({
    id: z.guid(),
    stored: z.iso.datetime(),
    timestamp: z.string(),
    actor: z.object({
      agentKey: z.guid().nullable(),
      name: z.string().nullable(),
      identifier: identifierSchema.nullable(),
    }),
    person: personRefSchema.nullable(),
    verb: z.object({ id: z.string(), display: z.string() }),
    object: z.object({
      objectType: z.string(),
      id: z.string().nullable(),
      name: z.string().nullable(),
    }),
    result: z
      .object({
        completion: z.boolean().nullable(),
        success: z.boolean().nullable(),
        scaled: z.number().nullable(),
      })
      .nullable(),
    statement: z.record(z.string(), z.unknown()).describe('The statement as stored'),
  })
  .meta({ id: 'LrsBrowsedStatement' });

export const browsePageSchema = z.object({
  statements: z.array(browsedStatementSchema),
  nextCursor: z.string().nullable(),
});
