import { beforeAll, describe, expect, it } from 'vitest';
import { thisYear } from '../test/calendar.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../test/test-app.ts';
import { uploadFile } from './multipart.ts';

// Issue 10, item 10: a PDF named .xlsx was read as CSV, and a common Dutch header for the manager's
// employee number was not recognised, so the import ran without managers and without checking them.

const { app, db } = await startTestApp();
const year = thisYear();
const peopleUploads = '/api/v1/imports/people/uploads';
const budgetPreview = `/api/v1/budgets/import/file/preview?year=${year}`;
let hr: Client;

beforeAll(async () => {
  hr = (await buildOrganisationWithRoles(app, db)).as.hrAdmin;
});

// A small, well-formed PDF: text-like enough to have passed the old "few control characters" check.
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  'latin1',
);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('binary files named as spreadsheets', () => {
  for (const [name, url] of [
    ['the HR import', peopleUploads],
    ['the budget import', budgetPreview],
  ] as const) {
    it(`are refused by ${name} as unsupported, naming the file`, async () => {
      const asXlsx = await uploadFile(hr, url, 'medewerkers.xlsx', pdf);
      expect(asXlsx.statusCode, asXlsx.body).toBe(415);
      expect(asXlsx.json()).toMatchObject({ code: 'unsupported_file' });
      expect(asXlsx.json<{ detail: string }>().detail).toMatch(/^medewerkers\.xlsx: this is a PDF document/);

      const asCsv = await uploadFile(hr, url, 'medewerkers.csv', png);
      expect(asCsv.statusCode, asCsv.body).toBe(415);
      expect(asCsv.json<{ detail: string }>().detail).toMatch(/^medewerkers\.csv: this is a PNG image/);
    });
  }
});

describe('a file whose manager column is headed "Leidinggevende (pers.nr)"', () => {
  const csv = [
    'Pers.nr.;Roepnaam;Achternaam;E-mail werk;Leidinggevende (pers.nr);Naam leidinggevende',
    '2001;Mila;Jansen;mila.jansen@example.test;;',
    '2002;Emre;Kaya;emre.kaya@example.test;2001;Mila Jansen',
    '2003;Noor;Smit;noor.smit@example.test;9999;Onbekend',
  ].join('\r\n');

  it('maps the manager column and checks that every manager exists', async () => {
    const upload = await uploadFile(hr, peopleUploads, 'afas-export.csv', csv);
    expect(upload.statusCode, upload.body).toBe(201);
    const { uploadId, suggestedMapping, columnHints } = upload.json<{
      uploadId: string;
      suggestedMapping: Record<string, string>;
      columnHints: { column: string; looksLike: string | null }[];
    }>();
    expect(suggestedMapping).toMatchObject({
      employeeNumber: 'Pers.nr.',
      givenName: 'Roepnaam',
      familyName: 'Achternaam',
      email: 'E-mail werk',
      managerEmployeeNumber: 'Leidinggevende (pers.nr)',
    });
    expect(columnHints).toContainEqual({ column: 'Naam leidinggevende', looksLike: 'manager' });

    const preview = await hr.post(`${peopleUploads}/${uploadId}/preview`, { mapping: suggestedMapping });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      ok: false,
      errors: [
        { line: 4, column: 'Leidinggevende (pers.nr)', code: 'unknown_manager', params: { value: '9999' } },
      ],
    });
  });

  it('names a manager column left unmapped, so the preview can warn before people lose their manager', async () => {
    const upload = (await uploadFile(hr, peopleUploads, 'afas-export.csv', csv)).json<{
      uploadId: string;
      suggestedMapping: Record<string, string>;
    }>();
    const { managerEmployeeNumber, ...withoutManager } = upload.suggestedMapping;
    const preview = await hr.post(`${peopleUploads}/${upload.uploadId}/preview`, {
      mapping: { ...withoutManager, managerEmployeeNumber: null },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      unmappedColumns: [
        { column: 'Leidinggevende (pers.nr)', looksLike: 'manager' },
        { column: 'Naam leidinggevende', looksLike: 'manager' },
      ],
    });
  });
});
