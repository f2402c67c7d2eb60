import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../http/errors.ts';
import { runBoundedWorker } from '../../uploads/bounded-worker.ts';
import type { UploadLimits } from '../../uploads/upload-limits.ts';
import { type FileStorage, streamToFile } from './files.storage.ts';

// The one skeleton of a package upload (SCORM packages, cmi5 courses): the upload streams to a
// temporary file (refused over PACKAGE_MAX_UPLOAD_MB), its first bytes are checked by the caller, a
// bounded worker process checks and unpacks it into a temporary folder, and every unpacked file moves
// into storage under its own key. The caller writes the rows; if that fails, `discard` takes the
// stored files away again. Temporary files are removed whatever happens.

export type UnpackedFile = { path: string; size: number; temporaryName: string };
export type StoredUnpackedFile = { path: string; storageKey: string; size: number; contentType: string };
export type WorkerPaths = { path: string; size: number; outDir: string; head: Buffer };

export type ReceivedUpload<Result> = {
  result: Result;
  files: StoredUnpackedFile[];
  uploadBytes: number;
  discard: () => Promise<void>;
};

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Runs `work` over `items` with at most `limit` at a time (S3 puts, many small files). */
async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(runners);
}

/** Where an upload comes from and where it goes. */
export type PackageUpload = {
  storage: FileStorage;
  organisationId: string;
  limits: UploadLimits;
  log: { error: (details: object, message: string) => void };
  fileName: string;
  stream: Readable;
};

export async function receiveUnpackedUpload<Result extends { files: UnpackedFile[] }>(
  options: PackageUpload & {
    /** "a SCORM package", "a course": the words of the size message. */
    noun: string;
    /** Throws (an AppError naming the field) when the first bytes are not what the upload may be. */
    checkHead: (head: Buffer) => void;
    worker: URL;
    workerInput: (paths: WorkerPaths) => unknown;
    contentTypeOf: (path: string) => string;
  },
): Promise<ReceivedUpload<Result>> {
  const { storage, limits } = options;
  const path = await storage.temporaryPath(`${randomUUID()}.upload`);
  const outDir = `${path}.d`;
  const stored: string[] = [];
  try {
    const written = await streamToFile(options.stream, path, limits.package.maxUploadBytes);
    if (written.isTooLarge)
      throw new AppError(
        'payload_too_large',
        `${options.fileName}: ${options.noun} may be at most ${megabytes(limits.package.maxUploadBytes)} MB (PACKAGE_MAX_UPLOAD_MB).`,
      );
    options.checkHead(written.head);
    const result = await runBoundedWorker<Result>(
      options.worker,
      {
        fileName: options.fileName,
        content: new Uint8Array(0),
        options: options.workerInput({ path, size: written.size, outDir, head: written.head }),
      },
      { ...limits.parse, timeoutMs: limits.package.timeoutMs, log: options.log },
    );
    const files = result.files.map((file) => ({
      path: file.path,
      storageKey: `${options.organisationId}/${randomUUID()}`,
      size: file.size,
      contentType: options.contentTypeOf(file.path),
    }));
    const moves = files.map((file, index) => ({ file, from: result.files[index]!.temporaryName }));
    await inPool(moves, 8, async ({ file, from }) => {
      await storage.adopt(join(outDir, from), file.storageKey);
      stored.push(file.storageKey);
    });
    return {
      result,
      files,
      uploadBytes: written.size,
      discard: () => removeStored(storage, stored),
    };
  } catch (error) {
    await removeStored(storage, stored);
    throw error;
  } finally {
    await rm(path, { force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}

async function removeStored(storage: FileStorage, keys: string[]) {
  await inPool([...keys], 8, (key) => storage.remove(key));
}

/** A zip starts with a local file header. */
export const isZip = (head: Buffer) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
