import { PgBoss } from 'pg-boss';
import type { JobSpec, ModuleDeps } from '../core/module.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { vacuumWhereDue } from '../db/embedded-maintenance.ts';
import type { MailDelivery } from '../modules/mail/index.ts';
import { modules } from '../modules.ts';

/** How often pg-boss looks: its defaults in production; the two-instance test looks every second. */
export type JobTimings = {
  /** How often an instance tries to claim the cron pass (pg-boss default 30 s). */
  cronMonitorIntervalSeconds?: number;
  /** How often the due occurrences found by a cron pass are turned into jobs (default 5 s). */
  cronWorkerIntervalSeconds?: number;
  /** How often a worker asks for a job of its queue (default 2 s). */
  pollingIntervalSeconds?: number;
};

/**
 * Background jobs on pg-boss, in the same PostgreSQL (server or PGlite). On PGlite pg-boss goes
 * through the app's one-connection pool, so its queries wait for open transactions instead of
 * slipping into them. Every instance runs this: the schedules live in the database, one instance per
 * cron pass finds what is due, and each job is fetched by one worker (`FOR UPDATE SKIP LOCKED`),
 * on whichever instance asks first (`src/server/jobs/jobs.two-instances.test.ts`).
 */
export async function startJobs(options: {
  handle: DatabaseHandle;
  databaseUrl: string | undefined;
  mail: MailDelivery;
  deps: ModuleDeps;
  onError: (error: unknown) => void;
  /** The jobs to schedule and work on: every module's (the default), or a test's own. */
  jobs?: readonly JobSpec[];
  timings?: JobTimings;
}) {
  const { pollingIntervalSeconds, ...scheduling } = options.timings ?? {};
  const boss = options.databaseUrl
    ? new PgBoss({ connectionString: options.databaseUrl, max: 4, ...scheduling })
    : new PgBoss({
        db: { executeSql: (text: string, values?: unknown[]) => options.handle.query(text, values) },
        ...scheduling,
      });
  const workOptions = pollingIntervalSeconds ? { pollingIntervalSeconds } : {};
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue('mail.deliver');
  await boss.work('mail.deliver', workOptions, async () => {
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
  for (const job of options.jobs ?? modules.flatMap((module) => module.jobs ?? [])) {
    await boss.createQueue(job.name);
    await boss.work(job.name, workOptions, async () => {
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
    /** Ask for a job to run now, outside its schedule: whichever instance's worker is free takes it. */
    runSoon: (name: string) => boss.send(name, {}),
    stop: () => boss.stop({ graceful: true }),
  };
}
