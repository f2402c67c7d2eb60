import { z } from 'zod';

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain name like example.nl');

export const ssoSettingsInput = z.object({
  protocol: z.enum(['oidc', 'saml']),
  displayName: z.string().trim().min(1).max(80).describe('The name on the button: "Sign in with …"'),
  isEnabled: z.boolean(),
  mode: z.enum(['optional', 'required']).describe('required: passwords off except break-glass owners'),
  matchBy: z.enum(['email', 'employee_number']),
  employeeNumberClaim: z.string().trim().min(1).max(200).nullable().default(null),
  groupsClaim: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .default(null)
    .describe(
      'The claim or attribute listing the groups (for example groups); mapped groups then give roles and units',
    ),
  createsPeople: z.boolean().describe('Just-in-time: someone unknown is created on first sign-in'),
  breakGlassPersonIds: z.array(z.uuid()).max(5).default([]),
  emailDomains: z.array(domain).max(20).default([]),
  oidc: z
    .object({
      issuer: z.url({ protocol: /^https?$/ }).max(500),
      clientId: z.string().trim().min(1).max(300),
      clientSecret: z
        .string()
        .min(1)
        .max(1000)
        .optional()
        .describe('Leave out to keep the secret stored; never answered back'),
    })
    .nullable()
    .default(null),
  saml: z
    .object({
      metadataUrl: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable()
        .default(null),
      metadataXml: z.string().max(200_000).nullable().default(null),
    })
    .nullable()
    .default(null),
});
export type SsoSettingsInput = z.infer<typeof ssoSettingsInput>;

export const ssoSettingsSchema = z
  .object({
    configured: z.boolean(),
    protocol: z.enum(['oidc', 'saml']),
    displayName: z.string(),
    isEnabled: z.boolean(),
    mode: z.enum(['optional', 'required']),
    matchBy: z.enum(['email', 'employee_number']),
    employeeNumberClaim: z.string().nullable(),
    groupsClaim: z.string().nullable(),
    createsPeople: z.boolean(),
    breakGlassPersonIds: z.array(z.string()),
    emailDomains: z.array(z.string()),
    oidc: z.object({ issuer: z.string(), clientId: z.string(), hasClientSecret: z.boolean() }).nullable(),
    saml: z.object({ metadataUrl: z.string().nullable(), metadataXml: z.string().nullable() }).nullable(),
    serviceProvider: z.object({
      signInUrl: z.string().describe('Where the sign-in button sends people'),
      oidcRedirectUri: z.string(),
      samlEntityId: z.string(),
      samlAcsUrl: z.string(),
      samlMetadataUrl: z.string(),
    }),
  })
  .meta({ id: 'SsoSettings' });

export const ssoTestResult = z
  .object({
    ok: z.boolean(),
    message: z.string().describe('English, for the log; the screen words it by `code`'),
    code: z.enum(['ok', 'not_configured', 'unreachable', 'invalid_metadata']),
    details: z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])),
  })
  .meta({ id: 'SsoTestResult' });

export const ssoDiscoverQuery = z.object({
  email: z.email().max(320).optional(),
  organisation: z.string().max(100).optional(),
});

export const ssoDiscoverSchema = z
  .object({
    connection: z
      .object({
        organisation: z.string().describe('The organisation slug'),
        displayName: z.string(),
        signInUrl: z.string(),
        isRequired: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: 'SsoDiscovery' });

export const ssoSignOutSchema = z.object({
  idpLogoutUrl: z.string().nullable().describe('Where to send the browser to sign out at the IdP too'),
});
