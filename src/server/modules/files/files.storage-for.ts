import type { Config } from '../../config.ts';
import { s3FileStorage } from './files.s3.ts';
import { type FileStorage, localFileStorage } from './files.storage.ts';

const stores = new Map<string, FileStorage>();

/** One storage per data folder (tests run several apps side by side). */
export function storageFor(config: Config): FileStorage {
  let store = stores.get(config.dataDir);
  if (!store) {
    store = config.s3 ? s3FileStorage(config.s3, config.dataDir) : localFileStorage(config.dataDir);
    stores.set(config.dataDir, store);
  }
  return store;
}
