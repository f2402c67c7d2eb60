import type { FastifyReply } from 'fastify';

/** Types a browser shows without running anything from the file; everything else is downloaded. */
const inlineTypes = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/ogg',
  'application/pdf',
]);

export function isInlineType(contentType: string): boolean {
  return inlineTypes.has(contentType.split(';')[0]!.trim().toLowerCase());
}

/**
 * RFC 6266: `filename` an ASCII fallback for old clients, `filename*` the UTF-8 name percent-encoded
 * once (RFC 8187), only when it differs. Control characters and path separators never reach the header.
 */
export function contentDisposition(fileName: string, type: 'inline' | 'attachment'): string {
  const name =
    fileName
      .toWellFormed()
      .replace(/[\p{Cc}/\\]/gu, '_')
      .trim() || 'download';
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|"/g, '_');
  const extended = ascii === name ? '' : `; filename*=UTF-8''${encodeExtValue(name)}`;
  return `${type}; filename="${ascii}"${extended}`;
}

/** RFC 8187 attr-chars stay, every other UTF-8 byte is %XX (encodeURIComponent leaves '()* as is). */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A file opened on its own runs sandboxed (no script, an opaque origin) and loads nothing but itself.
 * The browser's viewer pages style themselves inline, and its video and audio pages fetch their own
 * address again, signed in: those keep the app's origin, which without script reaches nothing more.
 */
function sandboxPolicy(contentType: string, inline: boolean): string {
  const isMedia = inline && /^(video|audio)\//i.test(contentType);
  return isMedia
    ? "default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; sandbox allow-same-origin"
    : "default-src 'none'; style-src 'unsafe-inline'; sandbox";
}

/**
 * Headers for a file the app hands out (uploads, exports, PDFs, .ics): its declared type, never
 * sniffed, inline only when the type is safe to show (and asked for), otherwise a download, and a
 * sandboxing CSP for when it is opened on its own.
 */
export function fileHeaders(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; inline?: boolean },
): FastifyReply {
  const inline = (file.inline ?? true) && isInlineType(file.contentType);
  reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition(file.fileName, inline ? 'inline' : 'attachment'))
    .header('x-content-type-options', 'nosniff')
    // Shown inline, the app itself may embed it (a PDF in the learning player); a download never.
    .header(
      'content-security-policy',
      `${sandboxPolicy(file.contentType, inline)}; frame-ancestors ${inline ? "'self'" : "'none'"}`,
    )
    .header('x-frame-options', inline ? 'SAMEORIGIN' : 'DENY');
  return reply;
}
