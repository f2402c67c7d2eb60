import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { storageFor } from '../modules/files/index.ts';
import { seedDemoIfEmpty } from './seed.ts';

const config = loadConfig();
const handle = await openDatabase(config);
await migrate(handle.db);
const demo = await seedDemoIfEmpty(handle.db, { files: storageFor(config) });
console.log(
  demo
    ? `Demo organisation "${demo.organisationName}" is in place.`
    : 'The database already has organisations; no demo added.',
);
await handle.close();
