import { z } from 'zod';
import { locale, problemSchema } from '../../http/common.schemas.ts';

export const password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const signInBody = z.object({
  email: z.email(),
  password: z.string().min(1).max(200),
  organisation: z
    .string()
    .optional()
    .describe('Organisation slug, only needed when one e-mail address is in several'),
});

export const emailBody = z.object({ email: z.email() });
export const linkBody = z.object({ token: z.string().min(10), password });
export const changePasswordBody = z.object({ currentPassword: z.string().min(1), newPassword: password });
export const updateMeBody = z.object({ locale: locale.nullable() }).partial();

export const meResponse = z
  .object({
    person: z.object({
      id: z.uuid(),
      displayName: z.string(),
      givenName: z.string(),
      email: z.string(),
      jobTitle: z.string().nullable(),
      locale: locale.nullable(),
    }),
    organisation: z.object({
      id: z.uuid(),
      name: z.string(),
      slug: z.string(),
      defaultLocale: locale,
      isDemo: z.boolean(),
    }),
    locale: locale.describe("The language to show: the person's own choice, else the organisation default"),
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
    csrfToken: z.string().describe('Send as x-csrf-token header on every POST, PUT, PATCH and DELETE'),
  })
  .meta({ id: 'Me' });

export const throttledProblem = problemSchema
  .extend({
    retryAfter: z
      .number()
      .int()
      .describe('Seconds to wait before the next attempt (also the Retry-After header)'),
  })
  .meta({ id: 'ThrottledProblem' });

export const ssoRequiredProblem = problemSchema
  .extend({
    organisationSlug: z.string().describe('The organisation whose identity provider to sign in with'),
    idpName: z.string().describe('The name on its sign-in button'),
  })
  .partial({ organisationSlug: true, idpName: true })
  .meta({ id: 'SsoRequiredProblem' });
