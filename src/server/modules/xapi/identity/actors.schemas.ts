import { z } from 'zod';

export const actorStatuses = ['unmatched', 'matched', 'all'] as const;

export const actorQuery = z.object({
  status: z.enum(actorStatuses).default('unmatched'),
  search: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional().describe('nextCursor of the page before'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const identifierSchema = z
  .object({
    kind: z.enum(['mbox', 'mbox_sha1sum', 'openid', 'account']),
    value: z.string().describe('The address, hash, OpenID or "name @ homePage" of an account'),
  })
  .meta({ id: 'LrsAgentIdentifier' });

export const personRefSchema = z.object({ id: z.uuid(), displayName: z.string() });

export const actorSchema = z
  .object({
    agentKey: z.guid().describe('The store’s key for this agent (md5 of its identifier)'),
    name: z.string().nullable(),
    identifier: identifierSchema,
    person: personRefSchema.nullable(),
    matchedBy: z.enum(['mbox', 'mbox_sha1sum', 'account', 'manual']).nullable(),
    firstSeenAt: z.iso.datetime(),
    statements: z.number().int(),
    statementsCapped: z.boolean().describe('True when there are more statements than counted'),
  })
  .meta({ id: 'LrsActor' });

export const actorPageSchema = z.object({
  actors: z.array(actorSchema),
  nextCursor: z.string().nullable(),
});

export const agentKeyParams = z.object({ agentKey: z.guid() });

export const matchBody = z.object({
  personId: z.uuid().nullable().describe('The person this actor is; null undoes a match'),
});

export const matchResultSchema = z.object({
  actor: actorSchema,
  statementsLinked: z.number().int().describe('Statements that moved to the person (or away)'),
});
