import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JobSpec } from '../core/module.ts';
import { createDatabase, type DatabaseHandle } from '../db/database.ts';
import { campaignBody, message } from '../modules/campaigns/campaigns.fixtures.ts';
import { createModuleDeps, modules } from '../modules.ts';
import { buildOrganisationWithRoles, startTestApp } from '../test/test-app.ts';
import { startJobs } from './jobs.ts';

// pg-boss on two app instances (issue 20): each instance runs the job runner as main.ts does, with its
// own pool, on one PostgreSQL database. A scheduled job runs once, although both instances' cron
// passes find it due again and again; and work is not tied to an instance: what one asks for, the other
// does when the first is busy. The runners look every second here (pg-boss's defaults are 30 s and 5 s).

type Runner = Awaited<ReturnType<typeof startJobs>>;
const moduleJob = (name: string) =>
  modules.flatMap((module) => module.jobs ?? []).find((job) => job.name === name)!;
/** A six-field cron (seconds first, UTC) that matches this one moment and the same moment next year. */
const onceAt = (at: Date) =>
  `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} ${at.getUTCDate()} ${at.getUTCMonth() + 1} *`;

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Two app instances on one database only exist with a PostgreSQL server: PGlite is embedded in one
// process and holds its data directory alone (as in auth.sessions.test.ts). The app is started only
// where the tests run.
const onPostgres = inject('testDatabase').kind === 'postgres';
const started = onPostgres ? await startTestApp() : null;

describe.runIf(onPostgres)('pg-boss on two app instances, one PostgreSQL database', () => {
  let test: NonNullable<typeof started>;
  let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
  let otherHandle: DatabaseHandle;
  const runners: Runner[] = [];
  const errors: unknown[] = [];
  /** Every run of a job, by the instance whose worker ran it. */
  const runs: { job: string; instance: 'one' | 'two' }[] = [];
  // The reflection reminder's occurrence, set as the runners start: 40 s before, so it stays due for
  // 20 s more, on every pass of either instance.
  let due = new Date();
  // Campaign messages are not on a schedule during the test (their occurrence was ten minutes ago):
  // they run only when asked for. The first run asked for holds its worker until a second has started.
  let releaseFirst = () => {};
  const firstHeld = new Promise<void>((resolve) => {
    releaseFirst = resolve;
  });
  let campaignRunsDone = 0;

  const jobsOf = (instance: 'one' | 'two'): JobSpec[] => {
    const reminder = moduleJob('workouts.remind_reflections');
    const campaigns = moduleJob('campaigns.send');
    return [
      {
        ...reminder,
        cron: onceAt(due),
        run: async (deps) => {
          runs.push({ job: reminder.name, instance });
          return reminder.run(deps);
        },
      },
      {
        ...campaigns,
        cron: onceAt(new Date(Date.now() - 600_000)),
        run: async (deps) => {
          runs.push({ job: campaigns.name, instance });
          if (runs.filter((run) => run.job === campaigns.name).length === 1) await firstHeld;
          else releaseFirst();
          try {
            return await campaigns.run(deps);
          } finally {
            campaignRunsDone += 1;
          }
        },
      },
    ];
  };

  beforeAll(async () => {
    test = started!;
    org = await buildOrganisationWithRoles(test.app, test.db);
    // Neither Emre nor Mila (who planned it and takes part) reflected on the WorkOut of three days
    // ago: the reminder is due for both.
    const planned = await org.as.manager.post('/api/v1/workouts', {
      libraryKey: 'handover-check',
      plannedOn: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
      participantIds: [org.people.employee.id],
    });
    expect(planned.statusCode, planned.body).toBe(201);

    // The second instance: its own pool, as on another machine.
    otherHandle = await createDatabase({ databaseUrl: test.handle.databaseUrl!, poolSize: 5 });
    const log = pino({ level: 'silent' });
    due = new Date(Date.now() - 40_000);
    for (const [instance, handle] of [
      ['one', test.handle],
      ['two', otherHandle],
    ] as const)
      runners.push(
        await startJobs({
          handle,
          databaseUrl: handle.databaseUrl,
          mail: { deliverPending: async () => 0 },
          deps: createModuleDeps({ db: handle.db, config: test.config, log }),
          onError: (error) => errors.push(error),
          jobs: jobsOf(instance),
          timings: {
            cronMonitorIntervalSeconds: 1,
            cronWorkerIntervalSeconds: 1,
            pollingIntervalSeconds: 0.5,
          },
        }),
      );
  });
  afterAll(async () => {
    releaseFirst();
    for (const runner of runners) await runner.stop();
    await otherHandle?.close();
  });

  it('runs a scheduled job once, though both instances find it due on every pass', async () => {
    const reminders = () => runs.filter((run) => run.job === 'workouts.remind_reflections');
    await until('the reminder job ran', () => reminders().length > 0);
    // Both instances keep looking every second while the occurrence is due (60 s from its moment):
    // wait until it no longer is, and a few passes more.
    const dueUntil = due.getTime() + 60_000 + 3_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueUntil - Date.now())));
    expect(reminders()).toHaveLength(1);
    // Emre and Mila got one reminder each.
    const mail = await test.db
      .selectFrom('outbox_messages')
      .select('to_address')
      .where('kind', '=', 'workout_reflection_reminder')
      .where('organisation_id', '=', org.organisation.id)
      .execute();
    expect(mail.map((m) => m.to_address).sort()).toEqual(
      [org.people.employee.email, org.people.manager.email].sort(),
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it('work asked for on one instance is done by the other while the first is busy', async () => {
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ title: 'Twee instanties', messages: [message()] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const campaignId = created.json<{ id: string }>().id;
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/launch`)).statusCode).toBe(200);

    // Instance one asks twice. The first run holds its worker (localConcurrency 1) until the second
    // has started, so the second can only have been fetched by the other instance.
    await runners[0]!.runSoon('campaigns.send');
    await runners[0]!.runSoon('campaigns.send');
    await until('both campaign runs finished', () => campaignRunsDone === 2);
    const instances = runs.filter((run) => run.job === 'campaigns.send').map((run) => run.instance);
    expect(instances.sort()).toEqual(['one', 'two']);

    // The message went out once, although two runs overlapped.
    const messages = await test.db
      .selectFrom('campaign_messages')
      .select(['status', 'attempts'])
      .where('campaign_id', '=', campaignId)
      .execute();
    expect(messages).toEqual([{ status: 'sent', attempts: 1 }]);
    expect(errors).toEqual([]);
  });
});
