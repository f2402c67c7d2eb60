import type { FilePurpose } from '../../db/schema.ts';

/** The bytes a file starts with decide what it is; the name and the browser's claim do not. */
export function sniffContentType(head: Buffer): string | null {
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    // HEIC/HEIF photos (what iPhones take) are ISO media files too; their major brand tells them apart.
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'].includes(brand)) return 'image/heic';
    if (brand === 'mif1' || brand === 'msf1') return 'image/heif';
    if (brand.startsWith('M4A') || brand.startsWith('M4B')) return 'audio/mp4';
    return 'video/mp4';
  }
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^WEBVTT(\s|$)/.test(text)) return 'text/vtt';
  return null;
}

/** Which sniffed types an upload may have and how large it may be; PDFs may be checked for their end. */
export type UploadPolicy = { types: readonly string[]; maxBytes: number; needsCompletePdf?: boolean };

/** Which sniffed types each use of a catalogue file accepts, and how large it may be. */
export const filePolicies: Record<FilePurpose, UploadPolicy> = {
  video: { types: ['video/mp4', 'video/webm'], maxBytes: 500 * 1024 * 1024 },
  audio: { types: ['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/ogg'], maxBytes: 100 * 1024 * 1024 },
  document: { types: ['application/pdf'], maxBytes: 25 * 1024 * 1024, needsCompletePdf: true },
  captions: { types: ['text/vtt'], maxBytes: 1024 * 1024 },
  image: { types: ['image/png', 'image/jpeg'], maxBytes: 5 * 1024 * 1024 },
};

/** A PDF that was cut off (no end-of-file marker in its last kilobyte) cannot be shown. */
export function looksLikeCompletePdf(tail: Buffer): boolean {
  return tail.toString('latin1').includes('%%EOF');
}
