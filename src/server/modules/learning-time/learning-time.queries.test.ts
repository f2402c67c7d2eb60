import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { addDays } from '../../core/calendar.ts';
import { buildPerson } from '../../factories/factories.ts';
import { today } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { weekOf } from './learning-time.week.ts';

const { app, db, queries } = await startTestApp();

// The week view is the page people open most in learning time; it took six statements, one per part.
// Read once it is kept (learning-time.week-kept.ts): then only the versions it is checked by are read.
it('answers my week (entries, blocks, norm, proposals) in one statement, with a year of entries', async () => {
  const org = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Noor',
    orgUnitId: org.unit.id,
    managerId: org.people.manager.id,
    password: testPassword,
  });
  const nurse = await signInAs(app, person);
  await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
    SELECT ${org.organisation.id}, ${person.id}, ${today()}::date - d, 30, 'manual', 'Een jaar leertijd'
      FROM generate_series(0, 364) AS d`.execute(db);
  const { start } = weekOf(today());
  expect(
    (
      await org.as.hrAdmin.put('/api/v1/learning-time/norms', {
        norms: [{ scope: 'organisation', minutesPerWeek: 120 }],
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await nurse.post('/api/v1/learning-time/blocks', {
        title: 'Wondzorg module 3',
        date: addDays(start, -7),
        startTime: '14:00',
        endTime: '15:30',
        repeatsWeekly: true,
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (
      await org.as.manager.post('/api/v1/learning-time/team/proposals', {
        title: 'Teamleeruur',
        date: addDays(start, 14),
        startTime: '09:00',
        endTime: '10:00',
      })
    ).statusCode,
  ).toBe(201);
  // Signed in and on the page already (another week): who asks and the organisation's calendar are known.
  await nurse.get(`/api/v1/learning-time/week?week=${addDays(start, -7)}`);

  let response: Awaited<ReturnType<typeof nurse.get>> | undefined;
  const ask = () =>
    queries.during(async () => {
      response = await nurse.get('/api/v1/learning-time/week');
    });
  const statements = await ask();
  expect(response?.statusCode).toBe(200);
  const week = response!.json<{
    normMinutes: number;
    reservedMinutes: number;
    learnedMinutes: number;
    entries: unknown[];
    blocks: { title: string }[];
    proposals: { title: string; answer: string }[];
  }>();
  const daysSoFar = Math.min(7, (Date.parse(today()) - Date.parse(start)) / 86_400_000 + 1);
  expect(week).toMatchObject({ normMinutes: 120, reservedMinutes: 90, learnedMinutes: 30 * daysSoFar });
  expect(week.entries).toHaveLength(daysSoFar);
  expect(week.blocks.map((b) => b.title)).toEqual(['Wondzorg module 3']);
  expect(week.proposals).toMatchObject([{ title: 'Teamleeruur', answer: 'open' }]);
  expect(statements).toBe(1);
  // Asked again: the kept copy, checked by one read of its versions; after a change, that read and the week.
  const again = response!.body;
  expect(await ask()).toBe(1);
  expect(response!.body).toBe(again);
  await nurse.post('/api/v1/learning-time/entries', { date: start, minutes: 5, description: 'Nog even' });
  expect(await ask()).toBe(2);
  expect(response!.json<{ learnedMinutes: number }>().learnedMinutes).toBe(30 * daysSoFar + 5);
});
