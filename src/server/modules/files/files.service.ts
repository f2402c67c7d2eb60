import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import type { FilePurpose } from '../../db/schema.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { filePolicies, looksLikeCompletePdf, sniffContentType, type UploadPolicy } from './files.sniff.ts';
import { type FileStorage, streamToFile } from './files.storage.ts';

export type StoredFile = {
  id: string;
  purpose: FilePurpose;
  contentType: string;
  sizeBytes: number;
  originalName: string;
};

/**
 * Streams an upload to a temporary file, checks its size and its type by content (never by name or the
 * browser's claim), then moves it into storage under a new key. A refused file leaves nothing behind.
 * `label` names the file in refusals ("offerte.pdf: "); `what` says what it was meant to be.
 */
export async function storeUpload(options: {
  storage: FileStorage;
  organisationId: string;
  stream: Readable;
  policy: UploadPolicy;
  what: string;
  label?: string;
}): Promise<{ key: string; contentType: string; sizeBytes: number }> {
  const { storage, policy, what } = options;
  const label = options.label ?? '';
  const temporary = await storage.temporaryPath(randomUUID());
  const written = await streamToFile(options.stream, temporary, policy.maxBytes);
  if (written.isTooLarge)
    throw new AppError(
      'payload_too_large',
      `${label}${capitalised(what)} may be at most ${Math.round(policy.maxBytes / 1024 / 1024)} MB.`,
    );
  const refuse = async (detail: string) => {
    await rm(temporary, { force: true });
    return new AppError('unsupported_file', detail, { errors: [{ field: 'file', message: detail }] });
  };
  if (written.size === 0) throw await refuse(`${label}The file is empty.`);
  const contentType = sniffContentType(written.head);
  if (!contentType || !policy.types.includes(contentType))
    throw await refuse(
      `${label}The content is ${contentType ?? 'not a known type'}; ${what} must be ${policy.types.join(', ')}.`,
    );
  if (policy.needsCompletePdf && contentType === 'application/pdf' && !looksLikeCompletePdf(written.tail))
    throw await refuse(`${label}The PDF is damaged or incomplete.`);
  const key = `${options.organisationId}/${randomUUID()}`;
  await storage.adopt(temporary, key);
  return { key, contentType, sizeBytes: written.size };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A catalogue file: stored as above and recorded in `files`, audited. */
export async function uploadFile(options: {
  db: Db;
  storage: FileStorage;
  auth: Auth;
  purpose: FilePurpose;
  fileName: string;
  stream: Readable;
}): Promise<StoredFile> {
  const { storage, purpose } = options;
  const stored = await storeUpload({
    storage,
    organisationId: options.auth.organisationId,
    stream: options.stream,
    policy: filePolicies[purpose],
    what: `a ${purpose} file`,
  });
  const { key, contentType, sizeBytes } = stored;
  const id = key.split('/')[1]!;
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  try {
    await tenant.transaction(async (trx) => {
      await trx
        .insertInto('files', {
          id,
          purpose,
          content_type: contentType,
          size_bytes: sizeBytes,
          storage_key: key,
          original_name: options.fileName,
          created_by: options.auth.kind === 'person' ? personIdOf(options.auth) : null,
        })
        .execute();
      await recordEvent(trx, options.auth, {
        action: 'file.uploaded',
        subjectType: 'file',
        subjectId: id,
        changes: { purpose, contentType, sizeBytes },
      });
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
  return { id, purpose, contentType, sizeBytes, originalName: options.fileName };
}

export async function findFile(db: Db, organisationId: string, fileId: string) {
  return forOrganisation(db, organisationId)
    .selectFrom('files')
    .selectAll()
    .where('id', '=', fileId)
    .executeTakeFirst();
}

/** Parses a single `bytes=start-end` range; null means "send it all", false means unsatisfiable. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | false {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  let start: number;
  let end: number;
  if (from === '') {
    if (to === '') return false;
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start > end || start >= size) return false;
  return { start, end };
}
