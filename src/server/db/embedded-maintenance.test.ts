import { describe, expect, it } from 'vitest';
import { createDatabase, openPglite } from './database.ts';
import { vacuumWhereDue } from './embedded-maintenance.ts';

type Stats = { n_dead_tup: number; n_mod_since_analyze: number; vacuumed: boolean; analyzed: boolean };

describe('the embedded database has no autovacuum, so the app does its work', () => {
  it('vacuums and analyzes a table an update churned, and leaves a quiet one alone', async () => {
    const handle = await createDatabase({ pglite: await openPglite() });
    const stats = async (table: string) => {
      await handle.query('SELECT pg_stat_force_next_flush()');
      return (
        await handle.query(
          `SELECT n_dead_tup, n_mod_since_analyze, last_vacuum IS NOT NULL AS vacuumed,
            last_analyze IS NOT NULL AS analyzed
           FROM pg_stat_user_tables WHERE relname = $1`,
          [table],
        )
      ).rows[0] as Stats;
    };
    await handle.query('CREATE TABLE churned (id int PRIMARY KEY, n int)');
    await handle.query('INSERT INTO churned SELECT i, 0 FROM generate_series(1, 5000) i');
    await handle.query('UPDATE churned SET n = n + 1');
    await handle.query('CREATE TABLE quiet (id int PRIMARY KEY)');
    await handle.query('INSERT INTO quiet VALUES (1), (2), (3)');
    await handle.query('VACUUM (ANALYZE) quiet');
    expect((await stats('churned')).n_dead_tup).toBe(5000);

    expect(await vacuumWhereDue(handle)).toEqual(['vacuum public.churned']);

    expect(await stats('churned')).toMatchObject({ n_dead_tup: 0, n_mod_since_analyze: 0, vacuumed: true });
    // Nothing changed since: the next round does nothing.
    expect(await vacuumWhereDue(handle)).toEqual([]);
    await handle.close();
  }, 120_000); // a fresh embedded database of its own: slow on a busy machine
});
