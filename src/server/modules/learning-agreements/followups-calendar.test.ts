import { afterEach, expect, it, vi } from 'vitest';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();

// The daily job may run late in the evening (a retry, a slow queue). "Today" is the date on the
// wall in Amsterdam, not in UTC: in winter 23:30 there is 22:30 UTC (the same date) and 00:30 there
// is 23:30 UTC (still the day before in UTC).
afterEach(() => {
  vi.useRealTimers();
});

async function agreementStarting(startsOn: string) {
  const org = await buildOrganisationWithRoles(app, db);
  const created = await org.as.employee.post('/api/v1/learning-agreements', {
    title: 'Training Omgaan met agressie',
    application: 'Ik oefen de-escalatie in de avonddienst.',
    startsOn,
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const thirtyDays = async () =>
    (await org.as.employee.get(`/api/v1/learning-agreements/${id}`)).json<{
      followups: { day: number; dueOn: string; isAsked: boolean }[];
    }>().followups[0]!;
  return { org, thirtyDays };
}

async function runFollowupsAt(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  await runJob('learning-agreements.followups', { db, config });
  vi.useRealTimers();
}

it('asks the 30-day question when the job runs at 23:30 in Amsterdam on its day, not the evening before', async () => {
  const { org, thirtyDays } = await agreementStarting('2026-12-21');
  expect(await thirtyDays()).toMatchObject({ day: 30, dueOn: '2027-01-20', isAsked: false });

  await runFollowupsAt('2027-01-19T22:30:00Z'); // 23:30 in Amsterdam on the 19th
  expect((await thirtyDays()).isAsked).toBe(false);

  await runFollowupsAt('2027-01-20T22:30:00Z'); // 23:30 in Amsterdam on the 20th
  expect((await thirtyDays()).isAsked).toBe(true);
  const mail = await db
    .selectFrom('outbox_messages')
    .select('to_address')
    .where('kind', '=', 'learning_followup')
    .where('to_address', '=', org.people.employee.email)
    .execute();
  expect(mail).toHaveLength(1);
});

it('asks it just after midnight in Amsterdam, while the date in UTC is still the day before', async () => {
  const { thirtyDays } = await agreementStarting('2026-12-22');
  expect((await thirtyDays()).dueOn).toBe('2027-01-21');

  await runFollowupsAt('2027-01-20T22:59:00Z'); // 23:59 in Amsterdam on the 20th
  expect((await thirtyDays()).isAsked).toBe(false);

  await runFollowupsAt('2027-01-20T23:30:00Z'); // 00:30 in Amsterdam on the 21st, the 20th in UTC
  expect((await thirtyDays()).isAsked).toBe(true);
});
