import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Embedded launch: L&D chooses per tool; the launch answers "iframe"; our framing page allows frames
// from that tool's origins only (and our own authorize step), nothing for a tool meant for a new
// window or an address that is not the tool's login; the web app's own pages still frame nothing else.

const { app, db } = await startTestApp();
const org = await buildOrganisationWithRoles(app, db);
const other = await buildOrganisationWithRoles(app, db);
const { publicKey } = await generateKeyPair('RS256');
const publicJwk = { ...(await exportJWK(publicKey)), alg: 'RS256', kid: 'tool-1' };

const created = await org.as.ldAdmin.post('/api/v1/lti/tools', {
  name: 'Simulatie',
  loginUrl: 'https://login.sim.example/lti/login',
  launchUrl: 'https://sim.example/lti/launch',
  publicJwk,
  presentation: 'iframe',
});
const tool = created.json<{ id: string; clientId: string; presentation: string }>();
const item = await org.as.ldAdmin.post('/api/v1/lti/items', { toolId: tool.id, title: 'Tillen' });
const contentId = item.json<{ contentId: string }>().contentId;
await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });

const embed = (query: Record<string, string>) =>
  app.inject({ method: 'GET', url: `/lti/embed?${new URLSearchParams(query).toString()}` });

describe('embedded LTI launch', () => {
  it('launches embedded when L&D chose so for the tool, framed with CSP for that tool only', async () => {
    expect(created.statusCode, created.body).toBe(201);
    expect(tool.presentation).toBe('iframe');
    const link = await org.as.employee.get(`/api/v1/lti/items/${contentId}`);
    expect(link.json()).toMatchObject({ presentation: 'iframe' });
    const launch = await org.as.employee.post(`/api/v1/lti/items/${contentId}/launch`, {});
    expect(launch.statusCode, launch.body).toBe(200);
    const login = launch.json<{ action: string; params: Record<string, string>; presentation: string }>();
    expect(login.presentation).toBe('iframe');

    const page = await embed({ action: login.action, ...login.params });
    expect(page.statusCode, page.body).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("frame-src 'self' https://login.sim.example https://sim.example");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(page.body).toContain('<iframe');
    expect(page.body).toContain('https://login.sim.example/lti/login?');
    expect(page.body).toContain(`client_id=${tool.clientId}`);

    // The web app's pages keep their own policy: no tool origin there.
    const appPage = await app.inject({ method: 'GET', url: `/learning/lti/${contentId}` });
    expect(String(appPage.headers['content-security-policy'])).not.toContain('sim.example');
  });

  it("refuses to frame anything but an embedded tool's own login address", async () => {
    expect((await embed({ action: 'https://evil.example/', client_id: tool.clientId })).statusCode).toBe(400);
    expect((await embed({ action: 'https://login.sim.example/lti/login' })).statusCode).toBe(400);
    expect(
      (await embed({ action: 'https://login.sim.example/lti/login', client_id: 'unknown' })).statusCode,
    ).toBe(400);
    const windowed = await org.as.ldAdmin.put(`/api/v1/lti/tools/${tool.id}/presentation`, {
      presentation: 'window',
    });
    expect(windowed.statusCode, windowed.body).toBe(200);
    expect(windowed.json()).toMatchObject({ presentation: 'window' });
    expect(
      (await embed({ action: 'https://login.sim.example/lti/login', client_id: tool.clientId })).statusCode,
    ).toBe(400);
    const launch = await org.as.employee.post(`/api/v1/lti/items/${contentId}/launch`, {});
    expect(launch.json()).toMatchObject({ presentation: 'window' });
  });

  it('lets only L&D of the organisation choose, and names a bad value', async () => {
    const url = `/api/v1/lti/tools/${tool.id}/presentation`;
    expect((await org.as.employee.put(url, { presentation: 'iframe' })).statusCode).toBe(403);
    expect((await org.anonymous.put(url, { presentation: 'iframe' })).statusCode).toBe(401);
    expect((await other.as.ldAdmin.put(url, { presentation: 'iframe' })).statusCode).toBe(404);
    const bad = await org.as.ldAdmin.put(url, { presentation: 'popup' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/presentation/);
  });
});
