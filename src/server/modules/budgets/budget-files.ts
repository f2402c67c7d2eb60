import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import { notFound } from '../../http/errors.ts';
import { storageFor, storeUpload, type UploadPolicy } from '../files/index.ts';

// Quotes and proof for budget requests are stored like every upload (files module): typed by their
// bytes, never by the browser's claim, and kept in the configured storage (local disk or S3), so every
// app instance behind a load balancer reads them. Rows written before (0121) live in the old folder.

/** What a quote or proof may be: a PDF or a photo of a receipt, at most 10 MB. */
export const budgetFilePolicy: UploadPolicy = {
  types: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic', 'image/heif'],
  maxBytes: 10 * 1024 * 1024,
};

/** Stores an upload, or refuses it (413, 415 naming the file) leaving nothing behind. */
export function storeBudgetFile(options: {
  config: Config;
  organisationId: string;
  fileName: string;
  stream: Readable;
}) {
  return storeUpload({
    storage: storageFor(options.config),
    organisationId: options.organisationId,
    stream: options.stream,
    policy: budgetFilePolicy,
    what: 'a quote or proof',
    label: `${options.fileName}: `,
  });
}

export async function readBudgetFile(
  config: Config,
  file: { storage_key: string; is_in_legacy_folder: boolean },
): Promise<Readable> {
  if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(file.storage_key)) throw new Error('bad storage key');
  if (file.is_in_legacy_folder) {
    const path = join(config.dataDir, 'budget-files', file.storage_key);
    await access(path).catch(() => {
      throw notFound('File');
    });
    return createReadStream(path);
  }
  return storageFor(config).read(file.storage_key);
}

export async function removeBudgetFile(config: Config, key: string) {
  await storageFor(config).remove(key);
}
