import { z } from 'zod';
import { personStates } from './cycle-people.repository.ts';

const ref = z.object({ id: z.uuid(), displayName: z.string() });

export const cyclePeopleQuery = z.object({
  unitId: z.uuid().optional(),
  managerId: z.uuid().optional(),
  state: z.enum(personStates).optional(),
  q: z.string().trim().max(100).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const cyclePersonSchema = z
  .object({
    conversationId: z.uuid(),
    employee: ref,
    manager: ref,
    unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    state: z.enum(personStates).describe('open, prepared by both, held, or signed by both'),
    employeePrepared: z.boolean(),
    managerPrepared: z.boolean(),
    meetingAt: z.iso.datetime().nullable(),
    employeeSigned: z.boolean(),
    managerSigned: z.boolean(),
  })
  .meta({ id: 'ConversationCyclePerson' });

export const remindBody = z.object({
  conversationIds: z.array(z.uuid()).min(1).max(1000).describe('Conversations of this cycle to remind'),
});
