import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Problem = { line: number | null; column: string | null; field: string; code: string };

/** POSTs a file as multipart/form-data, the way a browser's FormData does. */
function upload(client: Client, url: string, fileName: string, content: string | Buffer, field = 'file') {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}
const preview = `/api/v1/budgets/import/file/preview?year=${year}`;
const apply = `/api/v1/budgets/import/file?year=${year}`;
const budgetOf = async (client: Client) => (await client.get('/api/v1/budgets/mine')).json().budget;

async function workbook(rows: (string | number)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Budgetten');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('importing budgets from a file', () => {
  it('previews an XLSX file line by line without writing, then imports it', async () => {
    const file = await workbook([
      ['Naam', 'E-mailadres', 'Bedrag (€)', 'Uren'],
      ['Mila', org.people.manager.email, 1250.5, 40],
      ['Emre', org.people.employee.email.toUpperCase(), '1.000,00', ''],
    ]);
    const checked = await upload(org.as.hrAdmin, preview, 'budgetten.xlsx', file);
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({
      errorCount: 0,
      rows: [
        {
          line: 2,
          person: { id: org.people.manager.id },
          amountCents: 125_050,
          hours: 40,
          currentAmountCents: null,
        },
        { line: 3, person: { id: org.people.employee.id }, amountCents: 100_000, hours: 0 },
      ],
    });
    expect(await budgetOf(org.as.manager)).toBeNull();

    const imported = await upload(org.as.hrAdmin, apply, 'budgetten.xlsx', file);
    expect(imported.json()).toEqual({ budgets: 2 });
    expect((await budgetOf(org.as.manager)).ledger).toMatchObject({ availableCents: 125_050, hours: 40 });
    const again = await upload(org.as.hrAdmin, preview, 'budgetten.xlsx', file);
    expect(again.json().rows[0]).toMatchObject({ currentAmountCents: 125_050, currentHours: 40 });
  });

  it('names the line and column of every problem and applies nothing when one line is wrong', async () => {
    const csv = [
      'e-mail;bedrag;uren',
      `${org.people.owner.email};900;10`,
      'niemand@example.test;100;0',
      `${org.people.ldAdmin.email};veel;0`,
      `${org.people.hrAdmin.email};100;-3`,
      `${org.people.owner.email};800;0`,
      `${other.people.employee.email};100;0`,
    ].join('\r\n');
    const checked = (await upload(org.as.hrAdmin, preview, 'budgetten.csv', csv)).json();
    expect(checked.errorCount).toBe(5);
    const rejected = await upload(org.as.hrAdmin, apply, 'budgetten.csv', csv);
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().code).toBe('import_rejected');
    expect(rejected.json().detail).toContain('budgetten.csv');
    const where = (problems: Problem[]) => problems.map((p) => [p.line, p.column, p.field, p.code]);
    const expected = [
      [3, 'e-mail', 'email', 'unknown_person'],
      [4, 'bedrag', 'amount', 'invalid_amount'],
      [5, 'uren', 'hours', 'invalid_hours'],
      [6, 'e-mail', 'email', 'duplicate'],
      // Someone of another organisation is nobody here.
      [7, 'e-mail', 'email', 'unknown_person'],
    ];
    expect(where(rejected.json().errors)).toEqual(expected);
    expect(where(checked.errors)).toEqual(expected);
    expect(await budgetOf(org.as.owner)).toBeNull();
  });

  it('answers 400 for a file without the columns, 415 for what is no spreadsheet, 400 without a file', async () => {
    const noAmount = await upload(org.as.hrAdmin, apply, 'x.csv', `e-mail;uren\n${org.people.owner.email};3`);
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json().errors).toEqual([
      expect.objectContaining({ line: 1, field: 'amount', code: 'missing_column' }),
    ]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await upload(org.as.hrAdmin, apply, 'budget.csv', png)).statusCode).toBe(415);
    const wrongField = await upload(org.as.hrAdmin, apply, 'x.csv', 'e-mail;bedrag', 'document');
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().errors[0].field).toBe('file');
    const badYear = await upload(org.as.hrAdmin, '/api/v1/budgets/import/file?year=12', 'x.csv', 'a');
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().errors[0].field).toContain('year');
  });

  it('is for HR only', async () => {
    const csv = `e-mail;bedrag\n${org.people.manager.email};1`;
    for (const client of [org.as.manager, org.as.employee, org.as.ldAdmin]) {
      expect((await upload(client, preview, 'x.csv', csv)).statusCode).toBe(403);
      expect((await upload(client, apply, 'x.csv', csv)).statusCode).toBe(403);
    }
    expect((await upload(org.anonymous, apply, 'x.csv', csv)).statusCode).toBe(401);
  });
});

describe('importing budgets from pasted text', () => {
  const paste = (client: Client, csv: string) =>
    client.post('/api/v1/budgets/import', { year: year + 2, csv });
  const budgetIn = async (client: Client, at: number) =>
    (await client.get(`/api/v1/budgets/mine?year=${at}`)).json().budget;

  it('reads quoted cells, commas inside quotes and CRLF lines the way a spreadsheet writes them', async () => {
    const text = `"e-mail","bedrag","uren"\r\n"${org.people.manager.email}","1.250,50","40"\r\n${org.people.employee.email},"750",\r\n`;
    const response = await paste(org.as.hrAdmin, text);
    expect(response.json()).toEqual({ budgets: 2 });
    expect(await budgetIn(org.as.manager, year + 2)).toMatchObject({
      amountCents: 125_050,
      ledger: { hours: 40 },
    });
    expect(await budgetIn(org.as.employee, year + 2)).toMatchObject({
      amountCents: 75_000,
      ledger: { hours: 0 },
    });
  });

  it('names the CSV line of a problem, counting lines inside quoted cells, and writes nothing', async () => {
    const text = `e-mail;bedrag;uren\n${org.people.owner.email};"tien\neuro";0\n${org.people.ldAdmin.email};veel;0\n${org.people.owner.email};5;0`;
    const response = await paste(org.as.hrAdmin, text);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'line 2',
      'line 4',
      'line 5',
    ]);
    expect(await budgetIn(org.as.ldAdmin, year + 2)).toBeNull();
  });

  it('refuses binary content (415) and text without lines (400 naming csv)', async () => {
    const binary = `\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f`.repeat(20);
    const refused = await paste(org.as.hrAdmin, binary);
    expect(refused.statusCode).toBe(415);
    expect(refused.json().detail).toContain('csv');
    const empty = await paste(org.as.hrAdmin, 'e-mail;bedrag;uren\n');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('csv');
  });

  it('only reaches people of the own organisation', async () => {
    const response = await paste(other.as.hrAdmin, `${org.people.manager.email};100;0`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'line 1' });
  });
});
