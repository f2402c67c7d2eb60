export {
  runBoundedWorker,
  serveWorkerTask,
  uploadWorkerChannel,
  type WorkerLimits,
} from '../../uploads/bounded-worker.ts';
export {
  type FileLimit,
  fileLimits,
  fileTooComplex,
  openSafeZip,
  type SafeZip,
  type SafeZipEntry,
  type ZipLimits,
} from '../../uploads/zip-limits.ts';
export { storedFileSchema } from './files.routes.ts';
export { findFile, type StoredFile } from './files.service.ts';
export { storageFor } from './files.storage-for.ts';
export { fileTooComplexProblem } from './upload-limits.schemas.ts';
