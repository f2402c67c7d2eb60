import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultUploadLimits } from '../../uploads/upload-limits.ts';
import { zipOf } from '../../uploads/zip-fixtures.ts';
import { isDateFormat, readXlsxRows } from './xlsx-reader.ts';

// Workbooks written by hand, the way Excel, LibreOffice and HR systems write them, read by the
// streaming reader the imports use.

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
const office = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbook(options: {
  sheets: { name: string; rows: string }[];
  sharedStrings?: string[];
  styles?: string;
  workbookPr?: string;
}) {
  const sheetRels = options.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${office}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return zipOf([
    {
      name: '_rels/.rels',
      content: Buffer.from(
        `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${office}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: Buffer.from(
        `<workbook xmlns="${main}" xmlns:r="${office}">${options.workbookPr ?? ''}<sheets>${options.sheets
          .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${9 - i}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: Buffer.from(
        `<Relationships xmlns="${rels}">${sheetRels}` +
          `<Relationship Id="rS" Type="${office}/sharedStrings" Target="sharedStrings.xml"/>` +
          `<Relationship Id="rT" Type="${office}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    ...options.sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: Buffer.from(
        `<x:worksheet xmlns:x="${main}"><x:sheetData>${sheet.rows}</x:sheetData></x:worksheet>`,
      ),
    })),
    {
      name: 'xl/sharedStrings.xml',
      content: Buffer.from(`<sst xmlns="${main}">${(options.sharedStrings ?? []).join('')}</sst>`),
    },
    { name: 'xl/styles.xml', content: Buffer.from(options.styles ?? `<styleSheet xmlns="${main}"/>`) },
  ]);
}

const read = (content: Buffer, sheet: { maxRows?: number; maxColumns?: number } = {}) =>
  readXlsxRows(content, {
    fileName: 'export.xlsx',
    zipLimits: defaultUploadLimits.zip,
    limits: { ...defaultUploadLimits.sheet, ...sheet },
  });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; errors?: { code: string }[]; extra?: object };
  }
  return null;
}

const styles =
  `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy;@"/></numFmts>` +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>';

describe('reading an XLSX sheet', () => {
  it('reads shared, rich, inline and formula strings, numbers, booleans and dates by their style', async () => {
    const content = workbook({
      styles,
      sharedStrings: [
        '<si><t>Naam</t></si>',
        '<si><r><rPr><b/></rPr><t>Zo</t></r><r><t xml:space="preserve">ë Çelik</t></r></si>',
        '<si><t>ヤマダ</t><rPh sb="0" eb="3"><t>やまだ</t></rPh></si>',
      ],
      sheets: [
        {
          name: 'Medewerkers',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>In dienst</t></is></c><c r="C1" t="str"><f>"Uren"</f><v>Uren</v></c><c r="D1" t="inlineStr"><is><t>Actief</t></is></c></row>' +
            '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>44256</v></c><c r="C3" s="3"><v>36.5</v></c><c r="D3" t="b"><v>1</v></c></row>' +
            '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" s="2"><v>40179.75</v></c><c r="C4" t="e"><v>#DIV/0!</v></c><c r="D4" t="b"><v>0</v></c></row>',
        },
      ],
    });
    expect(await read(content)).toEqual([
      { line: 1, cells: ['Naam', 'In dienst', 'Uren', 'Actief'] },
      { line: 3, cells: ['Zoë Çelik', '2021-03-01', '36.5', 'true'] },
      { line: 4, cells: ['ヤマダ', '2010-01-01', '', 'false'] },
    ]);
  });

  it('counts days from 1904 when the workbook says so, and places cells without references in order', async () => {
    const content = workbook({
      styles,
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [
        {
          name: 'Blad1',
          rows:
            '<row><c t="inlineStr"><is><t>A</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c><c t="inlineStr"><is><t>D</t></is></c></row>' +
            '<row><c s="1"><v>42794</v></c></row>',
        },
      ],
    });
    expect(await read(content)).toEqual([
      { line: 1, cells: ['A', '', 'C', 'D'] },
      { line: 2, cells: ['2021-03-01'] },
    ]);
  });

  it('takes the first sheet in the workbook that has a value', async () => {
    const content = workbook({
      sheets: [
        { name: 'Leeg', rows: '<row r="1"><c r="A1" s="0"/></row>' },
        { name: 'Mensen', rows: '<row r="2"><c r="B2" t="inlineStr"><is><t>Naam</t></is></c></row>' },
      ],
    });
    expect(await read(content)).toEqual([{ line: 2, cells: ['', 'Naam'] }]);
  });

  it('stops at one row over the limit, and refuses columns past the limit', async () => {
    const row = (n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>x</t></is></c></row>`;
    const rows = workbook({
      sheets: [{ name: 'Blad1', rows: Array.from({ length: 20 }, (_, i) => row(i + 1)).join('') }],
    });
    const tooMany = await refusal(read(rows, { maxRows: 5 }));
    expect(tooMany).toMatchObject({ code: 'import_rejected', errors: [{ code: 'too_many_rows' }] });
    const wide = workbook({
      sheets: [{ name: 'Blad1', rows: '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>' }],
    });
    const tooWide = await refusal(read(wide, { maxColumns: 500 }));
    expect(tooWide).toMatchObject({ code: 'import_rejected', errors: [{ code: 'too_many_columns' }] });
  });

  it('refuses a cell longer than Excel allows, and markup that runs on without tags', async () => {
    const long = workbook({
      sheets: [
        {
          name: 'Blad1',
          rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`,
        },
      ],
    });
    expect(await refusal(read(long))).toMatchObject({
      code: 'file_too_complex',
      extra: { limit: 'cellLength', max: 32_767 },
    });
    // Whitespace that compresses like real data, so the ratio limit does not stop it first.
    const whitespace = Array.from(randomBytes(3 * 1024 * 1024), (byte) => ' \t\r\n'[byte % 4]).join('');
    const endless = workbook({ sheets: [{ name: 'Blad1', rows: `<row r="1">${whitespace}</row>` }] });
    expect(await refusal(read(endless))).toMatchObject({
      code: 'file_too_complex',
      extra: { limit: 'cellLength' },
    });
  });

  it('says what a zip that is no workbook is, and refuses XML that is broken', async () => {
    const word = zipOf([{ name: 'word/document.xml', content: Buffer.from('<document/>') }]);
    expect((await refusal(read(word)))?.message).toBe(
      'export.xlsx: this is a Word document, not a spreadsheet.',
    );
    const broken = workbook({ sheets: [{ name: 'Blad1', rows: '<row r="1"><c r="A1"><v>1</c></row>' }] });
    expect(await refusal(read(broken))).toMatchObject({ code: 'unsupported_file' });
    const entity = workbook({
      sheets: [{ name: 'Blad1', rows: '<row r="1"><c r="A1" t="str"><v>&lol;</v></c></row>' }],
    });
    expect(await refusal(read(entity))).toMatchObject({ code: 'unsupported_file' });
  });

  it('knows date formats from number formats', () => {
    expect(isDateFormat('dd-mm-yyyy')).toBe(true);
    expect(isDateFormat('[$-413]d mmmm yyyy;@')).toBe(true);
    expect(isDateFormat('#,##0.00 "dagen"')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
