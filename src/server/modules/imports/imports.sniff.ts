import { isUtf8 } from 'node:buffer';
import { AppError } from '../../http/errors.ts';

// What an uploaded import file is, from its bytes: an XLSX (a zip), or text we read as CSV. Anything
// else (a PDF, an image, an old .xls, a Word file, random bytes) is refused naming the file, whatever
// its name says. The CSV decision is final: binary content is never handed to the CSV parser.

export type UploadKind = 'csv' | 'xlsx';

export function unsupportedUpload(fileName: string, why: string): AppError {
  return new AppError('unsupported_file', `${fileName}: ${why} Upload a CSV or XLSX file.`);
}

const ascii = (content: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...content.subarray(start, end));
const startsWith = (content: Uint8Array, bytes: number[], at = 0) =>
  bytes.every((byte, i) => content[at + i] === byte);

/** Well-known files by their first bytes, and what to tell the person who uploaded one. */
const signatures: { is: (head: Uint8Array) => boolean; what: string }[] = [
  { is: (head) => ascii(head, 0, 5) === '%PDF-', what: 'this is a PDF document, not a spreadsheet.' },
  { is: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47]), what: 'this is a PNG image.' },
  { is: (head) => startsWith(head, [0xff, 0xd8, 0xff]), what: 'this is a JPEG image.' },
  { is: (head) => ['GIF87a', 'GIF89a'].includes(ascii(head, 0, 6)), what: 'this is a GIF image.' },
  {
    is: (head) => ascii(head, 0, 4) === 'RIFF' || ascii(head, 4, 8) === 'ftyp',
    what: 'this is an image, audio or video file.',
  },
  {
    is: (head) => startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]),
    what: 'this is a TIFF image.',
  },
  {
    is: (head) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]),
    what: 'this is an old Excel (.xls) or Office file; save it as .xlsx or CSV.',
  },
  {
    is: (head) => startsWith(head, [0x50, 0x4b, 0x05, 0x06]) || startsWith(head, [0x50, 0x4b, 0x07, 0x08]),
    what: 'this is an empty or split zip file.',
  },
  {
    is: (head) =>
      startsWith(head, [0x1f, 0x8b]) ||
      ascii(head, 0, 6) === '7z\xbc\xaf\x27\x1c' ||
      ascii(head, 0, 4) === 'Rar!',
    what: 'this is a compressed archive.',
  },
  {
    is: (head) => startsWith(head, [0xff, 0xfe, 0x00, 0x00]) || startsWith(head, [0x00, 0x00, 0xfe, 0xff]),
    what: 'this is UTF-32 text; save it as CSV UTF-8.',
  },
  { is: (head) => ascii(head, 0, 5) === '{\\rtf', what: 'this is an RTF document, not a spreadsheet.' },
];

/** Excel's "web page" and "XML spreadsheet 2003" files (often named .xls by HR systems) are markup. */
function markupKind(content: Uint8Array): string | null {
  const start = new TextDecoder('utf-8')
    .decode(content.subarray(0, 512))
    .replace(/^[\uFEFF\s]+/, '')
    .toLowerCase();
  if (start.startsWith('<?xml')) return 'this is an XML file; save it as .xlsx or CSV.';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table'))
    return 'this is a web page (HTML); save it as .xlsx or CSV.';
  return null;
}

/** Bytes that never occur in text a spreadsheet writes: C0 controls but tab, line breaks and DOS end-of-file. */
const isControlByte = (byte: number) =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a;
/** Windows-1252 leaves these undefined; text in it does not contain them. */
const isUndefinedIn1252 = (byte: number) =>
  byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;

function checkUtf16(content: Uint8Array, fileName: string, isLittleEndian: boolean) {
  let controls = 0;
  const units = Math.floor((content.length - 2) / 2);
  for (let i = 2; i + 1 < content.length; i += 2) {
    const unit = isLittleEndian ? content[i]! | (content[i + 1]! << 8) : (content[i]! << 8) | content[i + 1]!;
    if (unit === 0) throw unsupportedUpload(fileName, 'this is not a text or spreadsheet file.');
    if (unit < 0x20 && isControlByte(unit)) controls++;
  }
  if (controls > Math.max(8, units / 100))
    throw unsupportedUpload(fileName, 'this is not a text or spreadsheet file.');
}

/**
 * XLSX or CSV, from the content alone; throws 415 unsupported_file naming the file otherwise.
 * Text is UTF-8 (with or without BOM), UTF-16 with BOM, or else read as Windows-1252; a file that is
 * none of these (NUL bytes, control characters, mostly high bytes, a UTF-8 BOM before invalid UTF-8)
 * is binary.
 */
export function sniffUpload(content: Uint8Array, fileName: string): UploadKind {
  if (content.length === 0) throw unsupportedUpload(fileName, 'the file is empty.');
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  const known = signatures.find((signature) => signature.is(content));
  if (known) throw unsupportedUpload(fileName, known.what);
  if (startsWith(content, [0xff, 0xfe]) || startsWith(content, [0xfe, 0xff])) {
    checkUtf16(content, fileName, content[0] === 0xff);
    return 'csv';
  }
  const markup = markupKind(content);
  if (markup) throw unsupportedUpload(fileName, markup);
  let controls = 0;
  let high = 0;
  let undefined1252 = 0;
  for (let i = 0; i < content.length; i++) {
    const byte = content[i]!;
    if (byte === 0) throw unsupportedUpload(fileName, 'this is not a text or spreadsheet file.');
    if (isControlByte(byte)) controls++;
    else if (byte >= 0x80) {
      high++;
      if (isUndefinedIn1252(byte)) undefined1252++;
    }
  }
  const notText = () => unsupportedUpload(fileName, 'this is not a text or spreadsheet file.');
  if (controls > Math.max(8, content.length / 100)) throw notText();
  if (isUtf8(content)) return 'csv';
  if (startsWith(content, [0xef, 0xbb, 0xbf]))
    throw unsupportedUpload(
      fileName,
      'the file starts as UTF-8 text but holds bytes that are not; save it again as CSV UTF-8.',
    );
  // Windows-1252 text (Excel NL's CSV) has an accent here and there, never mostly high bytes.
  if (undefined1252 > 0 || high > content.length * 0.3) throw notText();
  return 'csv';
}
