// biome-ignore-all lint/suspicious/noExplicitAny: ltijs has no types; its token is loose JSON
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ltijs from 'ltijs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.ts';
import { listeningPlatform } from './lti-platform.test-support.ts';
import { ltijsMemoryDatabase } from './ltijs-memory-db.test-support.ts';

// A real LTI 1.3 tool Groeipad did not write (ltijs 5, in this process, on its own port) against the
// real app listening on a port: register, deep-link two items back, launch as a learner, post a
// score that completes the item, read the members. The "browser" is a small cookie-keeping fetch
// that follows redirects and submits the auto-posting forms, as Chromium would.

const { baseUrl, org, other } = await listeningPlatform();

// The tool: ltijs' Provider with an in-memory database.
const lti = ltijs.Provider;
lti.setup('tool-encryption-key-for-tests', { plugin: ltijsMemoryDatabase() } as never, {
  cookies: { secure: false, sameSite: '' },
  devMode: false,
});
const seen: { launches: Record<string, unknown>[]; scored: unknown[]; members: unknown[] } = {
  launches: [],
  scored: [],
  members: [],
};
lti.onConnect(async (token: Record<string, any>, _req: unknown, res: any) => {
  seen.launches.push(token);
  const lineItemId = token.platformContext.endpoint.lineitem;
  await lti.Grade.submitScore(token, lineItemId, {
    userId: token.user,
    scoreGiven: 90,
    scoreMaximum: 100,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  });
  seen.scored.push(lineItemId);
  const members = await lti.NamesAndRoles.getMembers(token);
  seen.members.push(members);
  return res.send(`<html><body>Hallo ${token.userInfo?.name ?? 'anoniem'}</body></html>`);
});
lti.onDeepLinking(async (token: unknown, _req: unknown, res: any) => {
  const items = [
    {
      type: 'ltiResourceLink',
      title: 'Veilig tillen',
      url: `${toolUrl}/?resource=lifting`,
      custom: { topic: 'lifting' },
    },
    { type: 'ltiResourceLink', title: 'Valpreventie', url: `${toolUrl}/?resource=falls` },
  ];
  return res.send(await lti.DeepLinking.createDeepLinkingForm(token, items, { message: 'Gelukt' }));
});
await lti.deploy({ serverless: true, silent: true });
const toolServer: Server = createServer(lti.app);
await new Promise<void>((resolve) => toolServer.listen(0, '127.0.0.1', resolve));
const toolUrl = `http://127.0.0.1:${(toolServer.address() as AddressInfo).port}`;
afterAll(async () => {
  await new Promise((resolve) => toolServer.close(resolve));
});

/** A browser: cookies per host, redirects followed, auto-submitting forms submitted. */
function browser(groeipad: Client) {
  const jar = new Map<string, Map<string, string>>();
  const groeipadCookie = groeipad.cookie ?? '';
  const cookiesFor = (url: URL) => {
    const own = [...(jar.get(url.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`);
    if (url.origin === baseUrl) own.push(groeipadCookie);
    return own.filter(Boolean).join('; ');
  };
  const keep = (url: URL, response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (!jar.has(url.host)) jar.set(url.host, new Map());
      jar.get(url.host)?.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  async function go(address: string, init: { method?: string; form?: Record<string, string> } = {}) {
    let url = new URL(address);
    let method = init.method ?? 'GET';
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          cookie: cookiesFor(url),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(body ? { body } : {}),
      });
      keep(url, response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await response.text();
      const form = /<form[^>]*action="([^"]+)"/i.exec(html);
      if (response.ok && form && /\.submit\(\)/.test(html)) {
        const fields = Object.fromEntries(
          [...html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)].map((m) => [
            m[1],
            decodeEntities(m[2] ?? ''),
          ]),
        );
        url = new URL(decodeEntities(form[1] ?? ''), url);
        method = 'POST';
        body = new URLSearchParams(fields as Record<string, string>).toString();
        continue;
      }
      return { url, status: response.status, html };
    }
    throw new Error('too many hops');
  }
  return go;
}
const decodeEntities = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

const loginAddress = (login: { action: string; params: Record<string, string> }) =>
  `${login.action}?${new URLSearchParams(login.params).toString()}`;

describe('an LTI 1.3 tool Groeipad did not write (ltijs)', () => {
  let toolId = '';
  let itemIds: string[] = [];

  it('is registered in Groeipad, and Groeipad in the tool', async () => {
    const created = await org.as.ldAdmin.post('/api/v1/lti/tools', {
      name: 'Oefenplein',
      loginUrl: `${toolUrl}/login`,
      launchUrl: `${toolUrl}/`,
      deepLinkUrl: `${toolUrl}/`,
      jwksUrl: `${toolUrl}/keys`,
      privacy: 'name',
    });
    expect(created.statusCode, created.body).toBe(201);
    const tool = created.json<{ id: string; clientId: string; deploymentId: string }>();
    toolId = tool.id;
    const platform = (await org.as.ldAdmin.get('/api/v1/lti/platform')).json<Record<string, string>>();
    expect(platform.issuer).toBe(`${baseUrl}/lti/${org.organisation.id}`);
    expect(JSON.stringify(platform)).not.toMatch(/PRIVATE|"d":/);
    await lti.registerPlatform({
      url: platform.issuer,
      name: 'Groeipad',
      clientId: tool.clientId,
      authenticationEndpoint: platform.authorizeUrl,
      accesstokenEndpoint: platform.tokenUrl,
      authConfig: { method: 'JWK_SET', key: platform.jwksUrl },
    });
  });

  it('deep-links two items back into the catalogue', async () => {
    const login = await org.as.ldAdmin.post(`/api/v1/lti/tools/${toolId}/deep-linking`);
    expect(login.statusCode, login.body).toBe(200);
    const landed = await browser(org.as.ldAdmin)(loginAddress(login.json()));
    const launchId = /\/admin\/lti\/selections\/([0-9a-f-]{36})/.exec(landed.url.pathname)?.[1];
    expect(launchId, `${landed.status} ${landed.url} ${landed.html.slice(0, 300)}`).toBeTruthy();
    const accepted = await org.as.ldAdmin.post(`/api/v1/lti/selections/${launchId}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    itemIds = accepted.json<{ contentIds: string[] }>().contentIds;
    expect(itemIds).toHaveLength(2);
    const first = await org.as.ldAdmin.get(`/api/v1/lti/items/${itemIds[0]}`);
    expect(first.json()).toMatchObject({ title: 'Veilig tillen', toolName: 'Oefenplein' });
    for (const id of itemIds)
      expect(
        (await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' }))
          .statusCode,
      ).toBe(200);
  });

  it('launches for a learner, takes a score that completes the item, and reads the members', async () => {
    const login = await org.as.employee.post(`/api/v1/lti/items/${itemIds[0]}/launch`);
    expect(login.statusCode, login.body).toBe(200);
    const page = await browser(org.as.employee)(loginAddress(login.json()));
    expect(page.html, page.html.slice(0, 300)).toContain('Hallo Emre');
    const token = seen.launches.at(-1) as Record<string, any>;
    expect(token.platformContext.resource).toMatchObject({ id: itemIds[0], title: 'Veilig tillen' });
    expect(token.platformContext.roles).toContain(
      'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
    );
    expect(token.platformContext.custom).toMatchObject({ topic: 'lifting' });
    expect(token.userInfo.email).toBeUndefined(); // privacy: name only
    const item = await org.as.employee.get(`/api/v1/learning/items/${itemIds[0]}`);
    expect(item.json()).toMatchObject({ progress: { percent: 100, completedAt: expect.any(String) } });
    const members = seen.members.at(-1) as { members: { user_id: string; name: string }[] };
    expect(members.members).toEqual([
      expect.objectContaining({ user_id: token.user, name: expect.stringContaining('Emre') }),
    ]);
    const mine = await org.as.employee.get(`/api/v1/lti/items/${itemIds[0]}`);
    expect(mine.json()).toMatchObject({ score: 90 });
  });

  it('logs launches for L&D', async () => {
    const log = await org.as.ldAdmin.get(`/api/v1/lti/tools/${toolId}/launches`);
    expect(log.json<{ messageType: string }[]>().map((entry) => entry.messageType)).toEqual([
      'LtiResourceLinkRequest',
      'LtiDeepLinkingRequest',
    ]);
  });

  it('never crosses organisations', async () => {
    expect((await other.as.ldAdmin.get(`/api/v1/lti/tools/${toolId}`)).statusCode).toBe(404);
    expect((await other.as.employee.post(`/api/v1/lti/items/${itemIds[0]}/launch`)).statusCode).toBe(404);
    expect((await other.as.ldAdmin.post(`/api/v1/lti/tools/${toolId}/deep-linking`)).statusCode).toBe(404);
    // A tool of the other organisation, with a valid token, reads nothing of this one.
    const theirs = await other.as.ldAdmin.post('/api/v1/lti/tools', {
      name: 'Ander',
      loginUrl: `${toolUrl}/login`,
      launchUrl: `${toolUrl}/`,
      publicJwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
    });
    expect(theirs.statusCode).toBe(201);
    const members = await fetch(`${baseUrl}/lti/services/${itemIds[0]}/memberships`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(members.status).toBe(401);
  });

  it('lets only L&D manage tools', async () => {
    expect((await org.as.employee.get('/api/v1/lti/tools')).statusCode).toBe(403);
    const valid = {
      name: 'X',
      loginUrl: `${toolUrl}/login`,
      launchUrl: `${toolUrl}/`,
      jwksUrl: `${toolUrl}/keys`,
    };
    expect((await org.as.manager.post('/api/v1/lti/tools', valid)).statusCode).toBe(403);
    expect((await org.as.employee.post('/api/v1/lti/items', { toolId, title: 'X' })).statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/lti/platform')).statusCode).toBe(403);
    expect((await org.as.employee.post(`/api/v1/lti/tools/${toolId}/deep-linking`)).statusCode).toBe(403);
  });
});
