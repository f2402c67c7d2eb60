import type { Config } from '../config.ts';
import { createDatabase } from './database.ts';

/** The database the configuration asks for: a PostgreSQL server, or PGlite in DATA_DIR. */
export function openDatabase(config: Config) {
  return config.databaseUrl
    ? createDatabase({ databaseUrl: config.databaseUrl })
    : createDatabase({ dataDir: config.dataDir });
}
