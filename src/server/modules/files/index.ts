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
  type ZipOnDisk,
} from '../../uploads/zip-limits.ts';
export { type FileGuard, registerFileGuard } from './files.guards.ts';
export { fileHeadlines } from './files.lookup.ts';
export {
  isZip,
  type PackageUpload,
  type ReceivedUpload,
  receiveUnpackedUpload,
  type StoredUnpackedFile,
} from './files.receive-unpacked.ts';
export { storedFileSchema } from './files.routes.ts';
export { findFile, parseRange, type StoredFile, storeUpload, uploadFile } from './files.service.ts';
export type { UploadPolicy } from './files.sniff.ts';
export { type FileStorage, streamToFile } from './files.storage.ts';
export { storageFor } from './files.storage-for.ts';
export { fileTooComplexProblem } from './upload-limits.schemas.ts';
