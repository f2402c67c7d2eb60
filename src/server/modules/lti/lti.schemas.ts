import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
export const privacyLevels = ['anonymous', 'name', 'name_email'] as const;

const publicJwk = z
  .object({ kty: z.enum(['RSA', 'EC']), n: z.string().optional(), e: z.string().optional() })
  .catchall(z.union([z.string(), z.array(z.string())]))
  .describe("The tool's public key as a JWK (instead of a JWKS address)");

export const toolInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    loginUrl: httpUrl.describe('OIDC login initiation URL of the tool'),
    launchUrl: httpUrl.describe('Where resource links launch (target_link_uri)'),
    redirectUrls: z
      .array(httpUrl)
      .max(10)
      .default([])
      .describe('Allowed redirect_uri values; the launch URL always is'),
    deepLinkUrl: httpUrl.nullable().default(null).describe('Where content selection (Deep Linking) starts'),
    jwksUrl: httpUrl.nullable().default(null),
    publicJwk: publicJwk.nullable().default(null),
    privacy: z
      .enum(privacyLevels)
      .default('anonymous')
      .describe('What a launch tells the tool about the learner'),
    presentation: z
      .enum(['window', 'iframe'])
      .default('window')
      .describe("How the tool's items open: a new window, or embedded in Groeipad"),
  })
  .refine((input) => input.jwksUrl || input.publicJwk, {
    path: ['jwksUrl'],
    message: "give the tool's JWKS address or its public key",
  });
export type ToolInput = z.infer<typeof toolInput>;

export const toolSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    clientId: z.string().describe('Made by Groeipad: enter it in the tool'),
    deploymentId: z.string(),
    loginUrl: z.string(),
    launchUrl: z.string(),
    redirectUrls: z.array(z.string()),
    deepLinkUrl: z.string().nullable(),
    jwksUrl: z.string().nullable(),
    hasPublicKey: z.boolean(),
    privacy: z.enum(privacyLevels),
    presentation: z.enum(['window', 'iframe']),
    registeredBy: z.enum(['manual', 'dynamic']).describe('By hand, or by LTI Dynamic Registration'),
    launchCount: z.number().int(),
    lastLaunchAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LtiTool' });

export const platformSchema = z
  .object({
    issuer: z.string(),
    jwksUrl: z.string(),
    authorizeUrl: z.string(),
    tokenUrl: z.string(),
    deepLinkReturnUrl: z.string(),
    keys: z.array(
      z.object({
        kid: z.string(),
        createdAt: z.string(),
        expiresAt: z.string().nullable(),
        isSigning: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'LtiPlatform' });

export const linkInput = z.object({
  toolId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(2000).default(''),
  targetUrl: httpUrl
    .nullable()
    .default(null)
    .describe("The resource's address in the tool; else the tool's launch URL"),
  custom: z.record(z.string().max(100), z.string().max(1000)).default({}),
  presentation: z
    .enum(['window', 'iframe'])
    .default('window')
    .describe('New window, or embedded in Groeipad'),
});
export type LinkInput = z.infer<typeof linkInput>;

export const launchInput = z.object({ contentId: z.uuid() });
export const deepLinkInput = z.object({ toolId: z.uuid() });
/** What the browser posts to the tool's login initiation URL (a form, so no address leaks the hint). */
export const loginSchema = z
  .object({
    action: z.string(),
    params: z.record(z.string(), z.string()),
    presentation: z.enum(['window', 'iframe']),
  })
  .meta({ id: 'LtiLogin' });

export const linkSchema = z
  .object({
    contentId: z.uuid(),
    toolId: z.uuid(),
    toolName: z.string(),
    title: z.string(),
    targetUrl: z.string().nullable(),
    presentation: z.enum(['window', 'iframe']),
    score: z.number().nullable().describe('Latest score in percent the tool sent for me'),
  })
  .meta({ id: 'LtiLink' });

export const launchLogSchema = z.object({
  id: z.uuid(),
  personName: z.string(),
  title: z.string().nullable(),
  messageType: z.string(),
  createdAt: z.string(),
});

export const registrationStartInput = z.object({
  toolUrl: httpUrl.describe("The tool's registration (initiate registration) URL"),
  privacy: z.enum(privacyLevels).default('anonymous'),
});

export const registrationStartSchema = z
  .object({
    startUrl: z.string().describe("The tool's registration URL with our openid_configuration and token"),
    openidConfigurationUrl: z.string(),
    registrationToken: z.string().describe('One-time, valid for an hour'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'LtiRegistrationStart' });
