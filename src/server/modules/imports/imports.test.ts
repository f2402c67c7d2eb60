import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { dutchPeopleCsv } from './fixtures.ts';

const { app, db } = await startTestApp();
type Org = Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

const uploadsUrl = '/api/v1/imports/people/uploads';

/** POSTs a file as multipart/form-data, the way a browser's FormData does. */
function upload(client: Client, fileName: string, content: string | Buffer | Uint8Array, field = 'file') {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', uploadsUrl, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

async function uploaded(client: Client, fileName: string, content: string | Buffer) {
  const response = await upload(client, fileName, content);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const header =
  'Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Functie;Afdelingscode;Afdeling;' +
  'Bovenliggende afdelingscode;Leidinggevende;Datum in dienst;Datum uit dienst;Taal';
/** A Dutch Excel CSV: BOM, ";", CRLF. */
const dutchCsv = (...lines: string[]) => `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;

const firstFile = dutchCsv(
  '1001;Zoë;;Çelik;Zoe.Celik@Example.test;Verpleegkundige;T-ZUID;Team Zuid;ZORG;1003;01-03-2021;;nl',
  '1002;Jan;van der;Berg;jan.vanderberg@example.test;"Verzorgende IG; nacht";NOORD;;;1003;1-9-2019;;',
  '1003;Anders;;Ångström;anders.angstrom@example.test;Teamleider;ZORG;Zorg en Welzijn;;;15-01-2010;;en',
);

const peopleOf = (database: Db, organisationId: string) =>
  forOrganisation(database, organisationId)
    .selectFrom('people')
    .select(['id', 'email', 'employee_number', 'job_title', 'status', 'manager_id', 'org_unit_id'])
    .orderBy('email')
    .execute();

async function preview(client: Client, uploadId: string, mapping: unknown, deactivateMissing = false) {
  return client.post(`${uploadsUrl}/${uploadId}/preview`, { mapping, deactivateMissing });
}
async function apply(client: Client, uploadId: string, mapping: unknown, deactivateMissing = false) {
  return client.post(`${uploadsUrl}/${uploadId}/apply`, { mapping, deactivateMissing });
}

describe('importing a Dutch Excel CSV', () => {
  let org: Org;

  it('reads the upload and suggests the mapping from the Dutch headers', async () => {
    org = await buildOrganisationWithRoles(app, db);
    const file = await uploaded(org.as.hrAdmin, 'medewerkers.csv', firstFile);
    expect(file).toMatchObject({
      fileName: 'medewerkers.csv',
      kind: 'csv',
      encoding: 'utf-8',
      separator: ';',
      rowCount: 3,
      isMappingRemembered: false,
      suggestedMapping: {
        employeeNumber: 'Personeelsnummer',
        email: 'E-mailadres',
        givenName: 'Voornaam',
        familyNamePrefix: 'Tussenvoegsel',
        familyName: 'Achternaam',
        jobTitle: 'Functie',
        unitCode: 'Afdelingscode',
        unitName: 'Afdeling',
        parentUnitCode: 'Bovenliggende afdelingscode',
        managerEmployeeNumber: 'Leidinggevende',
        startDate: 'Datum in dienst',
        endDate: 'Datum uit dienst',
        locale: 'Taal',
      },
    });
    expect(file.headers[0]).toBe('Personeelsnummer');
    expect(file.sampleRows[1]).toEqual({
      line: 3,
      cells: [
        '1002',
        'Jan',
        'van der',
        'Berg',
        'jan.vanderberg@example.test',
        'Verzorgende IG; nacht',
        'NOORD',
        '',
        '',
        '1003',
        '1-9-2019',
        '',
        '',
      ],
    });
  });

  it('previews, imports, and resolves managers and units that appear later in the file', async () => {
    const file = await uploaded(org.as.hrAdmin, 'medewerkers.csv', firstFile);
    const checked = await preview(org.as.hrAdmin, file.uploadId, file.suggestedMapping);
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({
      ok: true,
      errors: [],
      summary: { create: 3, update: 0, unchanged: 0, deactivate: 0, unitsCreated: 2 },
    });
    // A preview writes nothing.
    expect((await org.as.hrAdmin.get('/api/v1/people?q=1001')).json().total).toBe(0);

    const applied = await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().summary).toMatchObject({ create: 3, unitsCreated: 2 });

    const jan = (await org.as.hrAdmin.get('/api/v1/people?q=1002')).json().items[0];
    expect(jan).toMatchObject({
      displayName: 'Jan van der Berg',
      familyNamePrefix: 'van der',
      jobTitle: 'Verzorgende IG; nacht',
      startDate: '2019-09-01',
      orgUnit: { id: org.unit.id, name: 'Team Noord' },
      manager: { name: 'Anders Ångström' },
      locale: null,
      status: 'active',
    });
    const zoe = (await org.as.hrAdmin.get('/api/v1/people?q=zoe%20celik')).json().items[0];
    expect(zoe).toMatchObject({
      email: 'zoe.celik@example.test',
      displayName: 'Zoë Çelik',
      startDate: '2021-03-01',
    });
    expect(zoe.orgUnit.name).toBe('Team Zuid');

    const units = (await org.as.hrAdmin.get('/api/v1/org-units')).json() as {
      id: string;
      code: string | null;
      name: string;
      parentId: string | null;
      kind: string;
    }[];
    const zorg = units.find((unit) => unit.code === 'ZORG')!;
    expect(zorg).toMatchObject({ name: 'Zorg en Welzijn', parentId: null, kind: 'division' });
    expect(units.find((unit) => unit.code === 'T-ZUID')).toMatchObject({ parentId: zorg.id, kind: 'team' });

    const events = (await org.as.owner.get('/api/v1/events?action=import.people.applied')).json();
    expect(events.total).toBe(1);
    expect(events.items[0]).toMatchObject({
      subjectType: 'import',
      subjectId: file.uploadId,
      actor: { kind: 'person', id: org.people.hrAdmin.id },
      changes: { fileName: 'medewerkers.csv', create: 3, update: 0, unitsCreated: 2 },
    });
  });

  it('refuses to apply the same upload twice (409)', async () => {
    const file = await uploaded(org.as.hrAdmin, 'x.csv', dutchCsv());
    expect((await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping)).statusCode).toBe(200);
    const again = await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
  });

  it('remembers the mapping and updates people on a second import instead of adding them again', async () => {
    const before = await peopleOf(db, org.organisation.id);
    const secondFile = [
      'Medewerker-ID;Mail;Roepnaam;Achternaam;Functie;Datum in dienst',
      '1001;zoe.celik@example.test;Zoë;Çelik;Senior verpleegkundige;01-03-2021',
      // Matched on e-mail: gets an employee number.
      `;${org.people.hrAdmin.email};Hanna;Tester;HR-adviseur;`,
      '1004;nieuw@example.test;Noor;de Wit;Helpende;2-2-2024',
    ].join('\n');
    const file = await uploaded(org.as.hrAdmin, 'tweede.csv', secondFile);
    // Headers not seen before are not suggested from the old mapping; the known ones are.
    expect(file.isMappingRemembered).toBe(true);
    expect(file.suggestedMapping).toMatchObject({ familyName: 'Achternaam', jobTitle: 'Functie' });
    const mapping = {
      ...file.suggestedMapping,
      employeeNumber: 'Medewerker-ID',
      email: 'Mail',
      givenName: 'Roepnaam',
    };
    const checked = (await preview(org.as.hrAdmin, file.uploadId, mapping)).json();
    expect(checked.summary).toMatchObject({ create: 1, update: 2, deactivate: 0 });
    expect(checked.changes).toContainEqual(
      expect.objectContaining({ line: 2, action: 'update', fields: ['job_title'] }),
    );
    const applied = await apply(org.as.hrAdmin, file.uploadId, mapping);
    expect(applied.statusCode, applied.body).toBe(200);

    const after = await peopleOf(db, org.organisation.id);
    expect(after).toHaveLength(before.length + 1);
    const zoe = after.find((person) => person.email === 'zoe.celik@example.test')!;
    expect(zoe).toMatchObject({ job_title: 'Senior verpleegkundige', employee_number: '1001' });
    // Unmapped columns (manager, unit) are kept as they were.
    const zoeBefore = before.find((person) => person.email === 'zoe.celik@example.test')!;
    expect(zoe.manager_id).toBe(zoeBefore.manager_id);
    expect(zoe.org_unit_id).toBe(zoeBefore.org_unit_id);
    // Roles are not the import's business.
    const hanna = (await org.as.hrAdmin.get(`/api/v1/people/${org.people.hrAdmin.id}`)).json();
    expect(hanna).toMatchObject({ jobTitle: 'HR-adviseur', roles: ['hr_admin'] });

    const next = await uploaded(org.as.hrAdmin, 'derde.csv', secondFile);
    expect(next.suggestedMapping).toEqual(mapping);
  });
});

describe('files as other tools write them', () => {
  it('reads a Windows-1252 CSV with commas and a full-name column, splitting off the tussenvoegsel', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const text =
      'Naam,E-mail,Afdeling\r\n"Berg, Jan van der",jan@example.test,Team Noord\r\nRené Ångström,rene@example.test,\r\n';
    // Excel NL's "CSV (gescheiden door lijstscheidingsteken)" writes Windows-1252, not UTF-8.
    const content = Buffer.from([...text].map((char) => char.charCodeAt(0)));
    const file = await uploaded(org.as.hrAdmin, 'oud-excel.csv', content);
    expect(file).toMatchObject({ encoding: 'windows-1252', separator: ',' });
    expect(file.suggestedMapping).toEqual({ fullName: 'Naam', email: 'E-mail', unitName: 'Afdeling' });
    const applied = await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping);
    expect(applied.statusCode, applied.body).toBe(200);
    const jan = (await org.as.hrAdmin.get('/api/v1/people?q=jan@example.test')).json().items[0];
    expect(jan).toMatchObject({
      givenName: 'Jan',
      familyNamePrefix: 'van der',
      familyName: 'Berg',
      orgUnit: { id: org.unit.id },
    });
    const rene = (await org.as.hrAdmin.get('/api/v1/people?q=rene@example.test')).json().items[0];
    expect(rene).toMatchObject({ displayName: 'René Ångström', orgUnit: null });
  });
});

describe('deactivating people who are not in the file', () => {
  it('happens only when asked, never to the person importing, and signs the leavers out', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const file = await uploaded(
      org.as.hrAdmin,
      'alleen-mila.csv',
      dutchCsv(`;Mila;;Tester;${org.people.manager.email};Teamleider;;;;;;;`),
    );
    const mapping = file.suggestedMapping;
    expect((await preview(org.as.hrAdmin, file.uploadId, mapping, false)).json().summary).toMatchObject({
      update: 1,
      deactivate: 0,
    });
    const asked = (await preview(org.as.hrAdmin, file.uploadId, mapping, true)).json();
    // owner, L&D admin and employee; not Hanna (importing) and not Mila (in the file).
    expect(asked.summary.deactivate).toBe(3);
    expect(asked.changes.filter((c: { action: string }) => c.action === 'deactivate')).toHaveLength(3);

    expect((await apply(org.as.hrAdmin, file.uploadId, mapping, true)).statusCode).toBe(200);
    const people = await peopleOf(db, org.organisation.id);
    const statusOf = (id: string) => people.find((person) => person.id === id)!.status;
    expect(statusOf(org.people.employee.id)).toBe('left');
    expect(statusOf(org.people.owner.id)).toBe('left');
    expect(statusOf(org.people.hrAdmin.id)).toBe('active');
    expect(statusOf(org.people.manager.id)).toBe('active');
    expect((await org.as.employee.get('/api/v1/me')).statusCode).toBe(401);
  });
});

/** Changes one cell of one line of a CSV (by header), keeping the quoting right. */
function editCsv(csv: string, edits: { line: number; column: string; value: string }[]) {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const headers = lines[0]!.split(';');
  for (const edit of edits) {
    const cells = (parse(lines[edit.line - 1]!, { delimiter: ';' }) as string[][])[0]!;
    cells[headers.indexOf(edit.column)] = edit.value;
    lines[edit.line - 1] = cells
      .map((cell) => (/[;"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
      .join(';');
  }
  return `\uFEFF${lines.join('\r\n')}`;
}
const cellOf = (csv: string, line: number, column: string) => {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const cells = (parse(lines[line - 1]!, { delimiter: ';' }) as string[][])[0]!;
  return cells[lines[0]!.split(';').indexOf(column)]!;
};

describe('a file with problems', () => {
  it('is rejected as a whole, listing every problem by line and column, and changes nothing', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const good = dutchPeopleCsv({ rows: 300, seed: 7 });
    const broken = editCsv(dutchPeopleCsv({ rows: 300, seed: 7, brokenLine: 57 }), [
      { line: 80, column: 'E-mailadres', value: '' },
      { line: 91, column: 'E-mailadres', value: cellOf(good, 90, 'E-mailadres').toUpperCase() },
      { line: 100, column: 'Leidinggevende', value: '999999' },
      { line: 120, column: 'Leidinggevende', value: cellOf(good, 121, 'Personeelsnummer') },
      { line: 121, column: 'Leidinggevende', value: cellOf(good, 120, 'Personeelsnummer') },
    ]);
    const before = await peopleOf(db, org.organisation.id);
    const file = await uploaded(org.as.hrAdmin, 'hr-export.csv', broken);
    expect(file.rowCount).toBe(300);

    const checked = (await preview(org.as.hrAdmin, file.uploadId, file.suggestedMapping)).json();
    expect(checked.ok).toBe(false);
    const expected = [
      {
        line: 57,
        column: 'Datum in dienst',
        field: 'startDate',
        code: 'invalid_date',
        params: { value: '31-02-2023' },
      },
      { line: 80, column: 'E-mailadres', field: 'email', code: 'required' },
      {
        line: 91,
        column: 'E-mailadres',
        field: 'email',
        code: 'duplicate',
        params: { value: expect.any(String), line: 90 },
      },
      {
        line: 100,
        column: 'Leidinggevende',
        field: 'managerEmployeeNumber',
        code: 'unknown_manager',
        params: { value: '999999' },
      },
      {
        line: 120,
        column: 'Leidinggevende',
        field: 'managerEmployeeNumber',
        code: 'manager_loop',
        params: { chain: expect.any(String) },
      },
      {
        line: 121,
        column: 'Leidinggevende',
        field: 'managerEmployeeNumber',
        code: 'manager_loop',
        params: { chain: expect.any(String) },
      },
    ].map((problem) => ({ ...problem, message: expect.any(String) }));
    expect(checked.errors).toEqual(expected);
    expect(checked.errorCount).toBe(6);

    const applied = await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping);
    expect(applied.statusCode).toBe(400);
    const problem = applied.json();
    expect(problem.code).toBe('import_rejected');
    expect(problem.detail).toContain('hr-export.csv');
    expect(problem.detail).toContain('line 57');
    expect(problem.errors).toEqual(expected);

    expect(await peopleOf(db, org.organisation.id)).toEqual(before);
    const units = (await org.as.hrAdmin.get('/api/v1/org-units')).json();
    expect(units).toHaveLength(1);
    expect((await org.as.owner.get('/api/v1/events?action=import.people.applied')).json().total).toBe(0);

    // The same file without the problems goes in whole: 300 people, a three-level unit tree.
    const fixed = await uploaded(org.as.hrAdmin, 'hr-export.csv', good);
    const result = await apply(org.as.hrAdmin, fixed.uploadId, fixed.suggestedMapping);
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json().summary).toMatchObject({ create: 300, update: 0 });
    expect(await peopleOf(db, org.organisation.id)).toHaveLength(before.length + 300);
  });

  it('answers what is wrong with the mapping itself', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const file = await uploaded(org.as.hrAdmin, 'x.csv', firstFile);
    const checked = (
      await preview(org.as.hrAdmin, file.uploadId, { email: 'Mail', givenName: 'Voornaam' })
    ).json();
    expect(checked.ok).toBe(false);
    expect(checked.errors).toEqual([
      {
        line: null,
        column: 'Mail',
        field: 'email',
        message: 'this column is not in the file',
        code: 'column_missing',
      },
      {
        line: null,
        column: null,
        field: 'familyName',
        message: expect.stringContaining('map a column'),
        code: 'field_not_mapped',
      },
    ]);
    const applied = await apply(org.as.hrAdmin, file.uploadId, { email: 'Mail', givenName: 'Voornaam' });
    expect(applied.json()).toMatchObject({ code: 'import_rejected', errors: checked.errors });
    const unknownField = await apply(org.as.hrAdmin, file.uploadId, { email: 'E-mailadres', shoeSize: 'x' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().code).toBe('validation_failed');
  });

  it('refuses a file whose content is not CSV or XLSX with 415 naming the file, whatever its name', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const response = await upload(org.as.hrAdmin, 'medewerkers.csv', png);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_file' });
    expect(response.json().detail).toContain('medewerkers.csv');
  });

  it('refuses a file over 20 MB with 413', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const response = await upload(org.as.hrAdmin, 'big.csv', Buffer.alloc(21 * 1024 * 1024, 'a;b\n'));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('answers 400 naming the field when no file is sent', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const response = await upload(org.as.hrAdmin, 'x.csv', firstFile, 'document');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('file');
  });
});

describe('exporting', () => {
  it('writes a Dutch Excel CSV in the import columns that imports back unchanged', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    await buildPerson(db, org.organisation.id, {
      givenName: 'Jeroen',
      familyNamePrefix: 'van der',
      familyName: 'Meer',
      email: 'jeroen@example.test',
      employeeNumber: 'E-100',
      startDate: '2020-02-01',
      managerId: org.people.manager.id,
      orgUnitId: org.unit.id,
      jobTitle: '=gevaarlijk',
    });
    const response = await org.as.hrAdmin.get('/api/v1/exports/people?format=csv&language=nl');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="medewerkers-.*\.csv"/);
    const csv = response.rawPayload.toString('utf8');
    expect(csv.startsWith('\uFEFFPersoneelsnummer;E-mailadres;Voornaam;Tussenvoegsel;Achternaam;')).toBe(
      true,
    );
    expect(csv).toContain(
      `E-100;jeroen@example.test;Jeroen;van der;Meer;'=gevaarlijk;NOORD;Team Noord;;;${org.people.manager.email};01-02-2020;;`,
    );

    const file = await uploaded(org.as.hrAdmin, 'export.csv', response.rawPayload);
    const checked = (await preview(org.as.hrAdmin, file.uploadId, file.suggestedMapping)).json();
    expect(checked).toMatchObject({ ok: true, summary: { create: 0, update: 0, unchanged: 6 } });
  });

  it('writes XLSX that imports back unchanged', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    await buildPerson(db, org.organisation.id, {
      givenName: 'Zoë',
      familyName: 'Çelik',
      email: 'zoe@example.test',
      employeeNumber: '00123',
      startDate: '2019-12-31',
      locale: 'en',
    });
    const response = await org.as.hrAdmin.get('/api/v1/exports/people?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Named .csv on purpose: the content decides.
    const file = await uploaded(org.as.hrAdmin, 'export.csv', response.rawPayload);
    expect(file.kind).toBe('xlsx');
    expect(file.sampleRows.map((row: { cells: string[] }) => row.cells[0])).toContain('00123');
    const checked = (await preview(org.as.hrAdmin, file.uploadId, file.suggestedMapping)).json();
    expect(checked).toMatchObject({ ok: true, summary: { create: 0, update: 0, unchanged: 6 } });
    expect((await apply(org.as.hrAdmin, file.uploadId, file.suggestedMapping)).statusCode).toBe(200);
  });
});

describe('who may import and export', () => {
  it('answers 401 signed out, 403 to employees and L&D admins, 404 for an upload of another organisation', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const other = await buildOrganisationWithRoles(app, db);
    const file = await uploaded(org.as.hrAdmin, 'x.csv', firstFile);
    const { uploadId, suggestedMapping: mapping } = file;

    expect((await upload(org.anonymous, 'x.csv', firstFile)).statusCode).toBe(401);
    expect((await org.anonymous.get('/api/v1/exports/people')).statusCode).toBe(401);
    for (const client of [org.as.employee, org.as.manager, org.as.ldAdmin]) {
      expect((await upload(client, 'x.csv', firstFile)).statusCode).toBe(403);
      expect((await preview(client, uploadId, mapping)).statusCode).toBe(403);
      expect((await apply(client, uploadId, mapping)).statusCode).toBe(403);
      expect((await client.get('/api/v1/exports/people')).statusCode).toBe(403);
    }
    expect((await preview(other.as.owner, uploadId, mapping)).statusCode).toBe(404);
    const foreign = await apply(other.as.owner, uploadId, mapping);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    // The owner may, and the upload is still there to import.
    expect((await apply(org.as.owner, uploadId, mapping)).statusCode).toBe(200);
  });
});
