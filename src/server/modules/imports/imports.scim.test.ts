import { describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// The HR import and SCIM together (docs/INTEGRATIONS.md): a line that would change a field the identity
// provider manages for a SCIM-managed person is refused naming the line and the field; nothing is
// imported. Unchanged values pass, and "deactivate who is missing" leaves SCIM's people alone.
const { app, db } = await startTestApp();
const uploadsUrl = '/api/v1/imports/people/uploads';

function upload(client: Client, fileName: string, content: string) {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', uploadsUrl, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const header = 'Personeelsnummer;Voornaam;Achternaam;E-mailadres;Functie;Leidinggevende';
const csv = (...lines: string[]) => `${[header, ...lines].join('\r\n')}\r\n`;
const mapping = {
  employeeNumber: 'Personeelsnummer',
  givenName: 'Voornaam',
  familyName: 'Achternaam',
  email: 'E-mailadres',
  jobTitle: 'Functie',
  managerEmployeeNumber: 'Leidinggevende',
};
type Problem = { line: number; column: string | null; field: string; code: string; message: string };

async function setUp() {
  const org = await buildOrganisationWithRoles(app, db);
  const token = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Entra ID' })).json<{
    token: string;
  }>().token;
  const created = await app.inject({
    method: 'POST',
    url: '/scim/v2/Users',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    payload: JSON.stringify({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      userName: 'noor.scim@zorg.test',
      name: { givenName: 'Noor', familyName: 'Bakker' },
      emails: [{ primary: true, value: 'noor.scim@zorg.test' }],
      title: 'Verpleegkundige',
      active: true,
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: 'S-1' },
    }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const scimId = created.json<{ id: string }>().id;
  // The manager, by employee number, for the manager column.
  await forOrganisation(db, org.organisation.id)
    .updateTable('people')
    .set({ employee_number: 'M-1' })
    .where('id', '=', org.people.manager.id)
    .execute();
  return { org, scimId };
}

const personOf = (id: string) =>
  db
    .selectFrom('people')
    .select(['job_title', 'manager_id', 'given_name', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

async function check(client: Client, content: string, deactivateMissing = false) {
  const file = await upload(client, 'medewerkers.csv', content);
  expect(file.statusCode, file.body).toBe(201);
  const { uploadId } = file.json<{ uploadId: string }>();
  const preview = await client.post(`${uploadsUrl}/${uploadId}/preview`, { mapping, deactivateMissing });
  const apply = await client.post(`${uploadsUrl}/${uploadId}/apply`, { mapping, deactivateMissing });
  return { preview, apply };
}

describe('the HR import and a SCIM-managed person', () => {
  it('refuses a line changing their job title or manager, naming line and field; nothing is imported', async () => {
    const { org, scimId } = await setUp();
    const { preview, apply } = await check(
      org.as.hrAdmin,
      csv(
        `E-9;Emre;Nieuw;${org.people.employee.email};Helpende;`,
        'S-1;Noor;Bakker;noor.scim@zorg.test;Teamleider;M-1',
      ),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const checked = preview.json<{ ok: boolean; errors: Problem[] }>();
    expect(checked.ok).toBe(false);
    expect(checked.errors).toEqual([
      expect.objectContaining({ line: 3, field: 'jobTitle', column: 'Functie', code: 'scim_managed' }),
      expect.objectContaining({
        line: 3,
        field: 'managerEmployeeNumber',
        column: 'Leidinggevende',
        code: 'scim_managed',
      }),
    ]);
    expect(checked.errors[0]!.message).toContain('Noor Bakker');

    expect(apply.statusCode).toBe(400);
    expect(apply.json<{ code: string; detail: string }>()).toMatchObject({ code: 'import_rejected' });
    expect(apply.json<{ detail: string }>().detail).toMatch(/line 3, column "Functie"/);
    expect(await personOf(scimId)).toMatchObject({ job_title: 'Verpleegkundige', manager_id: null });
    // The other line, fine in itself, was not imported either.
    expect((await personOf(org.people.employee.id)).job_title).not.toBe('Helpende');
  });

  it('lets through a line with their values unchanged, and the other lines change', async () => {
    const { org, scimId } = await setUp();
    const { preview, apply } = await check(
      org.as.hrAdmin,
      csv(
        'S-1;Noor;Bakker;noor.scim@zorg.test;Verpleegkundige;',
        `E-9;Emre;Nieuw;${org.people.employee.email};Helpende;M-1`,
      ),
    );
    expect(preview.json<{ ok: boolean }>().ok, preview.body).toBe(true);
    expect(apply.statusCode, apply.body).toBe(200);
    expect((await personOf(org.people.employee.id)).job_title).toBe('Helpende');
    expect(await personOf(scimId)).toMatchObject({ job_title: 'Verpleegkundige', status: 'active' });
  });

  it('"deactivate who is missing" leaves the people SCIM manages to the identity provider', async () => {
    const { org, scimId } = await setUp();
    const people = [org.people.owner, org.people.hrAdmin, org.people.ldAdmin, org.people.manager];
    const { preview, apply } = await check(
      org.as.hrAdmin,
      csv(...people.map((person, i) => `P-${i};Naam;Achternaam;${person.email};;`)),
      true,
    );
    expect(preview.json<{ ok: boolean }>().ok, preview.body).toBe(true);
    expect(apply.statusCode, apply.body).toBe(200);
    expect((await personOf(org.people.employee.id)).status).not.toBe('active');
    expect((await personOf(scimId)).status).toBe('active');
  });
});
