import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findCycles } from './imports.cycles.ts';
import { suggestMapping } from './imports.fields.ts';
import { decodeText, detectSeparator, parseSheet } from './imports.parser.ts';
import { parseDate, parseLocale, splitFullName } from './imports.values.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes for text in Latin-1 range (what Excel NL writes for "CSV (gescheiden door lijstscheidingsteken)"). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('reading the file', () => {
  it('reads UTF-8 with a BOM, ";" separators, quotes and the line of every row', async () => {
    const csv =
      '\uFEFFVoornaam;Achternaam;Functie\r\nZoë;Çelik;"Coördinator; planning"\r\n\r\nJan;"van ""de"" Berg";\r\n';
    const sheet = await parseSheet(bytes(csv), 'people.csv');
    expect(sheet).toMatchObject({ kind: 'csv', encoding: 'utf-8', separator: ';' });
    expect(sheet.headers).toEqual(['Voornaam', 'Achternaam', 'Functie']);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['Zoë', 'Çelik', 'Coördinator; planning'] },
      { line: 4, cells: ['Jan', 'van "de" Berg', ''] },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const content = windows1252('Voornaam;Achternaam\r\nZoë;Ångström\r\nRenée;Müller\r\n');
    expect(decodeText(content).encoding).toBe('windows-1252');
    const sheet = await parseSheet(content, 'excel.csv');
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['Zoë', 'Ångström'],
      ['Renée', 'Müller'],
    ]);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text", tab separated)', async () => {
    const text = '\uFEFFVoornaam\tAchternaam\r\nÇağla\tYılmaz\r\n';
    const content = new Uint8Array(Buffer.from(text, 'utf16le'));
    const sheet = await parseSheet(content, 'unicode.txt');
    expect(sheet).toMatchObject({ encoding: 'utf-16le', separator: '\t' });
    expect(sheet.rows[0]!.cells).toEqual(['Çağla', 'Yılmaz']);
  });

  it('picks the separator that splits the header line, ignoring ones inside quotes', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n')).toBe(',');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('a\tb\tc\n')).toBe('\t');
    expect(detectSeparator('one column\n')).toBe(';');
  });

  it('drops the empty trailing columns Excel leaves and names empty or repeated headers', async () => {
    const sheet = await parseSheet(bytes('Naam;;Naam;;\r\nA;x;B;;\r\n;;;;\r\n'), 'x.csv');
    expect(sheet.headers).toEqual(['Naam', 'Kolom 2', 'Naam (2)']);
    expect(sheet.rows).toHaveLength(1);
  });

  it('takes back the quote an export puts before a leading = + - @', async () => {
    const sheet = await parseSheet(bytes("Functie\r\n'=Chef\r\n"), 'x.csv');
    expect(sheet.rows[0]!.cells).toEqual(['=Chef']);
  });

  it('reads XLSX by its content, whatever the name, with dates, numbers and hyperlinks as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Personeelsnummer', 'E-mailadres', 'Datum in dienst']);
    sheet.addRow([
      1234,
      { text: 'zoe@example.test', hyperlink: 'mailto:zoe@example.test' },
      new Date(Date.UTC(2021, 2, 1)),
    ]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await parseSheet(content, 'export.csv');
    expect(parsed.kind).toBe('xlsx');
    expect(parsed.rows).toEqual([{ line: 2, cells: ['1234', 'zoe@example.test', '2021-03-01'] }]);
  });

  it('refuses images, PDFs and old .xls with 415 naming the file', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(parseSheet(png, 'photo.csv')).rejects.toMatchObject({ code: 'unsupported_file' });
    await expect(parseSheet(png, 'photo.csv')).rejects.toThrow(/photo\.csv/);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(parseSheet(xls, 'old.xls')).rejects.toThrow(/\.xls/);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    await expect(parseSheet(zip, 'archive.xlsx')).rejects.toMatchObject({ code: 'unsupported_file' });
  });
});

describe('cell values', () => {
  it('reads Dutch dates day first, in the shapes Excel writes them', () => {
    expect(parseDate('01-03-2021')).toEqual({ date: '2021-03-01' });
    expect(parseDate('1-3-2021')).toEqual({ date: '2021-03-01' });
    expect(parseDate('01/03/2021')).toEqual({ date: '2021-03-01' });
    expect(parseDate('1.3.2021')).toEqual({ date: '2021-03-01' });
    expect(parseDate('2021-03-01')).toEqual({ date: '2021-03-01' });
    expect(parseDate('1-3-2021 00:00')).toEqual({ date: '2021-03-01' });
    expect(parseDate('29-02-2024')).toEqual({ date: '2024-02-29' });
  });

  it('refuses dates that do not exist or are ambiguous', () => {
    expect(parseDate('29-02-2023')).toHaveProperty('error');
    expect(parseDate('31-04-2021')).toHaveProperty('error');
    expect(parseDate('13-13-2021')).toHaveProperty('error');
    expect(parseDate('1-3-21')).toEqual({ error: '"1-3-21" has no four-digit year; use dd-mm-jjjj' });
    expect(parseDate('maart 2021')).toHaveProperty('error');
  });

  it('splits full names with tussenvoegsels, in both orders', () => {
    expect(splitFullName('Jan van der Berg')).toEqual({
      givenName: 'Jan',
      familyNamePrefix: 'van der',
      familyName: 'Berg',
    });
    expect(splitFullName('Berg, Jan van der')).toEqual({
      givenName: 'Jan',
      familyNamePrefix: 'van der',
      familyName: 'Berg',
    });
    expect(splitFullName('Anna Maria de Vries-van Dam')).toEqual({
      givenName: 'Anna Maria',
      familyNamePrefix: 'de',
      familyName: 'Vries-van Dam',
    });
    expect(splitFullName("Kees van 't Hof")).toMatchObject({ familyNamePrefix: "van 't", familyName: 'Hof' });
    expect(splitFullName('Zoë Çelik')).toEqual({
      givenName: 'Zoë',
      familyNamePrefix: null,
      familyName: 'Çelik',
    });
    expect(splitFullName('Çelik, Zoë')).toEqual({
      givenName: 'Zoë',
      familyNamePrefix: null,
      familyName: 'Çelik',
    });
    expect(splitFullName('Madonna')).toBeNull();
  });

  it('understands languages as HR systems write them', () => {
    expect(parseLocale('NL')).toBe('nl');
    expect(parseLocale('nl-NL')).toBe('nl');
    expect(parseLocale('Engels')).toBe('en');
    expect(parseLocale('Klingon')).toBeNull();
  });
});

describe('mapping suggestions', () => {
  it('recognises Dutch and English headers', () => {
    expect(
      suggestMapping([
        'Personeelsnummer',
        'E-mailadres',
        'Voornaam',
        'Tussenvoegsel',
        'Achternaam',
        'Functie',
        'Afdeling',
        'Leidinggevende',
        'Datum in dienst',
        'Uit dienst',
      ]),
    ).toEqual({
      employeeNumber: 'Personeelsnummer',
      email: 'E-mailadres',
      givenName: 'Voornaam',
      familyNamePrefix: 'Tussenvoegsel',
      familyName: 'Achternaam',
      jobTitle: 'Functie',
      unitName: 'Afdeling',
      managerEmployeeNumber: 'Leidinggevende',
      startDate: 'Datum in dienst',
      endDate: 'Uit dienst',
    });
    expect(suggestMapping(['Employee ID', 'Work email', 'First name', 'Last name', 'Name'])).toEqual({
      employeeNumber: 'Employee ID',
      email: 'Work email',
      givenName: 'First name',
      familyName: 'Last name',
    });
    expect(suggestMapping(['Naam', 'Mail'])).toEqual({ fullName: 'Naam', email: 'Mail' });
  });

  it('prefers the remembered mapping where its headers are still there, and keeps fields left out', () => {
    const remembered = { email: 'Mail werk', givenName: 'Roepnaam', jobTitle: null };
    expect(suggestMapping(['Mail werk', 'E-mail', 'Roepnaam', 'Functie'], remembered)).toEqual({
      email: 'Mail werk',
      givenName: 'Roepnaam',
    });
  });
});

describe('loops', () => {
  it('finds every loop and nothing else', () => {
    const next = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'a'],
      ['e', null],
      ['f', 'f'],
    ]);
    expect(findCycles(next).map((cycle) => cycle.sort())).toEqual([['a', 'b', 'c'], ['f']]);
  });
});
