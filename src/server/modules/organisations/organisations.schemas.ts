import { z } from 'zod';
import { isTimeZone } from '../../core/calendar.ts';
import { locale } from '../../http/common.schemas.ts';

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    defaultLocale: locale,
    timeZone: z.string().describe('IANA time zone whose calendar "today" and due dates follow'),
    isDemo: z.boolean(),
    settings: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Organisation' });

export const updateOrganisationBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    defaultLocale: locale,
    timeZone: z
      .string()
      .refine(isTimeZone, 'is not a time zone; use an IANA name such as Europe/Amsterdam')
      .describe('IANA time zone, e.g. Europe/Amsterdam'),
    settings: z.record(z.string(), z.unknown()),
  })
  .partial();
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationBody>;

export const newOrganisationInput = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes')
    .optional(),
  defaultLocale: z.enum(['nl', 'en']).default('nl'),
  owner: z.object({
    givenName: z.string().trim().min(1).max(100),
    familyNamePrefix: z.string().trim().max(30).optional(),
    familyName: z.string().trim().min(1).max(100),
    email: z.email().transform((email) => email.toLowerCase()),
  }),
});
export type NewOrganisationInput = z.input<typeof newOrganisationInput>;
