import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { claim, scope } from './lti.claims.ts';
import { pruneSeenTokens } from './lti.replay.ts';

// The tool-facing endpoints one by one, with a tool whose key this test holds: the token endpoint
// (client assertions, once only), Assignment and Grade Services and Names and Role Provisioning
// (401 without a token, 403 without the scope, 404 for a link of another tool or organisation, 400
// naming the field), and deep-linking answers that may not be replayed.

const { app, db, config } = await startTestApp();
const org = await buildOrganisationWithRoles(app, db);
const other = await buildOrganisationWithRoles(app, db);
const base = config.baseUrl;
const toolKeys = await generateKeyPair('RS256');
const publicJwk = { ...(await exportJWK(toolKeys.publicKey)), alg: 'RS256', kid: 'tool-1' };

async function registerTool(client: typeof org.as.ldAdmin, name: string) {
  const created = await client.post('/api/v1/lti/tools', {
    name,
    loginUrl: 'https://tool.example/login',
    launchUrl: 'https://tool.example/launch',
    deepLinkUrl: 'https://tool.example/pick',
    publicJwk,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string; clientId: string; deploymentId: string }>();
}
async function linkItem(client: typeof org.as.ldAdmin, toolId: string) {
  const item = await client.post('/api/v1/lti/items', { toolId, title: 'Oefening' });
  expect(item.statusCode, item.body).toBe(201);
  const id = item.json<{ contentId: string }>().contentId;
  await client.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
  return id;
}
const sign = (payload: JWTPayload, options: { iss: string; aud: string; exp?: string }) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: 'tool-1' })
    .setIssuer(options.iss)
    .setAudience(options.aud)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(toolKeys.privateKey);

const tool = await registerTool(org.as.ldAdmin, 'Oefenplein');
const theirTool = await registerTool(other.as.ldAdmin, 'Ander');
const contentId = await linkItem(org.as.ldAdmin, tool.id);
const theirContentId = await linkItem(other.as.ldAdmin, theirTool.id);
const tokenUrl = (_organisationId: string) => `${base}/lti/token`;

async function tokenRequest(form: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url: '/lti/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });
}
const assertion = (clientId: string, organisationId: string, jti: string | undefined = randomUUID()) =>
  sign({ sub: clientId, ...(jti ? { jti } : {}) }, { iss: clientId, aud: tokenUrl(organisationId) });
const tokenForm = (clientAssertion: string, scopes: string) => ({
  grant_type: 'client_credentials',
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: clientAssertion,
  scope: scopes,
});
async function accessToken(scopes: string, who = { clientId: tool.clientId, org: org.organisation.id }) {
  const answer = await tokenRequest(tokenForm(await assertion(who.clientId, who.org), scopes));
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json<{ access_token: string }>().access_token;
}
const service = (method: 'GET' | 'POST', url: string, token?: string, body?: unknown, type?: string) =>
  app.inject({
    method,
    url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': type ?? 'application/json' } : {}),
    },
    ...(body ? { payload: JSON.stringify(body) } : {}),
  });

describe('the token endpoint', () => {
  it('answers a token for a fresh client assertion, and refuses the same assertion again (jti replay)', async () => {
    const once = await assertion(tool.clientId, org.organisation.id);
    const first = await tokenRequest(tokenForm(once, scope.lineItem));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ token_type: 'Bearer', scope: scope.lineItem });
    const replayed = await tokenRequest(tokenForm(once, scope.lineItem));
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json()).toMatchObject({ error: 'invalid_client' });
    expect(replayed.json<{ error_description: string }>().error_description).toMatch(/jti/);
  });

  it('refuses an assertion without a jti (400) and one without an expiry (401)', async () => {
    const noJti = await tokenRequest(
      tokenForm(
        await sign({ sub: tool.clientId }, { iss: tool.clientId, aud: tokenUrl(org.organisation.id) }),
        scope.score,
      ),
    );
    expect(noJti.statusCode).toBe(400);
    expect(noJti.json<{ error_description: string }>().error_description).toMatch(/jti/);
    const noExp = await new SignJWT({ sub: tool.clientId, jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(tool.clientId)
      .setAudience(tokenUrl(org.organisation.id))
      .setIssuedAt()
      .sign(toolKeys.privateKey);
    expect((await tokenRequest(tokenForm(noExp, scope.score))).statusCode).toBe(401);
  });

  it('answers 400 naming what is wrong, 401 for an unknown client or a foreign key', async () => {
    const badGrant = await tokenRequest({ grant_type: 'password' });
    expect(badGrant.statusCode).toBe(400);
    expect(badGrant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const noAssertion = await tokenRequest({ grant_type: 'client_credentials' });
    expect(noAssertion.json()).toMatchObject({ error: 'invalid_request' });
    const notJwt = await tokenRequest(tokenForm('not-a-jwt', scope.score));
    expect(notJwt.statusCode).toBe(400);
    const badScope = await tokenRequest(
      tokenForm(await assertion(tool.clientId, org.organisation.id), 'email'),
    );
    expect(badScope.statusCode).toBe(400);
    expect(badScope.json()).toMatchObject({ error: 'invalid_scope' });
    const unknown = await tokenRequest(
      tokenForm(await assertion('nobody', org.organisation.id), scope.score),
    );
    expect(unknown.statusCode).toBe(401);
    // Signed with a key that is not the tool's.
    const stranger = await generateKeyPair('RS256');
    const forged = await new SignJWT({ sub: tool.clientId, jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(tool.clientId)
      .setAudience(tokenUrl(org.organisation.id))
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    expect((await tokenRequest(tokenForm(forged, scope.score))).statusCode).toBe(401);
  });

  it('forgets remembered ids only after their token expired', async () => {
    const before = await db.selectFrom('lti_seen_tokens').select('token_id').execute();
    await pruneSeenTokens(db, new Date());
    expect(await db.selectFrom('lti_seen_tokens').select('token_id').execute()).toHaveLength(before.length);
    await pruneSeenTokens(db, new Date(Date.now() + 2 * 60 * 60 * 1000));
    expect(await db.selectFrom('lti_seen_tokens').select('token_id').execute()).toHaveLength(0);
  });
});

describe('Assignment and Grade Services and NRPS', () => {
  it('answers 401 without a valid token', async () => {
    for (const url of [`/lti/services/${contentId}/lineitems`, `/lti/services/${contentId}/memberships`]) {
      expect((await service('GET', url)).statusCode).toBe(401);
      expect((await service('GET', url, 'made-up')).statusCode).toBe(401);
    }
    expect(
      (await service('POST', `/lti/services/${contentId}/lineitems/x/scores`, undefined, {})).statusCode,
    ).toBe(401);
  });

  it('answers 403 when the token lacks the scope', async () => {
    const readOnly = await accessToken(scope.lineItemReadonly);
    expect((await service('GET', `/lti/services/${contentId}/lineitems`, readOnly)).statusCode).toBe(200);
    const add = await service('POST', `/lti/services/${contentId}/lineitems`, readOnly, {
      label: 'X',
      scoreMaximum: 10,
    });
    expect(add.statusCode).toBe(403);
    expect(add.json()).toMatchObject({ error: 'insufficient_scope' });
    expect((await service('GET', `/lti/services/${contentId}/memberships`, readOnly)).statusCode).toBe(403);
  });

  it('adds and reads line items, answers 400 naming the field, and 404 for unknown ones', async () => {
    const token = await accessToken(`${scope.lineItem} ${scope.score} ${scope.resultReadonly}`);
    const bad = await service('POST', `/lti/services/${contentId}/lineitems`, token, {
      label: '',
      scoreMaximum: -1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error_description: string }>().error_description).toMatch(/label|scoreMaximum/);
    const added = await service('POST', `/lti/services/${contentId}/lineitems`, token, {
      label: 'Toets',
      scoreMaximum: 10,
    });
    expect(added.statusCode, added.body).toBe(201);
    const lineItemId = added.json<{ id: string }>().id.split('/').at(-1);
    const read = await service('GET', `/lti/services/${contentId}/lineitems/${lineItemId}`, token);
    expect(read.json()).toMatchObject({ label: 'Toets', scoreMaximum: 10 });
    expect(
      (await service('GET', `/lti/services/${contentId}/lineitems/${randomUUID()}`, token)).statusCode,
    ).toBe(404);
    const badScore = await service(
      'POST',
      `/lti/services/${contentId}/lineitems/${lineItemId}/scores`,
      token,
      { userId: 'x', activityProgress: 'Done' },
      'application/vnd.ims.lis.v1.score+json',
    );
    expect(badScore.statusCode).toBe(400);
    expect(badScore.json<{ error_description: string }>().error_description).toMatch(/activityProgress/);
    const results = await service('GET', `/lti/services/${contentId}/lineitems/${lineItemId}/results`, token);
    expect(results.statusCode).toBe(200);
    expect(results.json()).toEqual([]);
  });

  it('never reaches a link of another organisation or another tool (404)', async () => {
    const ours = await accessToken(`${scope.lineItem} ${scope.memberships}`);
    expect((await service('GET', `/lti/services/${theirContentId}/lineitems`, ours)).statusCode).toBe(404);
    expect((await service('GET', `/lti/services/${theirContentId}/memberships`, ours)).statusCode).toBe(404);
    expect((await service('GET', `/lti/services/not-a-uuid/lineitems`, ours)).statusCode).toBe(404);
    const theirs = await accessToken(`${scope.lineItem} ${scope.memberships}`, {
      clientId: theirTool.clientId,
      org: other.organisation.id,
    });
    expect((await service('GET', `/lti/services/${contentId}/lineitems`, theirs)).statusCode).toBe(404);
    expect((await service('GET', `/lti/services/${contentId}/memberships`, theirs)).statusCode).toBe(404);
  });
});

describe('deep-linking answers', () => {
  async function openSelection() {
    const login = await org.as.ldAdmin.post(`/api/v1/lti/tools/${tool.id}/deep-linking`);
    expect(login.statusCode, login.body).toBe(200);
    const { params } = login.json<{ params: Record<string, string> }>();
    const query = new URLSearchParams({
      scope: 'openid',
      response_type: 'id_token',
      client_id: tool.clientId,
      redirect_uri: 'https://tool.example/launch',
      login_hint: params.login_hint as string,
      lti_message_hint: params.lti_message_hint as string,
      nonce: randomUUID(),
      state: 's',
    });
    const authorized = await app.inject({ method: 'GET', url: `/lti/authorize?${query}` });
    expect(authorized.statusCode, authorized.body).toBe(200);
    return params.lti_message_hint as string;
  }
  const answer = (launchId: string, extra: JWTPayload = { nonce: randomUUID() }) =>
    sign(
      {
        ...extra,
        [claim.messageType]: 'LtiDeepLinkingResponse',
        [claim.version]: '1.3.0',
        [claim.deploymentId]: tool.deploymentId,
        [claim.data]: launchId,
        [claim.contentItems]: [{ type: 'ltiResourceLink', title: 'Tillen', url: 'https://tool.example/a' }],
      },
      { iss: tool.clientId, aud: `${base}/lti/${org.organisation.id}` },
    );
  const post = (jwt: string) =>
    app.inject({
      method: 'POST',
      url: '/lti/deep-links',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ JWT: jwt }).toString(),
    });

  it('takes an answer once; the same answer again is refused as a replay', async () => {
    const launchId = await openSelection();
    const jwt = await answer(launchId);
    const first = await post(jwt);
    expect(first.statusCode, first.body).toBe(303);
    const again = await post(jwt);
    expect(again.statusCode).toBe(400);
    expect(again.body).toMatch(/replay/);
  });

  it('refuses an answer with neither jti nor nonce, even for an open selection', async () => {
    const launchId = await openSelection();
    const bare = await post(await answer(launchId, {}));
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toMatch(/jti|nonce/);
    // The selection stays open: a proper answer is still taken.
    expect((await post(await answer(launchId, { jti: randomUUID() }))).statusCode).toBe(303);
  });
});
