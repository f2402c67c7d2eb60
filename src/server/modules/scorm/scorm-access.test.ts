import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { scormFixtures } from './fixtures/scorm-packages.ts';
import { uploadPackage } from './fixtures/upload.ts';

// Every SCORM endpoint, the four ways in from outside: another organisation gets 404, a role without
// the right 403, bad input 400 naming the field, and no session 401.

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let contentId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  contentId = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json().contentId;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });
});

type Call = (
  client: Client,
  id: string,
) => Promise<{ statusCode: number; json(): { errors?: { field: string }[] } }>;
const zip = () => scormFixtures['scorm12-single']();
const endpoints: Record<string, { call: Call; forbidden: 'employee' | null }> = {
  'GET package': { call: (client, id) => client.get(`/api/v1/scorm/packages/${id}`), forbidden: 'employee' },
  'PUT settings': {
    call: (client, id) => client.put(`/api/v1/scorm/packages/${id}/settings`, { attemptRule: 'resume' }),
    forbidden: 'employee',
  },
  'POST version': {
    call: (client, id) =>
      uploadPackage(client, zip(), { url: `/api/v1/scorm/packages/${id}/versions?midway=keep` }),
    forbidden: 'employee',
  },
  'GET report': {
    call: (client, id) => client.get(`/api/v1/scorm/packages/${id}/report`),
    forbidden: 'employee',
  },
  'GET export': {
    call: (client, id) => client.get(`/api/v1/scorm/packages/${id}/report/export?format=csv`),
    forbidden: 'employee',
  },
  'POST launch': { call: (client, id) => client.post(`/api/v1/scorm/${id}/launch`, {}), forbidden: null },
};

describe('SCORM endpoints from outside', () => {
  for (const [name, { call, forbidden }] of Object.entries(endpoints))
    it(`${name}: 404 for another organisation, ${forbidden ? '403 for an employee, ' : ''}401 signed out, 400 for a bad id`, async () => {
      expect((await call(org.as.ldAdmin, contentId)).statusCode).not.toBeGreaterThanOrEqual(400);
      expect((await call(other.as.ldAdmin, contentId)).statusCode).toBe(404);
      expect((await call(other.as.employee, contentId)).statusCode).toBe(forbidden ? 403 : 404);
      if (forbidden) expect((await call(org.as[forbidden], contentId)).statusCode).toBe(403);
      expect((await call(org.anonymous, contentId)).statusCode).toBe(401);
      const bad = await call(org.as.ldAdmin, 'not-an-id');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors?.[0]?.field).toBe('params.id');
    });

  it('bad input names the field', async () => {
    const cases: [Promise<{ statusCode: number; json(): { errors: { field: string }[] } }>, string][] = [
      [
        org.as.ldAdmin.put(`/api/v1/scorm/packages/${contentId}/settings`, { attemptRule: 'often' }),
        'attemptRule',
      ],
      [
        uploadPackage(org.as.ldAdmin, zip(), {
          url: `/api/v1/scorm/packages/${contentId}/versions?midway=maybe`,
        }),
        'querystring.midway',
      ],
      [
        org.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}/report/export?format=pdf`),
        'querystring.format',
      ],
      [org.as.employee.post(`/api/v1/scorm/${contentId}/launch`, { newAttempt: 'yes' }), 'newAttempt'],
      [
        app.inject({
          method: 'POST',
          url: '/api/v1/scorm/commits',
          payload: { scoId: 'module', values: {} },
        }) as never,
        'token',
      ],
    ];
    for (const [response, field] of cases) {
      const answer = await response;
      expect(answer.statusCode, field).toBe(400);
      expect(answer.json().errors.map((error) => error.field)).toContain(field);
    }
  });
});
