import { AppError } from '../../../http/errors.ts';
import {
  isZip,
  type PackageUpload,
  receiveUnpackedUpload,
  type StoredUnpackedFile,
} from '../../files/index.ts';
import { contentTypeOf } from '../../scorm/index.ts';
import type { UnpackedCourse, UnpackInput } from './course-unpack.ts';

// The file side of a course import (the skeleton is the files module's receiveUnpackedUpload): a zip
// or a bare cmi5.xml; a worker process reads it; a zip's files move into storage. The caller writes
// the rows; if that fails, `discard` removes the stored files again.

const workerEntry = new URL('./course.worker.ts', import.meta.url);
const looksLikeXml = (head: Buffer) => /^(\uFEFF)?\s*</.test(head.subarray(0, 200).toString('utf8'));

export type StoredCourseFile = StoredUnpackedFile;
export type StoredCourse = {
  structure: UnpackedCourse['structure'];
  files: StoredCourseFile[];
  discard: () => Promise<void>;
};

export async function receiveCourse(options: PackageUpload): Promise<StoredCourse> {
  const received = await receiveUnpackedUpload<UnpackedCourse>({
    ...options,
    noun: 'a course',
    checkHead: (head) => {
      if (!isZip(head) && !looksLikeXml(head))
        throw new AppError(
          'unsupported_file',
          `${options.fileName}: a cmi5 course is a .zip or a cmi5.xml file.`,
          {
            errors: [{ field: 'file', message: 'is neither a zip nor XML', code: 'notZip' }],
          },
        );
    },
    worker: workerEntry,
    workerInput: ({ path, size, outDir, head }): UnpackInput => ({
      path,
      size,
      isZip: isZip(head),
      outDir,
      limits: { ...options.limits.zip, maxUnpackedBytes: options.limits.package.maxUnpackedBytes },
    }),
    contentTypeOf,
  });
  return { structure: received.result.structure, files: received.files, discard: received.discard };
}
