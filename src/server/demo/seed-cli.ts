import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { seedDemoIfEmpty } from './seed.ts';

const handle = await openDatabase(loadConfig());
await migrate(handle.db);
const demo = await seedDemoIfEmpty(handle.db);
console.log(
  demo
    ? `Demo organisation "${demo.organisationName}" is in place.`
    : 'The database already has organisations; no demo added.',
);
await handle.close();
