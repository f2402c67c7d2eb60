import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { runChange } from '../../core/change.ts';
import { type Ctx, organisationContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { allScopes, platformUrls } from './lti.claims.ts';
import type { LtiEnv } from './lti.launch.ts';
import { OAuthError } from './lti.services.ts';
import { createToolRow } from './lti.tools.ts';
import './lti.events.ts';

// LTI Dynamic Registration 1.0 (1EdTech): L&D starts a registration for the tool's registration URL;
// the browser opens it with our openid-configuration address and a one-time registration token; the
// tool reads the configuration and posts its client registration (OpenID Connect Dynamic Client
// Registration, RFC 7591) to our registration endpoint, bearing the token. We answer its client id
// and deployment id; the tool then tells the opener window it is done (org.imsglobal.lti.close).

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenLifetimeMs = 60 * 60 * 1000;
const toolConfiguration = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const platformConfiguration = 'https://purl.imsglobal.org/spec/lti-platform-configuration';

export const registrationUrls = (baseUrl: string, organisationId: string) => ({
  openidConfigurationUrl: `${baseUrl}/lti/${organisationId}/openid-configuration`,
  registrationUrl: `${baseUrl}/lti/${organisationId}/registrations`,
});

/** The platform's OpenID configuration, as the Dynamic Registration spec describes it (public). */
export function openidConfiguration(baseUrl: string, organisationId: string) {
  const urls = platformUrls(baseUrl, organisationId);
  return {
    issuer: urls.issuer,
    authorization_endpoint: urls.authorizeUrl,
    token_endpoint: urls.tokenUrl,
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256'],
    jwks_uri: urls.jwksUrl,
    registration_endpoint: registrationUrls(baseUrl, organisationId).registrationUrl,
    scopes_supported: ['openid', ...allScopes],
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    claims_supported: ['sub', 'iss', 'name', 'given_name', 'family_name', 'email', 'locale'],
    [platformConfiguration]: {
      product_family_code: 'groeipad',
      version: '1',
      messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
      variables: [],
    },
  };
}

/** L&D starts: a one-time token, and the address that opens the tool's registration page with it. */
export async function startRegistration(
  ctx: Ctx,
  input: { toolUrl: string; privacy: 'anonymous' | 'name' | 'name_email' },
  env: LtiEnv,
) {
  assertCan(ctx.auth, 'catalogue.manage');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.now().getTime() + tokenLifetimeMs);
  await ctx.db
    .insertInto('lti_registration_tokens', {
      token_hash: sha256(token),
      tool_url: input.toolUrl,
      privacy: input.privacy,
      created_by: personIdOf(ctx.auth),
      expires_at: expiresAt,
    })
    .execute();
  const { openidConfigurationUrl } = registrationUrls(env.baseUrl, ctx.organisationId);
  const start = new URL(input.toolUrl);
  start.searchParams.set('openid_configuration', openidConfigurationUrl);
  start.searchParams.set('registration_token', token);
  return {
    startUrl: start.toString(),
    openidConfigurationUrl,
    registrationToken: token,
    expiresAt: expiresAt.toISOString(),
  };
}

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const message = z.object({ type: z.string().max(100), target_link_uri: httpUrl.optional() }).loose();

/** The tool's client registration request (the fields Groeipad uses; others are ignored). */
export const clientRegistration = z
  .object({
    application_type: z.literal('web').optional(),
    response_types: z
      .array(z.string())
      .refine((types) => types.includes('id_token'), 'must include id_token'),
    grant_types: z
      .array(z.string())
      .refine(
        (grants) => grants.includes('implicit') && grants.includes('client_credentials'),
        'must include implicit and client_credentials',
      ),
    initiate_login_uri: httpUrl,
    redirect_uris: z.array(httpUrl).min(1).max(10),
    client_name: z.string().trim().min(1).max(200),
    jwks_uri: httpUrl,
    token_endpoint_auth_method: z.literal('private_key_jwt'),
    scope: z.string().max(2000).optional(),
    [toolConfiguration]: z
      .object({
        domain: z.string().min(1).max(300),
        target_link_uri: httpUrl,
        description: z.string().max(2000).optional(),
        custom_parameters: z.record(z.string().max(100), z.string().max(1000)).optional(),
        claims: z.array(z.string().max(200)).max(100).optional(),
        messages: z.array(message).max(20).optional(),
      })
      .loose(),
  })
  .loose();
export type ClientRegistration = z.infer<typeof clientRegistration>;

function parseRegistration(body: unknown): ClientRegistration {
  const parsed = clientRegistration.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new OAuthError(
    400,
    'invalid_client_metadata',
    parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
  );
}

/**
 * The tool registers itself, bearing the token L&D made: the token must be this organisation's, unused
 * and unexpired; it is spent in the same transaction that makes the tool, so it registers one tool.
 */
export async function registerDynamically(
  deps: ModuleDeps,
  request: { organisationId: string; authorization: string | undefined; body: unknown; now: Date },
) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
  if (!bearer) throw new OAuthError(401, 'invalid_token', 'a registration token (Bearer) is required');
  const tenant = forOrganisation(deps.db, request.organisationId);
  const token = await tenant
    .selectFrom('lti_registration_tokens')
    .select(['id', 'privacy', 'expires_at', 'used_at'])
    .where('token_hash', '=', sha256(bearer))
    .executeTakeFirst();
  if (!token || token.used_at || token.expires_at <= request.now)
    throw new OAuthError(401, 'invalid_token', 'the registration token is unknown, used or expired');
  const registration = parseRegistration(request.body);
  const configuration = registration[toolConfiguration];
  const deepLinking = configuration.messages?.find((entry) => entry.type === 'LtiDeepLinkingRequest');
  const ctx = organisationContext({ ...deps, organisationId: request.organisationId, at: request.now });
  const tool = await runChange(ctx, async (tx) => {
    const spent = await tx.db
      .updateTable('lti_registration_tokens')
      .set({ used_at: request.now })
      .where('id', '=', token.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (!Number(spent.numUpdatedRows))
      throw new OAuthError(401, 'invalid_token', 'the registration token is unknown, used or expired');
    const row = await createToolRow(tx.db, {
      name: registration.client_name,
      loginUrl: registration.initiate_login_uri,
      launchUrl: configuration.target_link_uri,
      redirectUrls: registration.redirect_uris,
      deepLinkUrl: deepLinking ? (deepLinking.target_link_uri ?? configuration.target_link_uri) : null,
      jwksUrl: registration.jwks_uri,
      publicJwk: null,
      privacy: token.privacy,
      presentation: 'window',
      registeredBy: 'dynamic',
    });
    await tx.db
      .updateTable('lti_registration_tokens')
      .set({ tool_id: row.id })
      .where('id', '=', token.id)
      .execute();
    tx.record({
      action: 'lti_tool.registered',
      subjectId: row.id,
      changes: { name: registration.client_name, privacy: token.privacy, dynamic: true },
    });
    return row;
  });
  const requested = (registration.scope ?? '').split(/\s+/).filter(Boolean);
  return {
    client_id: tool.clientId,
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: registration.initiate_login_uri,
    redirect_uris: registration.redirect_uris,
    client_name: registration.client_name,
    jwks_uri: registration.jwks_uri,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: requested.filter((entry) => allScopes.includes(entry)).join(' '),
    [toolConfiguration]: {
      ...configuration,
      deployment_id: tool.deploymentId,
      // The claims a launch carries: the identity ones only as far as L&D's privacy choice allows.
      claims: [
        'iss',
        'sub',
        ...(token.privacy === 'anonymous' ? [] : ['name', 'given_name', 'family_name']),
      ].concat(token.privacy === 'name_email' ? ['email'] : []),
    },
  };
}
