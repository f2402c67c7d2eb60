import { z } from 'zod';
import { pageQuery } from '../../http/common.schemas.ts';

export const eventSchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    actor: z.object({
      kind: z.enum(['person', 'token', 'system']),
      id: z.string().nullable(),
      name: z.string().nullable(),
    }),
    changes: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEvent' });

export const eventsQuery = z.object({
  ...pageQuery,
  subjectType: z.string().optional(),
  subjectId: z.string().optional(),
  action: z.string().optional(),
});
export type EventsQuery = z.infer<typeof eventsQuery>;
