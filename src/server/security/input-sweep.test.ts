import { describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-data.ts';
import { seedDemo } from '../demo/seed.ts';
import { runJob } from '../test/jobs.ts';
import { anonymous, type Client, type Response, signInAs, startTestApp } from '../test/test-app.ts';
import {
  fieldName,
  type OpenApiDocument,
  operationsOf,
  type SweepOperation,
  sampleOf,
  stringPaths,
  withStringAt,
} from './openapi-samples.ts';
import { idPickerFor, realPathFor } from './sweep-ids.ts';

// A generated sweep over every operation in the OpenAPI document: NUL and a lone surrogate in each
// string field, query and path parameter, `{}` as every body, odd multipart uploads. Nothing may
// answer 500, and a refused character is a 400 naming the field. Signed in as the demo owner (every
// permission; the employee for their own plan and conversation), with real ids from the demo
// organisation where sweep-ids.ts knows where to find them and a random uuid where it does not.

const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const { app, db, config } = await startTestApp();
await seedDemo(db);
const demo = await db
  .selectFrom('organisations')
  .select('id')
  .where('is_demo', '=', true)
  .executeTakeFirstOrThrow();
const owner = await signInAs(app, { email: 'bestuurder@delinde.demo', password: demoPassword });
const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
await createFixtures();
const document = app.swagger() as OpenApiDocument;
const operations = operationsOf(document);
const pickId = await idPickerFor(db, demo.id);
const urls = new Map<SweepOperation, string>();
const withRealIds = new Set<SweepOperation>();
const actors = new Map<SweepOperation, Client>();
for (const operation of operations) {
  const { url, known, as } = await realPathFor(db, demo.id, operation.path);
  urls.set(operation, url);
  if (known) withRealIds.add(operation);
  actors.set(operation, as === 'employee' ? employee : owner);
}

const badText = { NUL: '\u0000', 'lone surrogate': '\ud800' } as const;
const clientOf = (operation: SweepOperation): Client =>
  operation.isPublic ? anonymous(app) : actors.get(operation)!;

function sendJson(operation: SweepOperation, url: string, json: string): Promise<Response> {
  return clientOf(operation).request(operation.method, url, json, { 'content-type': 'application/json' });
}

/** The URL with the required query parameters filled in (year, purpose, …). */
function withRequiredQuery(operation: SweepOperation, url: string, overrides: Record<string, string> = {}) {
  const query = new URLSearchParams();
  for (const parameter of operation.queryParams)
    if (parameter.required || parameter.name in overrides)
      query.set(
        parameter.name,
        overrides[parameter.name] ?? String(sampleOf(parameter.schema, document, pickId, parameter.name)),
      );
  const text = query.toString();
  return text ? `${url}?${text}` : url;
}

type Failure = string;
const namesField = (response: Response, field: string) =>
  response.statusCode === 400 &&
  response
    .json<{ errors?: { field: string; code: string }[] }>()
    .errors?.some((error) => error.field === field && error.code === 'invalidCharacters');

function check(failures: Failure[], what: string, response: Response, field?: string) {
  if (response.statusCode >= 500)
    failures.push(`${what} → ${response.statusCode} ${response.body.slice(0, 200)}`);
  else if (field !== undefined && !namesField(response, field))
    failures.push(
      `${what} → ${response.statusCode}, not a 400 naming "${field}": ${response.body.slice(0, 200)}`,
    );
}

// Each test walks every operation of the API (a few hundred requests): minutes on a busy two-core machine.
describe('the input sweep over the OpenAPI document', { timeout: 180_000 }, () => {
  const withJsonBody = operations.filter((operation) => operation.jsonBody);

  it('covers the whole API, including the public sign-in', () => {
    expect(operations.length).toBeGreaterThan(150);
    expect(withJsonBody.length).toBeGreaterThan(80);
    const signIn = withJsonBody.find((o) => o.path === '/api/v1/auth/sign-in')!;
    expect(signIn.isPublic).toBe(true);
    const fields = stringPaths(sampleOf(signIn.jsonBody!, document, pickId)).map(fieldName);
    expect(fields).toContain('organisation');
    // Most paths with ids get a real one from the demo, so the requests reach the code that writes.
    const withIds = operations.filter((o) => o.pathParams.length);
    const missing = withIds.filter((o) => !withRealIds.has(o)).map((o) => `${o.method} ${o.path}`);
    expect(missing.length, missing.join('\n')).toBeLessThan(withIds.length / 10);
  });

  it('refuses NUL and a lone surrogate in every string field of every JSON body with a 400 naming it', async () => {
    const failures: Failure[] = [];
    let sent = 0;
    for (const operation of withJsonBody) {
      const url = withRequiredQuery(operation, urls.get(operation)!);
      const sample = sampleOf(operation.jsonBody!, document, pickId);
      for (const path of stringPaths(sample)) {
        for (const [kind, character] of Object.entries(badText)) {
          // JSON.stringify writes the lone surrogate as the escape \ud800, as a client would send it.
          const json = JSON.stringify(withStringAt(sample, path, (text) => `${text}${character}`));
          const response = await sendJson(operation, url, json);
          sent++;
          check(
            failures,
            `${operation.method} ${operation.path} body ${fieldName(path)} (${kind})`,
            response,
            fieldName(path),
          );
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  });

  it('refuses NUL in every query and path parameter with a 400 naming it, and a bad UTF-8 escape without a 500', async () => {
    const failures: Failure[] = [];
    const pending: Promise<void>[] = [];
    for (const operation of operations) {
      const url = urls.get(operation)!;
      for (const parameter of operation.queryParams) {
        const value = String(sampleOf(parameter.schema, document, pickId, parameter.name));
        const base = withRequiredQuery(operation, url, { [parameter.name]: value });
        const name = encodeURIComponent(parameter.name);
        const what = `${operation.method} ${operation.path} query ${parameter.name}`;
        const nul = base.replace(
          `${name}=${encodeURIComponent(value)}`,
          `${name}=${encodeURIComponent(value)}%00`,
        );
        check(
          failures,
          `${what} (NUL)`,
          await clientOf(operation).request(operation.method, nul, bodyFor(operation)),
          `querystring.${parameter.name}`,
        );
        const broken = base.replace(
          `${name}=${encodeURIComponent(value)}`,
          `${name}=${encodeURIComponent(value)}%ED%A0%80`,
        );
        check(
          failures,
          `${what} (surrogate bytes)`,
          await clientOf(operation).request(operation.method, broken, bodyFor(operation)),
        );
      }
      operation.pathParams.forEach((parameter, index) => {
        const segments = url.split('/');
        const position = pathParamPositions(operation.path)[index]!;
        const nul = [...segments];
        nul[position] = `${segments[position]}%00`;
        const broken = [...segments];
        broken[position] = `${segments[position]}%ED%A0%80`;
        const what = `${operation.method} ${operation.path} path ${parameter.name}`;
        pending.push(
          clientOf(operation)
            .request(operation.method, withRequiredQuery(operation, nul.join('/')), bodyFor(operation))
            .then((response) => check(failures, `${what} (NUL)`, response, `params.${parameter.name}`)),
          clientOf(operation)
            .request(operation.method, withRequiredQuery(operation, broken.join('/')), bodyFor(operation))
            .then((response) => check(failures, `${what} (surrogate bytes)`, response)),
        );
      });
      await Promise.all(pending.splice(0));
    }
    expect(failures).toEqual([]);
  });

  it('answers {} as the body of every POST, PUT and PATCH without a 500; an empty PATCH is a 400 naming the body', async () => {
    const failures: Failure[] = [];
    const changes = operations.filter((o) => ['POST', 'PUT', 'PATCH'].includes(o.method) && !o.isMultipart);
    expect(changes.length).toBeGreaterThan(withJsonBody.length);
    for (const operation of changes) {
      const url = withRequiredQuery(operation, urls.get(operation)!);
      // Signing out would end the sweep's session: that one goes through a session of its own.
      const response =
        operation.path === '/api/v1/auth/sign-out' || operation.path === '/api/v1/sso/sign-out'
          ? await (await signInAs(app, { email: 'bestuurder@delinde.demo', password: demoPassword })).request(
              'POST',
              url,
              '{}',
              { 'content-type': 'application/json' },
            )
          : await sendJson(operation, url, '{}');
      const what = `${operation.method} ${operation.path} {}`;
      if (response.statusCode >= 500)
        failures.push(`${what} → ${response.statusCode} ${response.body.slice(0, 200)}`);
      if (operation.method === 'PATCH') {
        const problem = response.json<{ code: string; errors?: { field: string; code: string }[] }>();
        if (
          response.statusCode !== 400 ||
          !problem.errors?.some((e) => e.field === 'body' && e.code === 'noChanges')
        )
          failures.push(
            `${what} → ${response.statusCode}, not a 400 naming the body: ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('takes odd multipart uploads (NUL in the file name, NUL and broken UTF-8 in a CSV cell) without a 500', async () => {
    const failures: Failure[] = [];
    const uploads = operations.filter(
      (operation) => operation.isMultipart || operation.path === '/api/v1/files',
    );
    expect(uploads.length).toBeGreaterThanOrEqual(5);
    for (const operation of uploads) {
      const purpose: Record<string, string> = operation.path === '/api/v1/files' ? { purpose: 'image' } : {};
      const url = withRequiredQuery(operation, urls.get(operation)!, purpose);
      const what = `${operation.method} ${operation.path}`;
      const { type, content } = uploadFor(operation.path);
      const variants: [string, string, Buffer][] = [
        ['NUL in the file name', `filename="sw\u0000eep.${type.extension}"`, content],
        ['NUL in the encoded file name', `filename*=UTF-8''sw%00eep.${type.extension}`, content],
      ];
      if (type.extension === 'csv')
        variants.push(
          [
            'NUL in a cell',
            'filename="cells.csv"',
            Buffer.from(content.toString().replace('Sweep', 'Sw\u0000eep')),
          ],
          [
            'surrogate bytes in a cell',
            'filename="cells.csv"',
            Buffer.concat([content, Buffer.from([0xed, 0xa0, 0x80, 0x0a])]),
          ],
        );
      for (const [variant, disposition, body] of variants) {
        const payload = Buffer.concat([
          Buffer.from(
            `--sweep\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: ${type.mime}\r\n\r\n`,
          ),
          body,
          Buffer.from('\r\n--sweep--\r\n'),
        ]);
        const response = await clientOf(operation).request('POST', url, payload, {
          'content-type': 'multipart/form-data; boundary=sweep',
        });
        // A name is text the route stores: refused by name. A cell is the parser's to judge (400 or 415).
        check(
          failures,
          `${what} upload, ${variant}`,
          response,
          variant.includes('name') ? 'file' : undefined,
        );
      }
      const cut = await clientOf(operation).request(
        'POST',
        url,
        '--sweep\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nab',
        { 'content-type': 'multipart/form-data; boundary=sweep' },
      );
      check(failures, `${what} truncated multipart`, cut);
      const noBoundary = await clientOf(operation).request('POST', url, 'abc', {
        'content-type': 'multipart/form-data',
      });
      check(failures, `${what} multipart without boundary`, noBoundary);
    }
    expect(failures).toEqual([]);
  });

  it('refuses NUL in a header the app reads (the user agent at sign-in) with a 400 naming it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'user-agent': 'Sweep\u0000Browser' },
      payload: { email: 'bestuurder@delinde.demo', password: demoPassword },
    });
    const failures: Failure[] = [];
    check(failures, 'sign-in user-agent', response as Response, 'headers.user-agent');
    expect(failures).toEqual([]);
  });

  it('left the sweeping owner signed in and able to work (so no request above was a silent 401)', async () => {
    expect((await owner.get('/api/v1/me')).statusCode).toBe(200);
    expect((await employee.get('/api/v1/me')).statusCode).toBe(200);
  });
});

/** A file each upload takes, so the odd part (the name, a cell) is what gets refused, not the file. */
function uploadFor(path: string) {
  if (path.includes('/imports/people'))
    return {
      type: { extension: 'csv', mime: 'text/csv' },
      content: Buffer.from(
        'Personeelsnummer;Voornaam;Achternaam;E-mail\n9002;Sweep;Test;sweep2@delinde.demo\n',
      ),
    };
  if (path.includes('/budgets/import'))
    return {
      type: { extension: 'csv', mime: 'text/csv' },
      content: Buffer.from('E-mail;Bedrag;Sweep\nmedewerker@delinde.demo;100;Sweep\n'),
    };
  if (path.includes('/requests/'))
    return { type: { extension: 'pdf', mime: 'application/pdf' }, content: Buffer.from('%PDF-1.4\n%%EOF\n') };
  return { type: { extension: 'png', mime: 'image/png' }, content: Buffer.from(onePixelPng, 'base64') };
}

function multipart(fileName: string, type: string, content: Buffer) {
  const boundary = 'sweepboundary';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** What the demo lacks but the sweep needs an id of: an open consultation, a token, uploads, an agreed action. */
async function createFixtures() {
  const made = async (what: string, call: Promise<Response>) => {
    const response = await call;
    if (response.statusCode >= 300)
      throw new Error(`fixture ${what}: ${response.statusCode} ${response.body}`);
    return response;
  };
  const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  await made(
    'consultation',
    owner.post('/api/v1/consultations', {
      title: 'Sweep',
      subjectKind: 'goal_set',
      audienceKind: 'everyone',
      closesAt,
    }),
  );
  await made('api token', owner.post('/api/v1/api-tokens', { name: 'Sweep', scopes: ['people:read'] }));
  // The demo's certificates and badges as credentials (the retroactive job), for the credentials paths.
  await runJob('credentials.issue', { db, config });
  const csv = multipart(
    'people.csv',
    'text/csv',
    Buffer.from('Personeelsnummer;Voornaam;Achternaam;E-mail\n9001;Sweep;Test;sweep@delinde.demo\n'),
  );
  await made(
    'import upload',
    owner.request('POST', '/api/v1/imports/people/uploads', csv.payload, csv.headers),
  );
  const { url: conversation } = await realPathFor(db, demo.id, '/api/v1/conversations/{id}');
  await made('agreed action', employee.post(`${conversation}/actions`, { title: 'Sweep' }));
  const { url: budgetRequest } = await realPathFor(db, demo.id, '/api/v1/budgets/requests/{id}');
  const pdf = multipart('quote.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
  await made(
    'quote',
    owner.request('POST', `${budgetRequest}/files?purpose=quote`, pdf.payload, pdf.headers),
  );
  const png = multipart('pixel.png', 'image/png', Buffer.from(onePixelPng, 'base64'));
  await made('image', owner.request('POST', '/api/v1/files?purpose=image', png.payload, png.headers));
  await createIntegrationFixtures(made);
}

/** The integrations and talent rounds the demo has none of, made through the API as an owner would. */
async function createIntegrationFixtures(made: (what: string, call: Promise<Response>) => Promise<Response>) {
  const tool = await made(
    'lti tool',
    owner.post('/api/v1/lti/tools', {
      name: 'Sweep tool',
      loginUrl: 'https://tool.example/login',
      launchUrl: 'https://tool.example/launch',
      publicJwk: { kty: 'RSA', n: 'sweep', e: 'AQAB' },
    }),
  );
  await made(
    'lti item',
    owner.post('/api/v1/lti/items', { toolId: tool.json<{ id: string }>().id, title: 'Sweep' }),
  );
  await made('scim token', owner.post('/api/v1/scim/tokens', { name: 'Sweep' }));
  // A public address literal: no name lookup, and not private.
  await made(
    'webhook',
    owner.post('/api/v1/webhooks', { url: 'https://93.184.216.34/hook', events: ['person.left'] }),
  );
  await made('organisation export', owner.post('/api/v1/privacy/organisation-exports'));
  const { id: leaver } = await db
    .selectFrom('people')
    .select('id')
    .where('organisation_id', '=', demo.id)
    .where(
      'email',
      'not in',
      ['bestuurder', 'hr', 'leren', 'teamleider', 'medewerker'].map((n) => `${n}@delinde.demo`),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('people as report').select('report.id').whereRef('report.manager_id', '=', 'people.id'),
        ),
      ),
    )
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  await made('leaver', owner.post(`/api/v1/people/${leaver}/deactivate`, {}));
  const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await made(
    'talent round',
    owner.post('/api/v1/talent/rounds', {
      title: 'Sweep',
      criteria: { roles: ['manager'] },
      reviewDeadline: deadline,
    }),
  );
}

/** Where each {param} sits among the URL's /-separated segments. */
function pathParamPositions(template: string): number[] {
  return template
    .split('/')
    .map((segment, index) => (segment.startsWith('{') ? index : -1))
    .filter((index) => index >= 0);
}

/** A body the route would take, so a parameter check is not hidden behind a missing body. */
function bodyFor(operation: SweepOperation): unknown {
  if (operation.method === 'GET' || operation.method === 'DELETE') return undefined;
  return operation.jsonBody ? sampleOf(operation.jsonBody, document, pickId) : undefined;
}
