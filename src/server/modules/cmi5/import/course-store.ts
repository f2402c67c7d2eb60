import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../../http/errors.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { type FileStorage, runBoundedWorker, streamToFile } from '../../files/index.ts';
import { contentTypeOf } from '../../scorm/index.ts';
import type { UnpackedCourse, UnpackInput } from './course-unpack.ts';

// The file side of a course import: the upload streams to a temporary file, a worker process reads
// it (zip or bare cmi5.xml), and a zip's files move into storage. The caller writes the rows; if that
// fails, `discard` removes the stored files again.

const workerEntry = new URL('./course.worker.ts', import.meta.url);
const isZip = (head: Buffer) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
const looksLikeXml = (head: Buffer) => /^(\uFEFF)?\s*</.test(head.subarray(0, 200).toString('utf8'));

export type StoredCourseFile = { path: string; storageKey: string; size: number; contentType: string };
export type StoredCourse = {
  structure: UnpackedCourse['structure'];
  files: StoredCourseFile[];
  discard: () => Promise<void>;
};

export async function receiveCourse(options: {
  storage: FileStorage;
  organisationId: string;
  limits: UploadLimits;
  log: { error: (details: object, message: string) => void };
  fileName: string;
  stream: Readable;
}): Promise<StoredCourse> {
  const { storage, limits } = options;
  const path = await storage.temporaryPath(`${randomUUID()}.upload`);
  const outDir = `${path}.d`;
  const stored: string[] = [];
  const discard = async () => {
    for (const key of stored) await storage.remove(key);
  };
  try {
    let written: Awaited<ReturnType<typeof streamToFile>>;
    try {
      written = await streamToFile(options.stream, path, limits.package.maxUploadBytes);
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') written = { isTooLarge: true };
      else throw error;
    }
    if (written.isTooLarge)
      throw new AppError(
        'payload_too_large',
        `${options.fileName}: a course may be at most ${Math.round(limits.package.maxUploadBytes / 1048576)} MB (PACKAGE_MAX_UPLOAD_MB).`,
      );
    const zip = isZip(written.head);
    if (!zip && !looksLikeXml(written.head))
      throw new AppError(
        'unsupported_file',
        `${options.fileName}: a cmi5 course is a .zip or a cmi5.xml file.`,
        {
          errors: [{ field: 'file', message: 'is neither a zip nor XML', code: 'notZip' }],
        },
      );
    const input: UnpackInput = {
      path,
      size: written.size,
      isZip: zip,
      outDir,
      limits: { ...limits.zip, maxUnpackedBytes: limits.package.maxUnpackedBytes },
    };
    const unpacked = await runBoundedWorker<UnpackedCourse>(
      workerEntry,
      { fileName: options.fileName, content: new Uint8Array(0), options: input },
      { ...limits.parse, timeoutMs: limits.package.timeoutMs, log: options.log },
    );
    const files = unpacked.files.map((file) => ({
      path: file.path,
      storageKey: `${options.organisationId}/${randomUUID()}`,
      size: file.size,
      contentType: contentTypeOf(file.path),
    }));
    for (const [index, file] of files.entries()) {
      await storage.adopt(join(outDir, unpacked.files[index]!.temporaryName), file.storageKey);
      stored.push(file.storageKey);
    }
    return { structure: unpacked.structure, files, discard };
  } catch (error) {
    await discard();
    throw error;
  } finally {
    await rm(path, { force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}
