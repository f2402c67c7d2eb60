export { storedFileSchema } from './files.routes.ts';
export { findFile, type StoredFile } from './files.service.ts';
export { storageFor } from './files.storage-for.ts';
