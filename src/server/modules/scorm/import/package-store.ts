import { AppError } from '../../../http/errors.ts';
import {
  isZip,
  type PackageUpload,
  receiveUnpackedUpload,
  type StoredUnpackedFile,
} from '../../files/index.ts';
import { contentTypeOf } from '../serving/content-types.ts';
import type { UnpackedPackage, UnpackInput } from './package-unpack.ts';

// The file side of an import (the skeleton is the files module's receiveUnpackedUpload): the upload
// must be a zip; a worker process checks and unpacks it; every file moves into storage. The database
// rows are written by the caller; if that fails, `discard` takes the stored files away again.

const workerEntry = new URL('./package.worker.ts', import.meta.url);

export type StoredPackageFile = StoredUnpackedFile;
export type StoredPackage = {
  manifest: UnpackedPackage['manifest'];
  files: StoredPackageFile[];
  unpackedBytes: number;
  packageBytes: number;
  discard: () => Promise<void>;
};

export async function receivePackage(options: PackageUpload): Promise<StoredPackage> {
  const received = await receiveUnpackedUpload<UnpackedPackage>({
    ...options,
    noun: 'a package',
    checkHead: (head) => {
      if (!isZip(head))
        throw new AppError(
          'unsupported_file',
          `${options.fileName}: a SCORM package is a .zip file; this is not one.`,
          { errors: [{ field: 'file', message: 'is not a zip file', code: 'notZip' }] },
        );
    },
    worker: workerEntry,
    workerInput: ({ path, size, outDir }): UnpackInput => ({
      zipPath: path,
      zipSize: size,
      outDir,
      limits: { ...options.limits.zip, maxUnpackedBytes: options.limits.package.maxUnpackedBytes },
    }),
    contentTypeOf,
  });
  return {
    manifest: received.result.manifest,
    files: received.files,
    unpackedBytes: received.result.unpackedBytes,
    packageBytes: received.uploadBytes,
    discard: received.discard,
  };
}
