import { posix } from 'node:path';
import { SaxesParser } from 'saxes';
import { AppError } from '../../http/errors.ts';
// Straight from the file, not files/index.ts: this runs in the parse worker, which loads only what it needs.
import { fileTooComplex, openSafeZip, type SafeZip, type ZipLimits } from '../../uploads/zip-limits.ts';
import { importRejected } from './imports.problems.ts';
import { dateOfCell } from './imports.values.ts';

// Reads the first filled sheet of an XLSX as rows of text, streaming: every byte comes through the
// safe zip (counted while it inflates) and a SAX parser, so rows and columns are limited as they are
// read and nothing builds a workbook in memory. Dates come out as yyyy-mm-dd, numbers as written.

export type SheetLimits = { maxRows: number; maxColumns: number };
export type RawRow = { line: number; cells: string[] };

/** Excel's own limit for one cell. */
export const maxCellCharacters = 32_767;
/** Text or markup between two tags longer than this is no spreadsheet (a cell is at most 32,767 characters). */
const maxBytesBetweenTags = 1024 * 1024;
const maxSheetRow = 1_048_576;

type Tag = { name: string; attributes: Record<string, string> };
type Handlers = { open?: (tag: Tag) => void; close?: (name: string) => void; text?: (text: string) => void };

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const unsupported = (fileName: string, why: string) =>
  new AppError('unsupported_file', `${fileName}: ${why}`);
const cellTooLong = (fileName: string) =>
  fileTooComplex(
    fileName,
    'cellLength',
    maxCellCharacters,
    `a cell holds more than ${maxCellCharacters} characters (Excel's own limit).`,
  );

/** Streams one entry of the zip through a SAX parser; element names without their prefix. */
async function parseXml(zip: SafeZip, entry: string, fileName: string, handlers: Handlers) {
  const parser = new SaxesParser({ position: false });
  let sawTag = false;
  let bytesSinceTag = 0;
  parser.on('opentag', (tag) => {
    sawTag = true;
    handlers.open?.({ name: localName(tag.name), attributes: tag.attributes as Record<string, string> });
  });
  parser.on('closetag', (tag) => {
    sawTag = true;
    handlers.close?.(localName(tag.name));
  });
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of zip.chunks(entry)) {
      parser.write(decoder.decode(chunk, { stream: true }));
      bytesSinceTag = sawTag ? 0 : bytesSinceTag + chunk.length;
      sawTag = false;
      if (bytesSinceTag > maxBytesBetweenTags) throw cellTooLong(fileName);
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unsupported(fileName, `the workbook is damaged (${entry} is not valid XML).`);
  }
}

/** Text of the <t> elements inside one element (a shared string, an inline string), phonetic runs left out. */
function textCollector(fileName: string) {
  let parts: string[] = [];
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  return {
    open(name: string) {
      if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    close(name: string) {
      if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text(text: string) {
      if (!inText) return;
      length += text.length;
      if (length > maxCellCharacters) throw cellTooLong(fileName);
      parts.push(text);
    },
    take() {
      const text = parts.join('');
      parts = [];
      length = 0;
      return text;
    },
  };
}

/** Relationship id → part path, and the first target of each relationship type (…/styles). */
async function readRelationships(zip: SafeZip, part: string, fileName: string) {
  const folder = posix.dirname(part);
  const relsPath = posix.join(folder, '_rels', `${posix.basename(part)}.rels`);
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  if (!zip.has(relsPath)) return { byId, byType };
  // The package's own relationships (_rels/.rels) point from the root, a part's from its folder.
  const base = part === '' ? '' : folder;
  await parseXml(zip, relsPath, fileName, {
    open: ({ name, attributes }) => {
      if (name !== 'Relationship' || !attributes.Target || attributes.TargetMode === 'External') return;
      const target = attributes.Target.startsWith('/')
        ? attributes.Target.slice(1)
        : posix.normalize(posix.join(base, attributes.Target));
      if (attributes.Id) byId.set(attributes.Id, target);
      const type = attributes.Type?.split('/').pop();
      if (type && !byType.has(type)) byType.set(type, target);
    },
  });
  return { byId, byType };
}

/** What a zip that is no workbook is, for the message. */
function describeOtherZip(zip: SafeZip): string {
  if (zip.has('word/document.xml')) return 'this is a Word document, not a spreadsheet.';
  if (zip.has('ppt/presentation.xml')) return 'this is a PowerPoint presentation, not a spreadsheet.';
  if (zip.has('content.xml') && zip.has('mimetype'))
    return 'this is an OpenDocument file; save it as .xlsx or CSV.';
  return 'this is a zip file but not an Excel workbook.';
}

async function readWorkbook(zip: SafeZip, fileName: string) {
  const root = await readRelationships(zip, '', fileName);
  const workbookPath = root.byType.get('officeDocument') ?? 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw unsupported(fileName, describeOtherZip(zip));
  const sheetIds: string[] = [];
  let isDate1904 = false;
  await parseXml(zip, workbookPath, fileName, {
    open: ({ name, attributes }) => {
      if (name === 'workbookPr') isDate1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const id = Object.entries(attributes).find(([key]) => localName(key) === 'id')?.[1];
      if (id) sheetIds.push(id);
    },
  });
  const rels = await readRelationships(zip, workbookPath, fileName);
  const sheets = sheetIds.map((id) => rels.byId.get(id)).filter((path): path is string => Boolean(path));
  return {
    sheets: sheets.filter((path) => zip.has(path)),
    sharedStrings: rels.byType.get('sharedStrings'),
    styles: rels.byType.get('styles'),
    isDate1904,
  };
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, the CJK ones included). */
const dateFormatIds = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date when it has date or time letters outside quotes and [brackets]. */
export const isDateFormat = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]|"[^"]*"/g, ''));

/** For each cell style (the `s` of a cell): whether it shows a date. */
async function readDateStyles(zip: SafeZip, path: string | undefined, fileName: string): Promise<boolean[]> {
  if (!path || !zip.has(path)) return [];
  const formats = new Map<number, string>();
  const isDate: boolean[] = [];
  let inCellXfs = false;
  await parseXml(zip, path, fileName, {
    open: ({ name, attributes }) => {
      if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = formats.get(id);
        isDate.push(custom === undefined ? dateFormatIds.has(id) : isDateFormat(custom));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return isDate;
}

async function readSharedStrings(zip: SafeZip, path: string | undefined, fileName: string) {
  const strings: string[] = [];
  if (!path || !zip.has(path)) return strings;
  const collector = textCollector(fileName);
  await parseXml(zip, path, fileName, {
    open: ({ name }) => collector.open(name),
    close: (name) => {
      collector.close(name);
      if (name === 'si') strings.push(collector.take());
    },
    text: (text) => collector.text(text),
  });
  return strings;
}

/** Column number of a cell reference: "B7" → 2, "XFD1" → 16384; null when it is none. */
function columnOf(reference: string | undefined): number | null {
  const letters = reference ? /^([A-Z]{1,3})\d*$/i.exec(reference)?.[1] : undefined;
  if (!letters) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Calendar date of an Excel serial day number (the 1900 or 1904 system), as exceljs reads it. */
function serialDate(serial: number, isDate1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (isDate1904 ? 1462 : 0)) * 86_400_000));
  return Number.isFinite(date.getTime()) ? dateOfCell(date) : null;
}

type Workbook = { sharedStrings: string[]; dateStyles: boolean[]; isDate1904: boolean };

/** The text of one cell, by its type (t) and style (s). */
function cellValue(type: string, style: number, value: string, inline: string, book: Workbook): string {
  switch (type) {
    case 's':
      return book.sharedStrings[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
      return value;
    case 'b':
      return value === '1' || value === 'true' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd': {
      const date = new Date(value);
      return Number.isFinite(date.getTime()) ? dateOfCell(date) : value;
    }
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (book.dateStyles[style]) return serialDate(number, book.isDate1904) ?? String(number);
      return String(number);
    }
  }
}

/** The rows of one sheet that have a value, up to the limits; the first is the header. */
async function readSheetRows(
  zip: SafeZip,
  path: string,
  book: Workbook,
  options: { fileName: string; limits: SheetLimits },
): Promise<RawRow[]> {
  const { fileName, limits } = options;
  const rows: RawRow[] = [];
  const inline = textCollector(fileName);
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let cell: { type: string; style: number } | null = null;
  let value: string[] = [];
  let valueLength = 0;
  let inValue = false;
  await parseXml(zip, path, fileName, {
    open: ({ name, attributes }) => {
      if (name === 'row') {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > maxSheetRow)
          throw unsupported(fileName, `the workbook is damaged (row number ${attributes.r}).`);
        cells = [];
        column = 0;
      } else if (name === 'c') {
        column = columnOf(attributes.r) ?? column + 1;
        cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) };
        value = [];
        valueLength = 0;
      } else if (name === 'v' && cell) inValue = true;
      else if (cell) inline.open(name);
    },
    text: (text) => {
      if (inValue) {
        valueLength += text.length;
        if (valueLength > maxCellCharacters) throw cellTooLong(fileName);
        value.push(text);
      } else if (cell) inline.text(text);
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'c' && cell) {
        const text = cellValue(cell.type, cell.style, value.join(''), inline.take(), book);
        cell = null;
        if (text === '') return;
        if (column > limits.maxColumns)
          throw importRejected(fileName, [
            {
              line: rowNumber,
              column: null,
              field: 'file',
              message: `more than ${limits.maxColumns} columns`,
              code: 'too_many_columns',
              params: { max: limits.maxColumns },
            },
          ]);
        while (cells.length < column - 1) cells.push('');
        cells[column - 1] = text;
      } else if (name === 'row') {
        if (cells.length === 0) return;
        rows.push({ line: rowNumber, cells });
        // One more than allowed is enough to say so; the rest is never read.
        if (rows.length > limits.maxRows + 1) throw tooManyRows(fileName, limits.maxRows);
      } else if (cell) inline.close(name);
    },
  });
  return rows;
}

export const tooManyRows = (fileName: string, max: number) =>
  importRejected(fileName, [
    {
      line: null,
      column: null,
      field: 'file',
      message: `more than ${max} rows; split the file`,
      code: 'too_many_rows',
      params: { max },
    },
  ]);

/** The first sheet with any value, as rows of text (header first); every limit checked on the way. */
export async function readXlsxRows(
  content: Buffer,
  options: { fileName: string; zipLimits: ZipLimits; limits: SheetLimits },
): Promise<RawRow[]> {
  const { fileName } = options;
  const zip = await openSafeZip(content, { fileName, limits: options.zipLimits });
  const workbook = await readWorkbook(zip, fileName);
  const book: Workbook = {
    sharedStrings: await readSharedStrings(zip, workbook.sharedStrings, fileName),
    dateStyles: await readDateStyles(zip, workbook.styles, fileName),
    isDate1904: workbook.isDate1904,
  };
  for (const sheet of workbook.sheets) {
    const rows = await readSheetRows(zip, sheet, book, options);
    if (rows.length) return rows;
  }
  throw unsupported(fileName, 'the workbook has no filled sheet.');
}
