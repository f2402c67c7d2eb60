import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { forOrganisation } from '../db/tenant.ts';
import { contentDisposition } from '../http/file-response.ts';
import { uploadFile } from '../modules/catalogue/catalogue.fixtures.ts';
import { storageFor } from '../modules/files/index.ts';
import { sampleWav } from '../modules/files/media.samples.ts';
import { thisYear } from '../test/calendar.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../test/test-app.ts';

// Issue 10, item 8: every response carries the security headers, and the files the app hands out
// can neither run in the app's origin nor be sniffed into something else.

const { app, db, config } = await startTestApp();
// A stand-in for the Vite build (dist/web may not exist when the tests run), served by the same app.
const webDist = fakeWebDist();
const web = await buildApp({ db, config }, { webDist });
const secure = await buildApp(
  { db, config: { ...config, baseUrl: 'https://groeipad.example.nl' } },
  { webDist },
);
afterAll(async () => {
  await Promise.all([web.close(), secure.close()]);
});

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'groeipad-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="nl">\n  <head>\n    <title>Groeipad</title>\n' +
      '    <script type="module" crossorigin src="/assets/index-test.js"></script>\n  </head>\n' +
      '  <body><div id="root"></div></body>\n</html>\n',
  );
  writeFileSync(join(dir, 'assets/index-test.js'), 'export {};\n');
  return dir;
}

/** The Content-Security-Policy header as directive → sources. */
function cspOf(response: LightMyRequestResponse): Map<string, string[]> {
  const header = response.headers['content-security-policy'];
  expect(header, 'a Content-Security-Policy header').toEqual(expect.any(String));
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** What every response carries, whatever it is. */
function expectBaseline(response: LightMyRequestResponse) {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(response.headers['x-powered-by']).toBeUndefined();
}

/** The app's own pages and data: never framed, no inline script anywhere. */
function expectAppPolicy(response: LightMyRequestResponse) {
  expectBaseline(response);
  expect(response.headers['x-frame-options']).toBe('DENY');
  const csp = cspOf(response);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'self'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-');
  return csp;
}

describe('the web app', () => {
  it('sends index.html with a strict CSP: its own scripts only, styles by a fresh per-page nonce', async () => {
    const nonces: string[] = [];
    for (const url of ['/', '/learning/items/7f4be98c', '/index.html']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<script type="module" crossorigin src="/assets/index-test.js">');
      const nonce = /<meta name="csp-nonce" content="([^"]+)" \/>/.exec(response.body)?.[1];
      expect(nonce, `${url} carries its style nonce`).toBeTruthy();
      expect(expectAppPolicy(response).get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(response.headers['strict-transport-security']).toBeUndefined();
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(3);
    const head = await web.inject({ method: 'HEAD', url: '/' });
    expect(head.statusCode).toBe(200);
    expectAppPolicy(head);
  });

  it('sends its script files with the same headers, and a gone one as a problem, not as HTML', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/index-test.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(expectAppPolicy(asset).get('style-src')).toEqual(["'self'"]);
    const gone = await web.inject({ method: 'GET', url: '/assets/index-old.js' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectAppPolicy(gone);
  });

  it('has no inline script in its page, in the source or in the build', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const pages = ['src/web/index.html', 'dist/web/index.html'].filter((page) =>
      existsSync(join(root, page)),
    );
    expect(pages).toContain('src/web/index.html');
    for (const page of pages) {
      const html = readFileSync(join(root, page), 'utf8');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const script of scripts) expect(script, `${page}: ${script}`).toMatch(/\ssrc=/);
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/<style\b|\sstyle=/i);
    }
  });
});

describe('the API', () => {
  it('sends the headers with JSON', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expectAppPolicy(response);
    const signedIn = await org.as.employee.get('/api/v1/me');
    expect(signedIn.statusCode).toBe(200);
    expectAppPolicy(signedIn);
  });

  it('sends the headers with a problem+json 404, signed in or not', async () => {
    for (const response of [
      await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }),
      await org.as.employee.get(`/api/v1/files/${randomUUID()}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectAppPolicy(response);
    }
  });

  it('lets only the API reference page run its inline boot script, and it is never framed either', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/v1/reference/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/v1/openapi.json');
    expectBaseline(page);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const csp = cspOf(page);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});

/** A file response: declared type, never sniffed, sandboxed when opened on its own. */
function expectFileHeaders(response: LightMyRequestResponse, disposition: 'inline' | 'attachment') {
  expectBaseline(response);
  expect(String(response.headers['content-disposition'])).toMatch(new RegExp(`^${disposition}; filename="`));
  const csp = cspOf(response);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.has('sandbox')).toBe(true);
  expect(csp.get('sandbox')).not.toContain('allow-scripts');
  expect(csp.has('script-src')).toBe(false);
  expect(csp.get('frame-ancestors')).toEqual([disposition === 'inline' ? "'self'" : "'none'"]);
  return csp;
}

const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 1)]);

describe('uploaded files', () => {
  it('shows an uploaded image inline, sandboxed, with its name encoded once', async () => {
    const uploaded = await uploadFile(org.as.ldAdmin, 'image', 'Één foto.png', png);
    expect(uploaded.statusCode).toBe(201);
    const response = await org.as.employee.get(`/api/v1/files/${uploaded.json().id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(expectFileHeaders(response, 'inline').get('sandbox')).toEqual([]);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="Een foto.png"; filename*=UTF-8''%C3%89%C3%A9n%20foto.png`,
    );
  });

  it('plays audio opened on its own: its player page may fetch it again, still without script', async () => {
    const uploaded = await uploadFile(org.as.ldAdmin, 'audio', 'toon.wav', sampleWav(1));
    expect(uploaded.statusCode).toBe(201);
    const response = await org.as.employee.get(`/api/v1/files/${uploaded.json().id}`);
    expect(response.headers['content-type']).toBe('audio/wav');
    const csp = expectFileHeaders(response, 'inline');
    expect(csp.get('sandbox')).toEqual(['allow-same-origin']);
    expect(csp.get('media-src')).toEqual(["'self'"]);
  });

  it('never shows an HTML or SVG file inline: it downloads, sandboxed, as the type it was stored with', async () => {
    // The upload sniffs and refuses these; a file store filled some other way (S3 by hand) may hold them.
    for (const [name, type, content] of [
      [
        'tekening.svg',
        'image/svg+xml',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ],
      ['pagina.html', 'text/html; charset=utf-8', '<script>fetch("/api/v1/auth/me")</script>'],
    ] as const) {
      const id = await storeFile(name, type, content);
      const response = await org.as.employee.get(`/api/v1/files/${id}`);
      expect(response.statusCode, name).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expectFileHeaders(response, 'attachment');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });

  async function storeFile(name: string, contentType: string, content: string): Promise<string> {
    const storage = storageFor(config);
    const id = randomUUID();
    const key = `${org.organisation.id}/${id}`;
    const temporary = await storage.temporaryPath(id);
    writeFileSync(temporary, content);
    await storage.adopt(temporary, key);
    await forOrganisation(db, org.organisation.id)
      .insertInto('files', {
        id,
        purpose: 'image',
        content_type: contentType,
        size_bytes: Buffer.byteLength(content),
        storage_key: key,
        original_name: name,
        created_by: null,
      })
      .execute();
    return id;
  }
});

describe('budget files and exports', () => {
  const year = thisYear();
  let requestId: string;

  beforeAll(async () => {
    const policy = await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
      amountCents: 100_000,
      hours: 80,
      isProRata: false,
      fullTimeHours: 36,
      carryOverMaxCents: 0,
      requiresHrApproval: true,
    });
    expect(policy.statusCode).toBe(200);
    expect((await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year })).statusCode).toBe(200);
    const created = await org.as.employee.post('/api/v1/budgets/requests', {
      provider: 'Wondzorg Academie',
      title: 'Cursus wondzorg',
      startsOn: `${year}-09-01`,
      endsOn: `${year}-12-15`,
      costCents: 60_000,
      hours: 40,
      motivation: 'Voor mijn doel.',
    });
    expect(created.statusCode).toBe(201);
    requestId = created.json().id;
  });

  async function attach(client: Client, fileName: string, contentType: string, content: string) {
    const boundary = '----groeipad-headers';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          `Content-Type: ${contentType}\r\n\r\n`,
      ),
      Buffer.from(content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await client.request(
      'POST',
      `/api/v1/budgets/requests/${requestId}/files?purpose=quote`,
      payload,
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(uploaded.statusCode).toBe(201);
    const files: { id: string; fileName: string }[] = uploaded.json().files;
    return files.find((file) => file.fileName === fileName)!;
  }

  it('downloads a quote with nosniff, a sandbox and its name (spaces, é) percent-encoded exactly once', async () => {
    const file = await attach(org.as.employee, 'Offerte cursus é.pdf', 'application/pdf', '%PDF-1.4 offerte');
    const response = await org.as.hrAdmin.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('%PDF-1.4 offerte');
    expect(response.headers['content-type']).toBe('application/pdf');
    expectFileHeaders(response, 'attachment');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Offerte cursus e.pdf"; filename*=UTF-8''Offerte%20cursus%20%C3%A9.pdf`,
    );
    expect(response.headers['content-disposition']).not.toContain('%25');
  });

  it('never keeps HTML that claims to be an image: budget files are typed by their bytes and refused', async () => {
    const boundary = '----groeipad-headers';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bon.png"\r\n` +
        `Content-Type: image/png\r\n\r\n<html><script>alert(1)</script>\r\n--${boundary}--\r\n`,
    );
    const uploaded = await org.as.employee.request(
      'POST',
      `/api/v1/budgets/requests/${requestId}/files?purpose=quote`,
      payload,
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(uploaded.statusCode).toBe(415);
    expect(uploaded.body).toContain('bon.png');
  });

  it('sends the finance export as a sandboxed download', async () => {
    const response = await org.as.hrAdmin.get(`/api/v1/budgets/export?year=${year}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expectFileHeaders(response, 'attachment');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="ontwikkelbudget-${year}.csv"`,
    );
  });
});

describe('Content-Disposition', () => {
  it('gives an ASCII fallback and the UTF-8 name once, and keeps quotes, slashes and line breaks out', () => {
    expect(contentDisposition('rapport.pdf', 'inline')).toBe('inline; filename="rapport.pdf"');
    expect(contentDisposition('Zoë "één" (2).pdf', 'attachment')).toBe(
      `attachment; filename="Zoe _een_ (2).pdf"; filename*=UTF-8''Zo%C3%AB%20%22%C3%A9%C3%A9n%22%20%282%29.pdf`,
    );
    expect(contentDisposition('a\r\nSet-Cookie: x=1/..\\b.txt', 'attachment')).toBe(
      'attachment; filename="a__Set-Cookie: x=1_.._b.txt"',
    );
    expect(contentDisposition('日本.pdf', 'attachment')).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`,
    );
  });
});

describe('HSTS', () => {
  it('is sent only when BASE_URL is https, with the upgrade of stray http:// addresses', async () => {
    for (const url of ['/api/v1/health', '/']) {
      const response = await secure.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expect(cspOf(response).has('upgrade-insecure-requests')).toBe(true);
      const plain = await web.inject({ method: 'GET', url });
      expect(plain.headers['strict-transport-security'], url).toBeUndefined();
      expect(cspOf(plain).has('upgrade-insecure-requests')).toBe(false);
    }
  });
});
