import { loadConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openDatabase } from './open.ts';

const config = loadConfig();
const handle = await openDatabase(config);
const applied = await migrate(handle.db);
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
await handle.close();
