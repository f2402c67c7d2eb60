import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDateOf } from '../../core/calendar.ts';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { today } from '../../test/calendar.ts';
import { runJob } from '../../test/jobs.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { buildNurse, type Week } from './learning-time.fixtures.ts';
import { weekOf } from './learning-time.week.ts';

// The week view is kept written out per person, week and day, and checked against versions that
// triggers bump (learning-time.week-kept.ts, migration 0345). Each test first makes sure the kept copy
// is what answers (a repeat asks the database one statement: the version read), then changes one thing
// the week is made of, the way people do it, and expects the very next request to show it. Without the
// bump these tests get the kept copy, from before the change.
const { app, db, config, queries } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let nurse: Client;
let nurseId: string;
let wardId: string;
const { start } = weekOf(today());

const weekOfClient = async (client: Client, day?: string) => {
  const response = await client.get(`/api/v1/learning-time/week${day ? `?week=${day}` : ''}`);
  expect(response.statusCode).toBe(200);
  return response.json<Week>();
};

/** My week, asked twice: the second answer is the kept copy (only the version read reaches the database). */
async function kept(client: Client = nurse, day?: string) {
  await weekOfClient(client, day);
  let answer: Week | undefined;
  const statements = await queries.during(async () => {
    answer = await weekOfClient(client, day);
  });
  expect(statements).toBe(1);
  return answer!;
}

const next = (client: Client = nurse, day?: string) => weekOfClient(client, day);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  wardId = (await buildOrgUnit(db, org.organisation.id, { name: 'Wondzorg' })).id;
  ({ id: nurseId, client: nurse } = await buildNurse(app, db, org, wardId));
});

describe('my own changes show on my next request', () => {
  it('time logged, and removed', async () => {
    expect((await kept()).learnedMinutes).toBe(0);
    const logged = await nurse.post('/api/v1/learning-time/entries', {
      date: start,
      minutes: 30,
      description: 'Casus besproken',
    });
    expect(logged.statusCode).toBe(201);
    expect(await next()).toMatchObject({ learnedMinutes: 30, entries: [{ minutes: 30, source: 'manual' }] });
    expect((await kept()).learnedMinutes).toBe(30);
    await nurse.delete(`/api/v1/learning-time/entries/${logged.json<{ id: string }>().id}`);
    expect(await next()).toMatchObject({ learnedMinutes: 0, entries: [] });
  });

  it('a block reserved, changed and removed', async () => {
    expect((await kept()).reservedMinutes).toBe(0);
    const block = await nurse.post('/api/v1/learning-time/blocks', {
      title: 'Wondzorg module 3',
      date: start,
      startTime: '14:00',
      endTime: '15:00',
    });
    const blockId = block.json<{ id: string }>().id;
    expect(await next()).toMatchObject({
      reservedMinutes: 60,
      occurrences: [{ blockId, startTime: '14:00' }],
    });
    await kept();
    await nurse.patch(`/api/v1/learning-time/blocks/${blockId}`, { startTime: '13:30' });
    expect(await next()).toMatchObject({ reservedMinutes: 90, occurrences: [{ startTime: '13:30' }] });
    await kept();
    await nurse.delete(`/api/v1/learning-time/blocks/${blockId}`);
    expect(await next()).toMatchObject({ reservedMinutes: 0, occurrences: [] });
  });

  it('a team learning hour proposed to me, my answer, and my manager renamed', async () => {
    const day = addDays(today(), 2);
    expect((await kept(nurse, day)).proposals).toEqual([]);
    const made = await org.as.manager.post('/api/v1/learning-time/team/proposals', {
      title: 'Teamleeruur',
      date: day,
      startTime: '09:00',
      endTime: '10:00',
    });
    expect(made.statusCode).toBe(201);
    const id = made.json<{ id: string }>().id;
    expect((await next(nurse, day)).proposals).toMatchObject([{ id, answer: 'open' }]);
    await kept(nurse, day);
    await nurse.post(`/api/v1/learning-time/proposals/${id}/answer`, { accept: false });
    expect((await next(nurse, day)).proposals).toMatchObject([{ id, answer: 'declined' }]);
    await kept(nurse, day);
    await nurse.post(`/api/v1/learning-time/proposals/${id}/answer`, { accept: true });
    expect(await next(nurse, day)).toMatchObject({
      proposals: [{ id, answer: 'accepted' }],
      occurrences: [{ date: day, startTime: '09:00' }],
    });
    await kept(nurse, day);
    const renamed = await org.as.hrAdmin.patch(`/api/v1/people/${org.people.manager.id}`, {
      givenName: 'Milou',
    });
    expect(renamed.statusCode).toBe(200);
    expect((await next(nurse, day)).proposals[0]!.proposedBy).toMatch(/^Milou /);
  });
});

describe('time booked by other modules shows on the next request', () => {
  it('attending a workshop session, and the attendance undone', async () => {
    const startsAt = new Date(Date.now() + 48 * 3_600_000);
    const created = await org.as.ldAdmin.post('/api/v1/workshops', {
      language: 'nl',
      title: 'Feedback geven',
      sessions: [
        {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          location: 'Zaal 2',
          seats: 10,
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const sessionId = created.json<{ sessions: { id: string }[] }>().sessions[0]!.id;
    expect((await nurse.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).statusCode).toBeLessThan(
      300,
    );
    const day = calendarDateOf(startsAt, 'Europe/Amsterdam');
    expect((await kept(nurse, day)).learnedMinutes).toBe(0);
    const mark = (attended: boolean) =>
      org.as.ldAdmin.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
        personId: nurseId,
        attended,
      });
    expect((await mark(true)).statusCode).toBe(204);
    expect(await next(nurse, day)).toMatchObject({ learnedMinutes: 120, entries: [{ source: 'event' }] });
    await kept(nurse, day);
    expect((await mark(false)).statusCode).toBe(204);
    expect((await next(nurse, day)).learnedMinutes).toBe(0);
  });

  it('a completed item booked by the progress job', async () => {
    const item = (
      await org.as.ldAdmin.post('/api/v1/catalogue/items', {
        kind: 'article',
        durationMinutes: 25,
        versions: [{ language: 'nl', title: 'Hygiëne bij wondzorg', bodyHtml: '<p>Lees dit.</p>' }],
      })
    ).json<{ id: string }>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    expect((await nurse.post(`/api/v1/learning/items/${item.id}/done`)).statusCode).toBeLessThan(300);
    expect((await kept()).entries.filter((e) => e.source === 'progress')).toEqual([]);
    await runJob('learning-time.progress', { db, config });
    expect((await next()).entries.filter((e) => e.source === 'progress')).toMatchObject([{ minutes: 25 }]);
  });
});

describe('what decides my norm shows on the next request', () => {
  it('the norms, my contract hours, unit, the unit tree, my roles and my reports', async () => {
    const units = {
      elsewhere: await buildOrgUnit(db, org.organisation.id, { name: 'Dagbesteding' }),
      above: await buildOrgUnit(db, org.organisation.id, { name: 'Zorg' }),
    };
    expect((await kept()).normMinutes).toBe(0);
    const norms = await org.as.hrAdmin.put('/api/v1/learning-time/norms', {
      norms: [
        { scope: 'organisation', minutesPerWeek: 120 },
        { scope: 'unit', orgUnitId: wardId, percentOfContract: 5 },
        { scope: 'unit', orgUnitId: units.above.id, minutesPerWeek: 45 },
        { scope: 'role', role: 'coach', minutesPerWeek: 200 },
        { scope: 'role', role: 'manager', minutesPerWeek: 300 },
      ],
    });
    expect(norms.statusCode).toBe(200);
    // 5 % of a 24-hour contract.
    expect((await next()).normMinutes).toBe(72);
    await kept();
    await sql`UPDATE people SET contract_hours = 36 WHERE id = ${nurseId}`.execute(db);
    expect((await next()).normMinutes).toBe(108);
    await kept();
    const moved = await org.as.hrAdmin.patch(`/api/v1/people/${nurseId}`, { orgUnitId: units.elsewhere.id });
    expect(moved.statusCode).toBe(200);
    expect((await next()).normMinutes).toBe(120);
    await kept();
    const under = await org.as.hrAdmin.patch(`/api/v1/org-units/${units.elsewhere.id}`, {
      parentId: units.above.id,
    });
    expect(under.statusCode).toBe(200);
    expect((await next()).normMinutes).toBe(45);
    await kept();
    expect((await org.as.owner.put(`/api/v1/people/${nurseId}/roles`, { roles: ['coach'] })).statusCode).toBe(
      200,
    );
    expect((await next()).normMinutes).toBe(200);
    await kept();
    const report = await buildPerson(db, org.organisation.id, { givenName: 'Sem', managerId: nurseId });
    expect((await next()).normMinutes).toBe(300);
    await kept();
    const left = await org.as.hrAdmin.patch(`/api/v1/people/${report.id}`, { status: 'left' });
    expect(left.statusCode).toBe(200);
    expect((await next()).normMinutes).toBe(200);
  });
});

it("keeps each person's week their own", async () => {
  await nurse.post('/api/v1/learning-time/entries', {
    date: start,
    minutes: 15,
    description: 'Alleen van Noor',
  });
  expect((await kept()).entries.map((e) => e.minutes)).toContain(15);
  const theirs = await kept(org.as.employee);
  expect(theirs.entries).toEqual([]);
  expect(JSON.stringify(theirs)).not.toContain('Noor');
});

it('reads the versions of a crowd asking at once together, and each still sees what they changed just before', async () => {
  const people = await Promise.all(
    Array.from({ length: 8 }, async (_, n) =>
      signInAs(
        app,
        await buildPerson(db, org.organisation.id, { givenName: `Collega ${n}`, password: testPassword }),
      ),
    ),
  );
  for (const person of people) await kept(person);
  // Each logs their own minutes; then everyone asks at once.
  for (const [n, person] of people.entries())
    expect(
      (await person.post('/api/v1/learning-time/entries', { date: start, minutes: 10 + n, description: 'x' }))
        .statusCode,
    ).toBe(201);
  let weeks: Week[] = [];
  const statements = await queries.during(async () => {
    weeks = await Promise.all(people.map((person) => weekOfClient(person)));
  });
  expect(weeks.map((week) => week.learnedMinutes)).toEqual(people.map((_, n) => 10 + n));
  // Each week is read anew (its versions moved); the versions of all eight took fewer reads than eight.
  const repeat = await queries.during(async () => {
    weeks = await Promise.all(people.map((person) => weekOfClient(person)));
  });
  expect(weeks.map((week) => week.learnedMinutes)).toEqual(people.map((_, n) => 10 + n));
  expect(repeat).toBeLessThan(people.length);
  expect(statements).toBeGreaterThan(repeat);
});
