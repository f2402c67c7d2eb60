import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar.ts';
import { buildOrgUnit } from '../../factories/factories.ts';
import { today } from '../../test/calendar.ts';
import { anonymous, buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { buildNurse, type Week } from './learning-time.fixtures.ts';
import { weekOf } from './learning-time.week.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let nurse: Client;
let nurseId: string;
let unitId: string;

const parse = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const wards = await buildOrgUnit(db, org.organisation.id, { name: 'Wondzorg' });
  unitId = wards.id;
  ({ id: nurseId, client: nurse } = await buildNurse(app, db, org, wards.id));
});

describe('norms', () => {
  it('HR sets norms per organisation, unit and role; a person gets the most specific one', async () => {
    const set = await org.as.hrAdmin.put('/api/v1/learning-time/norms', {
      norms: [
        { scope: 'organisation', minutesPerWeek: 120 },
        { scope: 'unit', orgUnitId: unitId, percentOfContract: 5 },
        { scope: 'role', role: 'ld_admin', minutesPerWeek: 240 },
      ],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json<unknown[]>()).toHaveLength(3);
    // 5 % of a 24-hour contract is 72 minutes; others get the organisation's 2 hours; L&D their role's 4.
    expect((await nurse.get('/api/v1/learning-time/week')).json<Week>().normMinutes).toBe(72);
    expect((await org.as.employee.get('/api/v1/learning-time/week')).json<Week>().normMinutes).toBe(120);
    expect((await org.as.ldAdmin.get('/api/v1/learning-time/week')).json<Week>().normMinutes).toBe(240);
  });

  it('refuses bad norms naming the field, other roles, and units of other organisations', async () => {
    const twice = await org.as.hrAdmin.put('/api/v1/learning-time/norms', {
      norms: [
        { scope: 'organisation', minutesPerWeek: 60 },
        { scope: 'organisation', minutesPerWeek: 90 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('norms.1.scope');
    const both = await org.as.hrAdmin.put('/api/v1/learning-time/norms', {
      norms: [{ scope: 'organisation', minutesPerWeek: 60, percentOfContract: 5 }],
    });
    expect(both.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('norms.0.minutesPerWeek');
    const foreign = await other.as.hrAdmin.put('/api/v1/learning-time/norms', {
      norms: [{ scope: 'unit', orgUnitId: unitId, minutesPerWeek: 60 }],
    });
    expect(foreign.statusCode).toBe(400);
    expect((await org.as.employee.put('/api/v1/learning-time/norms', { norms: [] })).statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/learning-time/norms')).statusCode).toBe(403);
    expect((await anonymous(app).get('/api/v1/learning-time/week')).statusCode).toBe(401);
  });
});

describe('my week', () => {
  it('shows reserved blocks (weekly ones every week), logged time and the norm', async () => {
    const { start } = weekOf(today());
    const tuesday = addDays(start, 1);
    const block = await nurse.post('/api/v1/learning-time/blocks', {
      title: 'Wondzorg module 3',
      date: start,
      startTime: '14:00',
      endTime: '15:00',
      repeatsWeekly: true,
    });
    expect(block.statusCode).toBe(201);
    const logged = await nurse.post('/api/v1/learning-time/entries', {
      date: tuesday,
      minutes: 45,
      description: 'Casus besproken met collega',
    });
    expect(logged.statusCode).toBe(201);
    const week = (await nurse.get('/api/v1/learning-time/week')).json<Week>();
    expect(week).toMatchObject({ weekStart: start, reservedMinutes: 60, learnedMinutes: 45 });
    expect(week.occurrences).toMatchObject([{ date: start, startTime: '14:00', title: 'Wondzorg module 3' }]);
    expect(week.entries).toMatchObject([
      { minutes: 45, source: 'manual', description: 'Casus besproken met collega' },
    ]);
    // Next week the weekly block is there again; the logged time is not.
    const next = (await nurse.get(`/api/v1/learning-time/week?week=${addDays(start, 7)}`)).json<Week>();
    expect(next.reservedMinutes).toBe(60);
  });

  it('refuses an end before the start and a description-less log, naming the field', async () => {
    const backwards = await nurse.post('/api/v1/learning-time/blocks', {
      title: 'x',
      date: today(),
      startTime: '15:00',
      endTime: '14:00',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('endTime');
    const bare = await nurse.post('/api/v1/learning-time/entries', { date: today(), minutes: 30 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('description');
  });

  it("keeps a person's blocks and entries theirs: others get 404", async () => {
    const week = (await nurse.get('/api/v1/learning-time/week')).json<Week>();
    const blockId = week.occurrences[0]!.blockId;
    const entryId = week.entries[0]!.id;
    expect(
      (await org.as.manager.patch(`/api/v1/learning-time/blocks/${blockId}`, { title: 'x' })).statusCode,
    ).toBe(404);
    expect((await org.as.employee.delete(`/api/v1/learning-time/blocks/${blockId}`)).statusCode).toBe(404);
    expect((await other.as.owner.delete(`/api/v1/learning-time/entries/${entryId}`)).statusCode).toBe(404);
  });
});

describe('the team view', () => {
  it('shows a manager totals per report, never what they reserved or learned', async () => {
    const team = await org.as.manager.get('/api/v1/learning-time/team');
    expect(team.statusCode).toBe(200);
    const members = team.json<{ members: Record<string, unknown>[] }>().members;
    const noor = members.find((m) => (m.person as { id: string }).id === nurseId)!;
    expect(noor).toEqual({
      person: { id: nurseId, displayName: expect.any(String) },
      normMinutes: 72,
      reservedMinutes: 60,
      learnedMinutes: 45,
    });
    expect(JSON.stringify(team.json())).not.toContain('Wondzorg module 3');
    // Someone without reports sees an empty team, not anyone else's time.
    expect((await nurse.get('/api/v1/learning-time/team')).json<{ members: unknown[] }>().members).toEqual(
      [],
    );
  });
});

describe('the calendar feed', () => {
  let feedUrl: string;

  it('is off until asked for; then a secret address serves valid iCalendar with the blocks', async () => {
    expect((await nurse.get('/api/v1/learning-time/feed')).json()).toEqual({ url: null, isActive: false });
    const made = await nurse.post('/api/v1/learning-time/feed');
    feedUrl = made.json<{ url: string }>().url;
    expect(feedUrl).toMatch(/^http:\/\/groeipad\.test\/api\/v1\/learning-time\/calendar\//);
    const feed = await anonymous(app).get(feedUrl.replace('http://groeipad.test', ''));
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const [event] = parse(feed.body);
    expect(event!.summary).toBe('Leertijd: Wondzorg module 3');
    expect(event!.uid).toMatch(/^learning-time-block-.+@groeipad$/);
    expect((event!.start as Date & { tz?: string }).tz).toBe('Europe/Amsterdam');
    expect(event!.rrule?.toString()).toContain('FREQ=WEEKLY');
    expect(Number(event!.sequence)).toBe(0);
  });

  it('keeps the UID and raises SEQUENCE when a block changes', async () => {
    const path = feedUrl.replace('http://groeipad.test', '');
    const [before] = parse((await anonymous(app).get(path)).body);
    const blockId = before!.uid.replace(/^learning-time-block-/, '').replace(/@groeipad$/, '');
    expect(
      (await nurse.patch(`/api/v1/learning-time/blocks/${blockId}`, { startTime: '13:30' })).statusCode,
    ).toBe(204);
    const [after] = parse((await anonymous(app).get(path)).body);
    expect(after!.uid).toBe(before!.uid);
    expect(Number(after!.sequence)).toBe(1);
  });

  it('stops working when renewed or revoked; another organisation in the address is a 404', async () => {
    const path = feedUrl.replace('http://groeipad.test', '');
    const token = path.split('/').at(-1)!;
    expect(
      (await anonymous(app).get(`/api/v1/learning-time/calendar/${other.organisation.id}/${token}`))
        .statusCode,
    ).toBe(404);
    const renewed = (await nurse.post('/api/v1/learning-time/feed')).json<{ url: string }>().url;
    expect((await anonymous(app).get(path)).statusCode).toBe(404);
    const renewedPath = renewed.replace('http://groeipad.test', '');
    expect((await anonymous(app).get(renewedPath)).statusCode).toBe(200);
    expect((await nurse.delete('/api/v1/learning-time/feed')).statusCode).toBe(204);
    expect((await anonymous(app).get(renewedPath)).statusCode).toBe(404);
    expect((await anonymous(app).get('/api/v1/learning-time/calendar/not-a-uuid/x')).statusCode).toBe(400);
  });
});
