import { createHash, randomBytes } from 'node:crypto';
import { badRequest } from '../xapi.errors.ts';
import { isObject, type JsonObject } from './validate-primitives.ts';

export type AttachmentPart = { contentType: string; sha2: string; content: Buffer };

const rule = 'Communication 1.5.2 (multipart/mixed)';

/** The boundary parameter of a multipart Content-Type, or null. */
export function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split(/\r\n/)) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw badRequest(`multipart header line "${line.slice(0, 60)}" has no name`, rule);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Splits a multipart/mixed body (RFC 2046): the first part is the statement JSON, every other part
 * an attachment with Content-Transfer-Encoding binary and X-Experience-API-Hash, checked against the
 * SHA-2 of its bytes.
 */
export function parseMultipart(body: Buffer, contentType: string): { json: Buffer; parts: AttachmentPart[] } {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw badRequest('the multipart/mixed Content-Type has no boundary', rule);
  const delimiter = Buffer.from(`--${boundary}`);
  const sections: Buffer[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw badRequest('the body does not contain its boundary', rule);
  let isClosed = false;
  while (position >= 0) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') {
      isClosed = true;
      break;
    }
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), start);
    if (next < 0) break;
    sections.push(body.subarray(start, next));
    position = next + 2;
  }
  if (!isClosed) throw badRequest('the multipart body does not end with its closing boundary', rule);
  const parts = sections.map((section) => {
    // After the boundary: optional white space, CRLF, headers, an empty line, the content.
    const lineEnd = section.indexOf('\r\n');
    const rest = lineEnd < 0 ? Buffer.alloc(0) : section.subarray(lineEnd + 2);
    const split = rest.indexOf('\r\n\r\n');
    const headerText = split < 0 ? rest.toString('latin1') : rest.subarray(0, split).toString('latin1');
    const content = split < 0 ? Buffer.alloc(0) : rest.subarray(split + 4);
    return { headers: headersOf(headerText.startsWith('\r\n') ? headerText.slice(2) : headerText), content };
  });
  const [first, ...others] = parts;
  if (!first) throw badRequest('the multipart body has no parts', rule);
  const firstType = first.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (firstType !== 'application/json')
    throw badRequest(
      'the first part of a multipart/mixed body must be the statements as application/json',
      rule,
    );
  return {
    json: first.content,
    parts: others.map((part, index) => {
      const name = `part ${index + 2}`;
      const type = part.headers.get('content-type');
      if (!type) throw badRequest(`${name} has no Content-Type`, rule);
      const encoding = part.headers.get('content-transfer-encoding');
      if (encoding?.toLowerCase() !== 'binary')
        throw badRequest(`${name} needs Content-Transfer-Encoding: binary`, rule);
      const hash = part.headers.get('x-experience-api-hash');
      if (!hash) throw badRequest(`${name} has no X-Experience-API-Hash`, rule);
      const sha2 = hash.toLowerCase();
      if (sha2Of(part.content, sha2.length) !== sha2)
        throw badRequest(`${name}: X-Experience-API-Hash does not match the SHA-2 of its content`, rule);
      return { contentType: type, sha2, content: part.content };
    }),
  };
}

/** SHA-2 of the width a hash has (224, 256, 384 or 512 bits). */
export function sha2Of(content: Buffer, hexLength: number): string {
  const algorithm = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' }[hexLength] ?? 'sha256';
  return createHash(algorithm).update(content).digest('hex');
}

export const attachmentsOf = (statement: JsonObject): JsonObject[] =>
  Array.isArray(statement.attachments) ? statement.attachments.filter(isObject) : [];

/**
 * Every attachment without a fileUrl must arrive as a part, and every part must belong to an
 * attachment (Communication 1.5.2); a statement with only fileUrl attachments may come as plain JSON.
 */
export function matchParts(statements: JsonObject[], parts: AttachmentPart[]): Map<string, AttachmentPart> {
  const byHash = new Map(parts.map((part) => [part.sha2, part]));
  const declared = new Set<string>();
  for (const statement of statements)
    for (const attachment of attachmentsOf(statement)) {
      const sha2 = String(attachment.sha2).toLowerCase();
      declared.add(sha2);
      if (attachment.fileUrl === undefined && !byHash.has(sha2))
        throw badRequest(
          `the attachment with sha2 ${sha2} has no fileUrl and no part in the request`,
          'Data 2.4.11 (Attachments): attachment data is sent as a multipart/mixed part',
        );
    }
  for (const part of parts)
    if (!declared.has(part.sha2))
      throw badRequest(`the part with hash ${part.sha2} belongs to no attachment of the statements`, rule);
  return byHash;
}

/** A multipart/mixed answer: the JSON first, then each attachment's bytes (attachments=true). */
export function buildMultipart(
  /** The JSON part, already as text. */
  json: string,
  parts: AttachmentPart[],
): { contentType: string; body: Buffer } {
  const boundary = `groeipad-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n`),
    Buffer.from(json),
  ];
  for (const part of parts)
    chunks.push(
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Type: ${part.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${part.sha2}\r\n\r\n`,
      ),
      part.content,
    );
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
