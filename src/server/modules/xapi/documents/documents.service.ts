import { createHash } from 'node:crypto';
import type { TenantDb } from '../../../db/tenant.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';
import { badRequest, XapiError } from '../xapi.errors.ts';
import type { XapiVersion } from '../xapi.version.ts';
import {
  type DocumentScope,
  findDocument,
  type StoredDocument,
  saveDocument,
} from './documents.repository.ts';

const jsonType = 'application/json';
const isJson = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase() === jsonType;

/** ETags are the SHA1 of the document's bytes, quoted (Communication 3.1). */
export const etagOf = (content: Buffer) => createHash('sha1').update(content).digest('hex');

export type Preconditions = { ifMatch?: string; ifNoneMatch?: string };

function etagList(header: string): string[] {
  return header.split(',').map((tag) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1'),
  );
}

/**
 * If-Match and If-None-Match (RFC 7232) against the current document: 412 when they fail. A PUT that
 * would overwrite a document without either is a 409 (Communication 3.1), for the state resource only
 * from xAPI 2.0 on.
 */
export function checkPreconditions(
  current: StoredDocument | null,
  preconditions: Preconditions,
  options: {
    isPut: boolean;
    /** required: PUT without If-Match/If-None-Match is refused (profiles); whenExists: only over a document. */
    precondition: 'required' | 'whenExists' | 'optional';
  },
): void {
  const rule = 'Communication 3.1 (Concurrency)';
  if (preconditions.ifMatch !== undefined) {
    const tags = etagList(preconditions.ifMatch);
    if (!current || !(tags.includes('*') || tags.includes(current.etag)))
      throw new XapiError(412, 'If-Match does not match the current document', rule);
  }
  if (preconditions.ifNoneMatch !== undefined) {
    const tags = etagList(preconditions.ifNoneMatch);
    if (current && (tags.includes('*') || tags.includes(current.etag)))
      throw new XapiError(412, 'If-None-Match: the document already exists', rule);
  }
  const hasPrecondition = preconditions.ifMatch !== undefined || preconditions.ifNoneMatch !== undefined;
  if (!options.isPut || hasPrecondition || options.precondition === 'optional') return;
  if (current)
    throw new XapiError(
      409,
      'the document exists: send If-Match with its ETag to replace it, or If-None-Match: * to create only',
      rule,
    );
  if (options.precondition === 'required')
    throw badRequest('a PUT of a profile document needs If-Match or If-None-Match', rule);
}

function parseObject(content: Buffer, what: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw badRequest(`${what} is not valid JSON`, 'Communication 2.2 (JSON Procedure with Requirements)');
  }
  if (!isObject(value)) throw badRequest(`${what} is not a JSON object`, 'Communication 2.2');
  return value;
}

export type DocumentWrite = {
  documentId: string;
  contentType: string;
  content: Buffer;
  preconditions: Preconditions;
  version: XapiVersion;
};

/** PUT: store or replace the document as sent. */
export async function putDocument(
  tenant: TenantDb,
  scope: DocumentScope,
  write: DocumentWrite,
): Promise<void> {
  await tenant.transaction(async (trx) => {
    const current = await findDocument(trx, scope, write.documentId, { forUpdate: true });
    checkPreconditions(current, write.preconditions, {
      isPut: true,
      precondition:
        scope.kind !== 'state' ? 'required' : write.version === '2.0.0' ? 'whenExists' : 'optional',
    });
    await saveDocument(trx, scope, {
      documentId: write.documentId,
      contentType: write.contentType,
      content: write.content,
      etag: etagOf(write.content),
    });
  });
}

/**
 * POST: a JSON object is merged into the stored JSON object one level deep (new properties win);
 * anything else is stored when there is nothing yet, and refused with 400 when either side is not
 * JSON (Communication 2.2).
 */
export async function postDocument(
  tenant: TenantDb,
  scope: DocumentScope,
  write: DocumentWrite,
): Promise<void> {
  const incoming = isJson(write.contentType) ? parseObject(write.content, 'the posted document') : null;
  await tenant.transaction(async (trx) => {
    const current = await findDocument(trx, scope, write.documentId, { forUpdate: true });
    checkPreconditions(current, write.preconditions, { isPut: false, precondition: 'optional' });
    let content = write.content;
    let contentType = write.contentType;
    if (current) {
      if (!incoming || !isJson(current.contentType))
        throw badRequest(
          'a document is merged only when both the stored and the posted document are JSON objects',
          'Communication 2.2 (JSON Procedure with Requirements)',
        );
      const merged = { ...parseObject(current.content, 'the stored document'), ...incoming };
      content = Buffer.from(JSON.stringify(merged));
      contentType = jsonType;
    }
    await saveDocument(trx, scope, {
      documentId: write.documentId,
      contentType,
      content,
      etag: etagOf(content),
    });
  });
}
