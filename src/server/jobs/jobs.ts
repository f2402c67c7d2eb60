import { PgBoss } from 'pg-boss';
import type { ModuleDeps } from '../core/module.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { vacuumWhereDue } from '../db/embedded-maintenance.ts';
import type { MailDelivery } from '../modules/mail/index.ts';
import { modules } from '../modules.ts';

/**
 * Background jobs on pg-boss, in the same PostgreSQL (server or PGlite). On PGlite pg-boss goes
 * through the app's one-connection pool, so its queries wait for open transactions instead of
 * slipping into them.
 */
export async function startJobs(options: {
  handle: DatabaseHandle;
  databaseUrl: string | undefined;
  mail: MailDelivery;
  deps: ModuleDeps;
  onError: (error: unknown) => void;
}) {
  const boss = options.databaseUrl
    ? new PgBoss({ connectionString: options.databaseUrl, max: 4 })
    : new PgBoss({
        db: { executeSql: (text: string, values?: unknown[]) => options.handle.query(text, values) },
      });
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue('mail.deliver');
  await boss.work('mail.deliver', async () => {
    await options.mail.deliverPending();
  });
  await boss.schedule('mail.deliver', '* * * * *');
  // PGlite has no autovacuum: the app does its work (embedded-maintenance.ts).
  if (options.handle.kind === 'pglite') {
    await boss.createQueue('db.vacuum');
    await boss.work('db.vacuum', async () => {
      await vacuumWhereDue(options.handle);
    });
    await boss.schedule('db.vacuum', '*/10 * * * *');
  }
  // Every module's jobs, from its manifest.
  for (const job of modules.flatMap((module) => module.jobs ?? [])) {
    await boss.createQueue(job.name);
    await boss.work(job.name, async () => {
      await job.run(options.deps);
    });
    await boss.schedule(job.name, job.cron);
  }
  return {
    /** Ask for mail delivery now instead of at the next minute. */
    // One delivery run per couple of seconds at most, however many requests ask for it.
    nudgeMail: () =>
      boss
        .send('mail.deliver', {}, { singletonKey: 'nudge', singletonSeconds: 2, singletonNextSlot: true })
        .catch(options.onError),
    stop: () => boss.stop({ graceful: true }),
  };
}
