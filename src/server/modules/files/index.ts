export {
  runBoundedWorker,
  serveWorkerTask,
  uploadWorkerChannel,
  type WorkerLimits,
} from './bounded-worker.ts';
export { storedFileSchema } from './files.routes.ts';
export { findFile, parseRange, type StoredFile } from './files.service.ts';
export { storageFor } from './files.storage-for.ts';
export { fileTooComplexProblem } from './upload-limits.schemas.ts';
export {
  type FileLimit,
  fileLimits,
  fileTooComplex,
  openSafeZip,
  type SafeZip,
  type SafeZipEntry,
  type ZipLimits,
  type ZipOnDisk,
} from './zip-limits.ts';
