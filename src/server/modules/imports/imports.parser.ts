import { CsvError, parse } from 'csv-parse/sync';
import { defaultUploadLimits } from '../../uploads/upload-limits.ts';
import type { ZipLimits } from '../../uploads/zip-limits.ts';
import { importRejected } from './imports.problems.ts';
import { sniffUpload } from './imports.sniff.ts';
import { cleanCell } from './imports.values.ts';
import { readXlsxRows, type SheetLimits, tooManyRows } from './xlsx-reader.ts';

// Turns an uploaded file (CSV in any of the shapes Excel and HR systems write, or XLSX) into
// headers and rows of text, each row knowing its line in the file. The kind is read from the content.
// Runs inside the parse worker (imports.sheet-reader.ts) in the server; tests call it directly.

export type SheetRow = { line: number; cells: string[] };
export type Sheet = {
  kind: 'csv' | 'xlsx';
  headers: string[];
  rows: SheetRow[];
  /** How the file was read, for the preview: "utf-8", "windows-1252", "xlsx". */
  encoding: string;
  separator: ';' | ',' | '\t' | null;
};

/** What reading one sheet may take: the zip it comes in (XLSX) and the rows and columns it holds. */
export type ParseLimits = { zip: ZipLimits; sheet: SheetLimits };
/** Text pasted without a header line (budgets' "e-mail;amount;hours") is read with columns "Kolom 1"…. */
export type ParseOptions = ParseLimits & { hasHeaderLine?: boolean };
const defaultLimits: ParseLimits = { zip: defaultUploadLimits.zip, sheet: defaultUploadLimits.sheet };

const startsWith = (content: Uint8Array, bytes: number[]) => bytes.every((byte, i) => content[i] === byte);

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
  options: { fileName: string; maxRows: number; hasHeaderLine: boolean },
): Sheet {
  const { fileName, maxRows, hasHeaderLine } = options;
  const headers = hasHeaderLine
    ? rawHeaders
    : Array.from({ length: rows.reduce((most, row) => Math.max(most, filledWidth(row.cells)), 0) }, () => '');
  const trimmed = trimColumns(headers, rows);
  if (trimmed.headers.length === 0 && hasHeaderLine)
    throw importRejected(fileName, [
      { line: 1, column: null, field: 'file', message: 'the file has no header line', code: 'no_header' },
    ]);
  const dataRows = trimmed.rows.filter((row) => row.cells.some((cell) => cell !== ''));
  if (dataRows.length > maxRows) throw tooManyRows(fileName, maxRows);
  return { kind, headers: nameHeaders(trimmed.headers), rows: dataRows, ...meta };
}

const tooManyColumns = (fileName: string, line: number, max: number) =>
  importRejected(fileName, [
    {
      line,
      column: null,
      field: 'file',
      message: `more than ${max} columns`,
      code: 'too_many_columns',
      params: { max },
    },
  ]);

/** Index after the last cell with a value. */
const filledWidth = (cells: string[]) => {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return width;
};

function parseCsv(content: Uint8Array, fileName: string, limits: SheetLimits, hasHeaderLine: boolean): Sheet {
  const { text, encoding } = decodeText(content);
  const separator = detectSeparator(text);
  let rows: SheetRow[];
  let nextLine = 1;
  let filledRows = 0;
  try {
    // Rows and columns are counted as they are read, so an oversized file stops early.
    rows = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: true,
      on_record: (record, context) => {
        const row = { line: nextLine, cells: record.map(cleanCell) };
        nextLine = context.lines + 1;
        const width = filledWidth(row.cells);
        if (width > limits.maxColumns) throw tooManyColumns(fileName, row.line, limits.maxColumns);
        if (width > 0 && ++filledRows > limits.maxRows + 1) throw tooManyRows(fileName, limits.maxRows);
        // csv-parse's types expect a record back; the row is what we keep.
        return row as unknown as string[];
      },
    }) as unknown as SheetRow[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    throw importRejected(fileName, [
      { line, column: null, field: 'file', message: error.message, code: 'malformed_csv' },
    ]);
  }
  const header = hasHeaderLine ? rows.shift() : undefined;
  return finish(
    'csv',
    header?.cells ?? [],
    rows,
    { encoding, separator },
    { fileName, maxRows: limits.maxRows, hasHeaderLine },
  );
}

async function parseXlsx(content: Uint8Array, fileName: string, limits: ParseLimits): Promise<Sheet> {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const [header, ...rows] = await readXlsxRows(buffer, {
    fileName,
    zipLimits: limits.zip,
    limits: limits.sheet,
  });
  const width = header?.cells.length ?? 0;
  // Lines are Excel's row numbers, which is what someone fixing the file looks at.
  const padded = rows.map((row) => ({
    line: row.line,
    cells: Array.from({ length: Math.max(width, row.cells.length) }, (_, i) => cleanCell(row.cells[i] ?? '')),
  }));
  const headers = (header?.cells ?? []).map((cell) => cleanCell(cell ?? ''));
  return finish(
    'xlsx',
    headers,
    padded,
    { encoding: 'xlsx', separator: null },
    { fileName, maxRows: limits.sheet.maxRows, hasHeaderLine: true },
  );
}

/**
 * Reads an uploaded file in this thread: unsupported content answers 415, a broken CSV 400 naming
 * the line, a file over a limit 400 (rows, columns) or 422 (zip size, ratio, cell length).
 */
export async function parseSheet(
  content: Uint8Array,
  fileName: string,
  options: ParseOptions = defaultLimits,
): Promise<Sheet> {
  const kind = sniffUpload(content, fileName);
  return kind === 'xlsx'
    ? parseXlsx(content, fileName, options)
    : parseCsv(content, fileName, options.sheet, options.hasHeaderLine ?? true);
}
