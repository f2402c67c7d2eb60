import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sniffUpload } from './imports.sniff.ts';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])),
  );
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));
const refusal = (content: Uint8Array, fileName: string) => {
  try {
    sniffUpload(content, fileName);
  } catch (error) {
    return error as { code: string; message: string };
  }
  return null;
};

describe('telling a spreadsheet from anything else by its bytes', () => {
  it.each([
    [
      'a PDF',
      bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      /PDF/,
    ],
    ['a PNG', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR'), /PNG/],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF', 0), /JPEG/],
    ['a GIF', bytes('GIF89a', 1, 0, 1, 0), /GIF/],
    ['a WebP image', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), /image, audio or video/],
    ['an MP4 video', bytes(0, 0, 0, 0x18, 'ftypmp42'), /image, audio or video/],
    ['a TIFF', bytes('II*', 0, 8, 0, 0, 0), /TIFF/],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /old Excel/],
    ['an empty zip', bytes('PK', 5, 6, 0, 0, 0, 0), /empty or split zip/],
    ['a gzip file', bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0), /compressed archive/],
    ['a RAR file', bytes('Rar!', 0x1a, 7, 0), /compressed archive/],
    ['UTF-32 text', bytes(0xff, 0xfe, 0, 0, 'N', 0, 0, 0), /UTF-32/],
    ['an RTF document', text('{\\rtf1\\ansi Naam;Mail}'), /RTF/],
    [
      'an Excel web page',
      text('\uFEFF<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>'),
      /HTML/,
    ],
    ['an XML spreadsheet 2003', text('<?xml version="1.0"?>\n<Workbook>'), /XML/],
    [
      'text with a NUL byte far in',
      bytes(`Naam;Mail\n${'Jan;jan@x.nl\n'.repeat(2000)}`, 0, 'x'),
      /not a text/,
    ],
    [
      'text full of control characters',
      bytes('Naam;Mail\n', ...Array.from({ length: 50 }, () => 0x02)),
      /not a text/,
    ],
    ['a UTF-8 BOM before invalid UTF-8', bytes(0xef, 0xbb, 0xbf, 'Naam;Z', 0xeb, 'e\n'), /starts as UTF-8/],
    ['UTF-16 with NUL characters', bytes(0xff, 0xfe, 'N', 0, 0, 0, 'a', 0), /not a text/],
  ])('refuses %s with 415 naming the file', (_, content, why) => {
    const error = refusal(content, 'medewerkers.csv');
    expect(error?.code).toBe('unsupported_file');
    expect(error?.message).toMatch(/^medewerkers\.csv: /);
    expect(error?.message).toMatch(why);
  });

  it('refuses random bytes, whatever they are called', () => {
    const noise = new Uint8Array(randomBytes(64 * 1024));
    // Keep the test about the content, not about a NUL happening to be in it.
    for (let i = 0; i < noise.length; i++) if (noise[i] === 0) noise[i] = 0xab;
    expect(refusal(noise, 'export.xlsx')).toMatchObject({ code: 'unsupported_file' });
  });

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(), 'leeg.csv')?.message).toMatch(/empty/);
  });

  it.each([
    ['UTF-8 with a BOM', text('\uFEFFVoornaam;Achternaam\r\nZoë;Çelik\r\n')],
    ['UTF-8 without a BOM', text('Voornaam,Achternaam\nAnders,Ångström\n')],
    [
      'Windows-1252 (Excel NL)',
      bytes('Voornaam;Achternaam\r\nZo', 0xeb, ';', 0xc7, 'elik\r\nRen', 0xe9, 'e;M', 0xfc, 'ller\r\n'),
    ],
    [
      'UTF-16 little endian with a BOM',
      new Uint8Array(Buffer.from('\uFEFFVoornaam\tAchternaam\r\n', 'utf16le')),
    ],
    ['UTF-16 big endian with a BOM', bytes(0xfe, 0xff, 0, 'N', 0, 'a', 0, 'a', 0, 'm', 0, '\n')],
    ['text with a DOS end-of-file mark', bytes('Naam;Mail\r\nJan;jan@x.nl\r\n', 0x1a)],
  ])('reads %s as CSV', (_, content) => {
    expect(sniffUpload(content, 'medewerkers.csv')).toBe('csv');
  });

  it('takes a zip as a workbook to be checked further, whatever its name', () => {
    expect(sniffUpload(bytes('PK', 3, 4, 20, 0), 'medewerkers.csv')).toBe('xlsx');
  });
});
