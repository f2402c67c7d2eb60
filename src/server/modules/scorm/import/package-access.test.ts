import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { scormFixtures } from '../fixtures/scorm-packages.ts';
import { uploadPackage } from '../fixtures/upload.ts';

// Every package route, one rule per row: a wrong field is named (400), an employee may not manage
// packages (403), and another organisation's L&D does not find the package at all (404).

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let contentId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const uploaded = await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']());
  contentId = uploaded.json<{ contentId: string }>().contentId;
});

type Call = (client: Client) => ReturnType<Client['get']>;
const routes: { name: string; call: Call }[] = [
  { name: 'GET /scorm/packages/:id', call: (c) => c.get(`/api/v1/scorm/packages/${contentId}`) },
  {
    name: 'PUT /scorm/packages/:id/settings',
    call: (c) => c.put(`/api/v1/scorm/packages/${contentId}/settings`, { attemptRule: 'resume' }),
  },
  {
    name: 'POST /scorm/packages/:id/versions',
    call: (c) =>
      uploadPackage(c, scormFixtures['scorm12-single'](), {
        url: `/api/v1/scorm/packages/${contentId}/versions?midway=keep`,
      }),
  },
  {
    name: 'GET /scorm/packages/:id/report',
    call: (c) => c.get(`/api/v1/scorm/packages/${contentId}/report`),
  },
  {
    name: 'GET /scorm/packages/:id/report/export',
    call: (c) => c.get(`/api/v1/scorm/packages/${contentId}/report/export`),
  },
];

describe.each(routes)('$name', ({ call }) => {
  it('answers an employee 403', async () => {
    expect((await call(org.as.employee)).statusCode).toBe(403);
  });

  it('answers another organisation’s L&D 404', async () => {
    expect((await call(other.as.ldAdmin)).statusCode).toBe(404);
  });
});

describe('wrong input names the field', () => {
  const fields = (response: { json: () => { errors?: { field: string }[] } }) =>
    response.json().errors?.map((error) => error.field);

  it.each([
    {
      name: 'settings: limited without a maximum',
      call: (c: Client) =>
        c.put(`/api/v1/scorm/packages/${contentId}/settings`, { attemptRule: 'limited', maxAttempts: null }),
      field: 'maxAttempts',
    },
    {
      name: 'settings: an unknown rule',
      call: (c: Client) => c.put(`/api/v1/scorm/packages/${contentId}/settings`, { attemptRule: 'twice' }),
      field: 'attemptRule',
    },
    {
      name: 'new version: no midway choice',
      call: (c: Client) =>
        uploadPackage(c, scormFixtures['scorm12-single'](), {
          url: `/api/v1/scorm/packages/${contentId}/versions`,
        }),
      field: 'querystring.midway',
    },
    {
      name: 'launch: a SCO id that is too long',
      call: (c: Client) => c.post(`/api/v1/scorm/${contentId}/launch`, { scoId: 'x'.repeat(256) }),
      field: 'scoId',
    },
  ])('$name', async ({ call, field }) => {
    const response = await call(org.as.ldAdmin);
    expect(response.statusCode, response.body).toBe(400);
    expect(fields(response)).toContain(field);
  });
});
