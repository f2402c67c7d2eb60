// biome-ignore-all lint/suspicious/noExplicitAny: ltijs has no types
import { createServer, type Server } from 'node:http';
import ltijs from 'ltijs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/ports.ts';
import { listeningPlatform } from './lti-platform.test-support.ts';
import { ltijsMemoryDatabase } from './ltijs-memory-db.test-support.ts';

// LTI Dynamic Registration against a real tool Groeipad did not write: ltijs 5 registers itself from
// the registration URL L&D opens (openid_configuration + one-time registration_token), as the 1EdTech
// spec describes. Then the refusals: no, spent, expired or foreign token; a registration without keys.

const { baseUrl, db, org, other } = await listeningPlatform();

// A fresh ltijs Provider (the package's default export is one shared instance, set up by another file).
const toolPort = await freePort();
const toolUrl = `http://127.0.0.1:${toolPort}`;
const Provider = (ltijs.Provider as any).constructor;
const lti = new Provider();
lti.setup('dynamic-registration-key-for-tests', { plugin: ltijsMemoryDatabase() } as never, {
  cookies: { secure: false, sameSite: '' },
  devMode: false,
  dynReg: { url: toolUrl, name: 'Zorgsimulaties', description: 'Simulaties', autoActivate: true },
});
lti.onConnect((_token: unknown, _req: unknown, res: any) => res.send('ok'));
await lti.deploy({ serverless: true, silent: true });
const toolServer: Server = createServer(lti.app);
await new Promise<void>((resolve) => toolServer.listen(toolPort, '127.0.0.1', resolve));
afterAll(async () => {
  await new Promise((resolve) => toolServer.close(resolve));
});

const start = async (client = org.as.ldAdmin, privacy = 'name') => {
  const response = await client.post('/api/v1/lti/registrations', {
    toolUrl: `${toolUrl}/register`,
    privacy,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ startUrl: string; registrationToken: string; openidConfigurationUrl: string }>();
};
const register = (organisationId: string, token: string | null, body: unknown) =>
  fetch(`${baseUrl}/lti/${organisationId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const toolConfiguration = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const minimalRegistration = {
  application_type: 'web',
  response_types: ['id_token'],
  grant_types: ['implicit', 'client_credentials'],
  initiate_login_uri: 'https://tool.example.org/login',
  redirect_uris: ['https://tool.example.org/launch'],
  client_name: 'Voorbeeldtool',
  jwks_uri: 'https://tool.example.org/jwks',
  token_endpoint_auth_method: 'private_key_jwt',
  [toolConfiguration]: { domain: 'tool.example.org', target_link_uri: 'https://tool.example.org/launch' },
};

describe('LTI Dynamic Registration with ltijs', () => {
  it('publishes an openid-configuration that names the registration endpoint', async () => {
    const { openidConfigurationUrl } = await start();
    const configuration = await (await fetch(openidConfigurationUrl)).json();
    expect(configuration).toMatchObject({
      issuer: `${baseUrl}/lti/${org.organisation.id}`,
      registration_endpoint: `${baseUrl}/lti/${org.organisation.id}/registrations`,
      jwks_uri: `${baseUrl}/lti/${org.organisation.id}/jwks`,
      token_endpoint: `${baseUrl}/lti/token`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(
      configuration['https://purl.imsglobal.org/spec/lti-platform-configuration'].messages_supported,
    ).toEqual(expect.arrayContaining([{ type: 'LtiDeepLinkingRequest' }]));
  });

  it('registers ltijs from its registration URL: the tool gets our client id, we get its addresses', async () => {
    const started = await start();
    // What the admin's browser does: open the tool's registration page with our configuration and token.
    const page = await fetch(started.startUrl);
    const html = await page.text();
    expect(page.status, html).toBe(200);
    expect(html).toContain('org.imsglobal.lti.close');

    const tools = (await org.as.ldAdmin.get('/api/v1/lti/tools')).json<any[]>();
    const tool = tools.find((candidate) => candidate.registeredBy === 'dynamic');
    expect(tool).toMatchObject({
      name: 'Zorgsimulaties',
      loginUrl: `${toolUrl}/login`,
      launchUrl: toolUrl,
      jwksUrl: `${toolUrl}/keys`,
      deepLinkUrl: toolUrl,
      privacy: 'name',
      presentation: 'window',
    });
    // ltijs stored Groeipad as its platform under the client id we answered, with our JWKS.
    const platform = await lti.getPlatform(`${baseUrl}/lti/${org.organisation.id}`, tool.clientId);
    expect(platform).toBeTruthy();
    expect((await platform.platformAuthConfig()).key).toBe(`${baseUrl}/lti/${org.organisation.id}/jwks`);
    // Another organisation sees nothing of it.
    const theirs = (await other.as.ldAdmin.get('/api/v1/lti/tools')).json<any[]>();
    expect(theirs.find((candidate) => candidate.id === tool.id)).toBeUndefined();

    // The token registered one tool: a second use is refused.
    const again = await register(org.organisation.id, started.registrationToken, minimalRegistration);
    expect(again.status).toBe(401);
    expect((await again.json()).error).toBe('invalid_token');
  });

  it('answers the registration response a spec-following tool expects', async () => {
    const { registrationToken } = await start(org.as.ldAdmin, 'anonymous');
    const response = await register(org.organisation.id, registrationToken, {
      ...minimalRegistration,
      scope: 'https://purl.imsglobal.org/spec/lti-ags/scope/score https://example.org/unknown',
    });
    expect(response.status).toBe(201);
    const answer = await response.json();
    expect(answer.client_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer[toolConfiguration].deployment_id).toMatch(/^[0-9a-f]{16}$/);
    expect(answer.scope).toBe('https://purl.imsglobal.org/spec/lti-ags/scope/score');
    expect(answer[toolConfiguration].claims).not.toContain('email');
  });

  it('refuses without a token, with a foreign or unknown token, and names a missing field', async () => {
    expect((await register(org.organisation.id, null, minimalRegistration)).status).toBe(401);
    expect((await register(org.organisation.id, 'not-a-token', minimalRegistration)).status).toBe(401);
    const theirs = await start(other.as.ldAdmin);
    expect((await register(org.organisation.id, theirs.registrationToken, minimalRegistration)).status).toBe(
      401,
    );
    const { jwks_uri: _left, ...withoutKeys } = minimalRegistration;
    const invalid = await register(other.organisation.id, theirs.registrationToken, withoutKeys);
    expect(invalid.status).toBe(400);
    const problem = await invalid.json();
    expect(problem.error).toBe('invalid_client_metadata');
    expect(problem.error_description).toMatch(/jwks_uri/);
    // A refused registration does not spend the token.
    expect(
      (await register(other.organisation.id, theirs.registrationToken, minimalRegistration)).status,
    ).toBe(201);
  });

  it('refuses an expired token', async () => {
    const { registrationToken } = await start();
    await db
      .updateTable('lti_registration_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('organisation_id', '=', org.organisation.id)
      .where('used_at', 'is', null)
      .execute();
    expect((await register(org.organisation.id, registrationToken, minimalRegistration)).status).toBe(401);
  });

  it('lets only L&D start a registration, and names a bad address', async () => {
    const body = { toolUrl: `${toolUrl}/register`, privacy: 'name' };
    expect((await org.as.employee.post('/api/v1/lti/registrations', body)).statusCode).toBe(403);
    expect((await org.anonymous.post('/api/v1/lti/registrations', body)).statusCode).toBe(401);
    const bad = await org.as.ldAdmin.post('/api/v1/lti/registrations', {
      toolUrl: 'ftp://x',
      privacy: 'name',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/toolUrl/);
  });
});
