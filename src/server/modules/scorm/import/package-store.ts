import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../../http/errors.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { type FileStorage, runBoundedWorker, streamToFile } from '../../files/index.ts';
import { contentTypeOf } from '../serving/content-types.ts';
import type { UnpackedPackage, UnpackInput } from './package-unpack.ts';

// The file side of an import: the upload streams to a temporary zip, a worker process checks and
// unpacks it, and every file moves into storage under its own key. The database rows are written by
// the caller; if that fails, `discard` takes the stored files away again.

const workerEntry = new URL('./package.worker.ts', import.meta.url);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const isZip = (head: Buffer) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

export type StoredPackageFile = { path: string; storageKey: string; size: number; contentType: string };
export type StoredPackage = {
  manifest: UnpackedPackage['manifest'];
  files: StoredPackageFile[];
  unpackedBytes: number;
  packageBytes: number;
  discard: () => Promise<void>;
};

/** Runs `work` over `items` with at most `limit` at a time (S3 puts, many small files). */
async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(runners);
}

export async function receivePackage(options: {
  storage: FileStorage;
  organisationId: string;
  limits: UploadLimits;
  log: { error: (details: object, message: string) => void };
  fileName: string;
  stream: Readable;
}): Promise<StoredPackage> {
  const { storage, limits } = options;
  const zipPath = await storage.temporaryPath(`${randomUUID()}.zip`);
  const outDir = `${zipPath}.d`;
  const stored: string[] = [];
  try {
    let written: Awaited<ReturnType<typeof streamToFile>>;
    try {
      written = await streamToFile(options.stream, zipPath, limits.package.maxUploadBytes);
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') written = { isTooLarge: true };
      else throw error;
    }
    if (written.isTooLarge)
      throw new AppError(
        'payload_too_large',
        `${options.fileName}: a package may be at most ${megabytes(limits.package.maxUploadBytes)} MB (PACKAGE_MAX_UPLOAD_MB).`,
      );
    if (!isZip(written.head))
      throw new AppError(
        'unsupported_file',
        `${options.fileName}: a SCORM package is a .zip file; this is not one.`,
        {
          errors: [{ field: 'file', message: 'is not a zip file', code: 'notZip' }],
        },
      );
    const input: UnpackInput = {
      zipPath,
      zipSize: written.size,
      outDir,
      limits: { ...limits.zip, maxUnpackedBytes: limits.package.maxUnpackedBytes },
    };
    const unpacked = await runBoundedWorker<UnpackedPackage>(
      workerEntry,
      { fileName: options.fileName, content: new Uint8Array(0), options: input },
      { ...limits.parse, timeoutMs: limits.package.timeoutMs, log: options.log },
    );
    const files: StoredPackageFile[] = unpacked.files.map((file) => ({
      path: file.path,
      storageKey: `${options.organisationId}/${randomUUID()}`,
      size: file.size,
      contentType: contentTypeOf(file.path),
    }));
    const moves = files.map((file, index) => ({ file, from: unpacked.files[index]!.temporaryName }));
    await inPool(moves, 8, async ({ file, from }) => {
      await storage.adopt(join(outDir, from), file.storageKey);
      stored.push(file.storageKey);
    });
    return {
      manifest: unpacked.manifest,
      files,
      unpackedBytes: unpacked.unpackedBytes,
      packageBytes: written.size,
      discard: () => removeStored(storage, stored),
    };
  } catch (error) {
    await removeStored(storage, stored);
    throw error;
  } finally {
    await rm(zipPath, { force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}

async function removeStored(storage: FileStorage, keys: string[]) {
  await inPool([...keys], 8, (key) => storage.remove(key));
}
