import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { scormFixtures } from '../fixtures/scorm-packages.ts';
import { uploadPackage } from '../fixtures/upload.ts';

// Package scripts never run with the learner's session: the files come only from the content origin
// (no Groeipad cookie there, and the API is not answered there), and only the app may frame them.
const contentOrigin = 'http://content.groeipad.test';
const contentHost = 'content.groeipad.test';
const { app, db } = await startTestApp({ contentOrigin });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let launched: { sco: { launchUrl: string }; commitToken: string; launcherUrl: string };

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const { contentId } = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });
  launched = (await org.as.employee.post(`/api/v1/scorm/${contentId}/launch`, {})).json();
});

const pathOf = (url: string) => new URL(url).pathname;
const onContentHost = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { host: contentHost, ...headers } });

describe('package content', () => {
  it('is served from the content origin with its type, caching and range requests', async () => {
    const page = await onContentHost(pathOf(launched.sco.launchUrl));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('private, max-age=86400, immutable');
    expect(page.headers['content-security-policy']).toBe(
      `frame-ancestors http://groeipad.test ${contentOrigin}`,
    );
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain('sco-config');
    const again = await onContentHost(pathOf(launched.sco.launchUrl), {
      'if-none-match': String(page.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    const script = pathOf(launched.sco.launchUrl).replace('module/index.html', 'shared/sco.js');
    const slice = await onContentHost(script, { range: 'bytes=0-9' });
    expect(slice.statusCode).toBe(206);
    expect(slice.headers['content-type']).toBe('text/javascript');
    expect(slice.body).toBe('(function ');
    expect((await onContentHost(script, { range: 'bytes=999999-' })).statusCode).toBe(416);
  });

  it('is never served from the app origin, nor with a forged, foreign or escaping address', async () => {
    const path = pathOf(launched.sco.launchUrl);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const [, , token = ''] = path.split('/');
    const forged = token.replace(/.$/, (char) => (char === 'A' ? 'B' : 'A'));
    expect((await onContentHost(path.replace(token, forged))).statusCode).toBe(404);
    const short = (uuid: string) => Buffer.from(uuid.replaceAll('-', ''), 'hex').toString('base64url');
    const foreign = token.replace(short(org.organisation.id), short(other.organisation.id));
    expect((await onContentHost(path.replace(token, foreign))).statusCode).toBe(404);
    expect(
      (await onContentHost(path.replace('module/index.html', '..%2F..%2Fimsmanifest.xml'))).statusCode,
    ).toBe(404);
    expect((await onContentHost(path.replace('module/index.html', 'imsmanifest.xml'))).statusCode).toBe(200);
  });

  it('does not answer the API or the web app on the content origin, even with a session cookie', async () => {
    const cookie = org.as.employee.cookie as string;
    const me = await onContentHost('/api/v1/me', { cookie });
    expect(me.statusCode).toBe(404);
    const change = await app.inject({
      method: 'POST',
      url: '/api/v1/learning/enrolments',
      headers: { host: contentHost, cookie, 'x-csrf-token': String(org.as.employee.csrfToken) },
      payload: {},
    });
    expect(change.statusCode).toBe(404);
    expect((await onContentHost('/')).statusCode).toBe(404);
    // The commit token opens commits of its attempt, never the API.
    const asBearer = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${launched.commitToken}` },
    });
    expect(asBearer.statusCode).toBe(401);
  });

  it('serves the runtime page for the app to frame, and lets the app frame only the content origin', async () => {
    const page = await onContentHost(pathOf(launched.launcherUrl));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain('frame-ancestors http://groeipad.test');
    expect(page.body).toContain('<meta name="groeipad-app-origin" content="http://groeipad.test">');
    for (const file of ['launcher.js', 'scorm12.js', 'scorm2004.js', 'scorm-limits.js']) {
      const script = await onContentHost(`/scorm-runtime/${file}`);
      expect(script.statusCode, file).toBe(200);
      expect(script.headers['content-type']).toBe('text/javascript');
    }
    expect((await onContentHost('/scorm-runtime/nothing.js')).statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(api.headers['content-security-policy']).toContain(`frame-src 'self' ${contentOrigin}`);
  });
});
