import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors.ts';
import { importRejected } from './imports.problems.ts';
import { cleanCell, dateOfCell } from './imports.values.ts';

// Turns an uploaded file (CSV in any of the shapes Excel and HR systems write, or XLSX) into
// headers and rows of text, each row knowing its line in the file. The kind is read from the content.

export type SheetRow = { line: number; cells: string[] };
export type Sheet = {
  kind: 'csv' | 'xlsx';
  headers: string[];
  rows: SheetRow[];
  /** How the file was read, for the preview: "utf-8", "windows-1252", "xlsx". */
  encoding: string;
  separator: ';' | ',' | '\t' | null;
};

export const maxRows = 50_000;

const startsWith = (content: Uint8Array, bytes: number[]) => bytes.every((byte, i) => content[i] === byte);

function unsupported(fileName: string, why: string): AppError {
  return new AppError('unsupported_file', `${fileName}: ${why} Upload a CSV or XLSX file.`);
}

export function detectKind(content: Uint8Array, fileName: string): 'csv' | 'xlsx' {
  if (content.length === 0) throw unsupported(fileName, 'the file is empty.');
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0]))
    throw unsupported(fileName, 'this is an old Excel (.xls) file; save it as .xlsx or CSV.');
  if (startsWith(content, [0xff, 0xfe]) || startsWith(content, [0xfe, 0xff])) return 'csv'; // UTF-16 text
  // Text has no NUL bytes and few control characters; images, PDFs and executables do.
  const head = content.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw unsupported(fileName, 'this is not a text or spreadsheet file.');
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (control > head.length / 100) throw unsupported(fileName, 'this is not a text or spreadsheet file.');
  return 'csv';
}

/** Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252 (Excel NL). */
export function decodeText(content: Uint8Array): { text: string; encoding: string } {
  if (startsWith(content, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(content.subarray(3)), encoding: 'utf-8' };
  if (startsWith(content, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(content.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(content, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(content.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(content), encoding: 'windows-1252' };
  }
}

/** The separator used most on the first line outside quotes; ties go to ";" (Excel NL). */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] === counts[';'] ? ';' : best;
}

/** Unique, non-empty column names: an empty header becomes "Kolom 3", a repeated one "Naam (2)". */
function nameHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, index) => {
    const base = value.trim() || `Kolom ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Drops trailing empty columns Excel leaves behind (";;;" at the end of each line). */
function trimColumns(headers: string[], rows: SheetRow[]) {
  let width = headers.length;
  while (width > 0 && !headers[width - 1]!.trim() && rows.every((row) => !row.cells[width - 1])) width--;
  return { headers: headers.slice(0, width), rows };
}

function finish(
  kind: 'csv' | 'xlsx',
  rawHeaders: string[],
  rows: SheetRow[],
  meta: Pick<Sheet, 'encoding' | 'separator'>,
  fileName: string,
): Sheet {
  const trimmed = trimColumns(rawHeaders, rows);
  if (trimmed.headers.length === 0)
    throw importRejected(fileName, [
      { line: 1, column: null, field: 'file', message: 'the file has no header line', code: 'no_header' },
    ]);
  const dataRows = trimmed.rows.filter((row) => row.cells.some((cell) => cell !== ''));
  if (dataRows.length > maxRows)
    throw importRejected(fileName, [
      {
        line: null,
        column: null,
        field: 'file',
        message: `more than ${maxRows} rows; split the file`,
        code: 'too_many_rows',
        params: { max: maxRows },
      },
    ]);
  return { kind, headers: nameHeaders(trimmed.headers), rows: dataRows, ...meta };
}

function parseCsv(content: Uint8Array, fileName: string): Sheet {
  const { text, encoding } = decodeText(content);
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    throw importRejected(fileName, [
      { line, column: null, field: 'file', message: error.message, code: 'malformed_csv' },
    ]);
  }
  const rows: SheetRow[] = [];
  let nextLine = 1;
  for (const { record, info } of records) {
    rows.push({ line: nextLine, cells: record.map(cleanCell) });
    nextLine = info.lines + 1;
  }
  const header = rows.shift();
  return finish('csv', header?.cells ?? [], rows, { encoding, separator }, fileName);
}

/** Text of an exceljs cell value: rich text, hyperlinks and formula results included; dates as yyyy-mm-dd. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateOfCell(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function parseXlsx(content: Uint8Array, fileName: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates Node's generic Buffer; the bytes are what it wants.
    await workbook.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
  } catch {
    throw unsupported(fileName, 'this is a zip file but not an Excel workbook.');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw unsupported(fileName, 'the workbook has no filled sheet.');
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, headers?.length ?? 0);
    const cells = Array.from({ length: width }, (_, i) => cleanCell(cellText(row.getCell(i + 1).value)));
    // Lines are Excel's row numbers, which is what someone fixing the file looks at.
    if (!headers) headers = cells;
    else rows.push({ line: rowNumber, cells });
  });
  return finish('xlsx', headers ?? [], rows, { encoding: 'xlsx', separator: null }, fileName);
}

/** Reads an uploaded file; unsupported content answers 415, a broken CSV 400 naming the line. */
export async function parseSheet(content: Uint8Array, fileName: string): Promise<Sheet> {
  const kind = detectKind(content, fileName);
  return kind === 'xlsx' ? parseXlsx(content, fileName) : parseCsv(content, fileName);
}
