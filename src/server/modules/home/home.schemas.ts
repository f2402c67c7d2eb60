import { z } from 'zod';
import { personSchema } from '../people/index.ts';

export const homeSchema = z
  .object({
    me: personSchema,
    team: z
      .object({
        reports: z.array(personSchema),
        newStarters: z.number().int().describe('Reports who started in the last 30 days or start soon'),
      })
      .nullable()
      .describe('Only for managers'),
    organisation: z
      .object({
        headcount: z.number().int(),
        units: z.number().int(),
        leaving: z.number().int(),
        withoutAccount: z.number().int().describe('Current people who cannot sign in yet'),
        invitationsOpen: z.number().int(),
        lastImportAt: z.iso.datetime().nullable(),
      })
      .nullable()
      .describe('Only for HR and L&D admins and owners'),
  })
  .meta({ id: 'Home' });
