import { sql } from 'kysely';
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Session = {
  id: string;
  seats: number;
  seatsTaken: number;
  waitlistLength: number;
  isOpen: boolean;
  myRegistration: { status: string; waitlistPosition: number | null; attendedAt: string | null } | null;
};
type EventView = { id: string; title: string; sessions: Session[] };

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const parse = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

async function people(count: number, prefix: string) {
  const clients: { id: string; client: Client }[] = [];
  for (let n = 0; n < count; n += 1) {
    const person = await buildPerson(db, org.organisation.id, {
      givenName: `${prefix}${n}`,
      managerId: org.people.manager.id,
      password: testPassword,
    });
    clients.push({ id: person.id, client: await signInAs(app, person) });
  }
  return clients;
}

async function workshop(seats: number, title = 'Feedback geven') {
  const created = await org.as.ldAdmin.post('/api/v1/workshops', {
    language: 'nl',
    title,
    summary: 'Oefenen met feedback in duo’s',
    sessions: [
      {
        startsAt: inHours(48),
        endsAt: inHours(50),
        location: 'Zaal 2, De Linde',
        trainerName: 'Petra de Vries',
        seats,
        signupDeadline: inHours(24),
      },
    ],
  });
  expect(created.statusCode).toBe(201);
  return created.json<EventView>();
}

const sessionOf = async (client: Client, eventId: string) =>
  (await client.get(`/api/v1/workshops/${eventId}`)).json<EventView>().sessions[0]!;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('creating an event', () => {
  it('is L&D work: a published catalogue item of kind event with its sessions', async () => {
    const event = await workshop(12);
    expect(event.sessions).toMatchObject([{ seats: 12, seatsTaken: 0, isOpen: true }]);
    const item = await org.as.employee.get(`/api/v1/learning/items/${event.id}`);
    expect(item.statusCode).toBe(200);
    expect(item.json<{ kind: string }>().kind).toBe('event');
    expect((await org.as.employee.get('/api/v1/workshops')).json<EventView[]>().map((e) => e.id)).toContain(
      event.id,
    );
  });

  it('refuses employees (403), bad sessions naming the field (400), and the generic content route', async () => {
    const valid = { startsAt: inHours(4), endsAt: inHours(5), location: 'Zaal 1', seats: 3 };
    expect(
      (await org.as.employee.post('/api/v1/workshops', { language: 'nl', title: 'x', sessions: [valid] }))
        .statusCode,
    ).toBe(403);
    const generic = await org.as.ldAdmin.post('/api/v1/catalogue/items', {
      kind: 'event',
      versions: [{ language: 'nl', title: 'x' }],
    });
    expect(generic.statusCode).toBe(400);
    const backwards = await org.as.ldAdmin.post('/api/v1/workshops', {
      language: 'nl',
      title: 'x',
      sessions: [{ startsAt: inHours(5), endsAt: inHours(4), location: 'Zaal 1', seats: 3 }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('sessions.0.endsAt');
    const nowhere = await org.as.ldAdmin.post('/api/v1/workshops', {
      language: 'nl',
      title: 'x',
      sessions: [{ startsAt: inHours(4), endsAt: inHours(5), seats: 3 }],
    });
    expect(nowhere.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('sessions.0.location');
  });
});

describe('sign-up, waitlist and promotion', () => {
  let event: EventView;
  let crowd: { id: string; client: Client }[];

  beforeAll(async () => {
    event = await workshop(2, 'Omgaan met agressie');
    crowd = await people(4, 'Deelnemer');
  });

  it('gives seats in order and then waitlist places', async () => {
    const sessionId = event.sessions[0]!.id;
    const statuses = [];
    for (const { client } of crowd)
      statuses.push(
        (await client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).json<{ status: string }>()
          .status,
      );
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect((await sessionOf(crowd[3]!.client, event.id)).myRegistration).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 2,
    });
    // Signing up twice changes nothing.
    expect((await crowd[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).json()).toEqual({
      status: 'confirmed',
    });
    expect(await sessionOf(org.as.ldAdmin, event.id)).toMatchObject({ seatsTaken: 2, waitlistLength: 2 });
    expect((await other.as.owner.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).statusCode).toBe(
      404,
    );
  });

  it('promotes the first on the waitlist when someone cancels, and tells them', async () => {
    const sessionId = event.sessions[0]!.id;
    expect(
      (await crowd[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/cancel-registration`)).statusCode,
    ).toBe(204);
    expect((await sessionOf(crowd[2]!.client, event.id)).myRegistration!.status).toBe('confirmed');
    expect((await sessionOf(crowd[3]!.client, event.id)).myRegistration).toMatchObject({
      waitlistPosition: 1,
    });
    const bell = (await crowd[2]!.client.get('/api/v1/notifications')).json<{
      items: { title: string; link: string }[];
    }>();
    expect(bell.items[0]).toMatchObject({
      title: expect.stringContaining('Je hebt een plek: Omgaan met agressie'),
      link: `/workshops/${event.id}`,
    });
    // Cancelling again is a 404 (nothing to cancel); someone who cancelled may sign up again, at the back.
    expect(
      (await crowd[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/cancel-registration`)).statusCode,
    ).toBe(404);
    expect((await crowd[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).json()).toEqual({
      status: 'waitlisted',
    });
    expect((await sessionOf(crowd[0]!.client, event.id)).myRegistration!.waitlistPosition).toBe(2);
  });

  it('sends invitations with one UID for life: a change raises SEQUENCE, a cancellation cancels', async () => {
    const sessionId = event.sessions[0]!.id;
    const path = `/api/v1/workshops/sessions/${sessionId}/invitation.ics`;
    const first = await crowd[1]!.client.get(path);
    expect(first.headers['content-type']).toContain('text/calendar');
    const [invited] = parse(first.body);
    expect(invited).toMatchObject({
      uid: `event-session-${sessionId}@groeipad`,
      summary: 'Omgaan met agressie',
      location: 'Zaal 2, De Linde',
    });
    expect(Number(invited!.sequence)).toBe(0);
    const moved = await org.as.ldAdmin.patch(`/api/v1/workshops/sessions/${sessionId}`, {
      location: 'Zaal 5',
    });
    expect(moved.statusCode).toBe(204);
    const [updated] = parse((await crowd[1]!.client.get(path)).body);
    expect(updated).toMatchObject({ uid: invited!.uid, location: 'Zaal 5' });
    expect(Number(updated!.sequence)).toBe(1);
    const bell = (await crowd[1]!.client.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toContain('Gewijzigd');
    // Not registered, not organising: no invitation for them.
    expect((await org.as.hrAdmin.get(path)).statusCode).toBe(404);
    expect(
      (await org.as.employee.patch(`/api/v1/workshops/sessions/${sessionId}`, { seats: 50 })).statusCode,
    ).toBe(403);
    expect((await org.as.ldAdmin.post(`/api/v1/workshops/sessions/${sessionId}/cancel`)).statusCode).toBe(
      204,
    );
    const cancelled = await crowd[1]!.client.get(path);
    expect(cancelled.body).toContain('METHOD:CANCEL');
    const [gone] = parse(cancelled.body);
    expect(gone).toMatchObject({ uid: invited!.uid, status: 'CANCELLED' });
    expect(Number(gone!.sequence)).toBe(2);
    expect((await crowd[3]!.client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).statusCode).toBe(
      200,
    );
    const late = await (await people(1, 'Laat'))[0]!.client.post(
      `/api/v1/workshops/sessions/${sessionId}/sign-up`,
    );
    expect(late.statusCode).toBe(409);
  });
});

describe('attendance', () => {
  let event: EventView;
  let sessionId: string;
  let group: { id: string; client: Client }[];
  let trainer: Client;
  let code: string;

  beforeAll(async () => {
    const trainerPerson = await buildPerson(db, org.organisation.id, {
      givenName: 'Trainer',
      password: testPassword,
    });
    trainer = await signInAs(app, trainerPerson);
    event = await workshop(10, 'Wondzorg in de praktijk');
    sessionId = event.sessions[0]!.id;
    expect(
      (await org.as.ldAdmin.patch(`/api/v1/workshops/sessions/${sessionId}`, { trainerId: trainerPerson.id }))
        .statusCode,
    ).toBe(204);
    group = await people(3, 'Aanwezig');
    for (const { client } of group) await client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
    // The session is now happening: it started an hour ago and lasts two hours.
    await sql`UPDATE event_sessions SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour',
      signup_deadline = NULL WHERE id = ${sessionId}`.execute(db);
  });

  it('the trainer sees the list and the door address; others may not', async () => {
    const list = await trainer.get(`/api/v1/workshops/sessions/${sessionId}/attendance`);
    expect(list.statusCode).toBe(200);
    const body = list.json<{ checkInUrl: string; attendees: { person: { id: string } }[] }>();
    expect(body.attendees).toHaveLength(3);
    code = new URL(body.checkInUrl).searchParams.get('code')!;
    expect(body.checkInUrl).toContain(`/workshops/check-in/${sessionId}?code=`);
    expect(
      (await group[0]!.client.get(`/api/v1/workshops/sessions/${sessionId}/attendance`)).statusCode,
    ).toBe(403);
    expect((await other.as.owner.get(`/api/v1/workshops/sessions/${sessionId}/attendance`)).statusCode).toBe(
      404,
    );
  });

  it('a QR check-in completes the item, writes xAPI statements and books learning time, once', async () => {
    const [first] = group;
    expect(
      (await first!.client.post(`/api/v1/workshops/sessions/${sessionId}/check-in`, { code: 'x'.repeat(24) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await first!.client.post(`/api/v1/workshops/sessions/${sessionId}/check-in`, { code })).statusCode,
    ).toBe(204);
    expect(
      (await first!.client.post(`/api/v1/workshops/sessions/${sessionId}/check-in`, { code })).statusCode,
    ).toBe(204);
    const item = (await first!.client.get(`/api/v1/learning/items/${event.id}`)).json<{
      progress: { completedAt: string | null } | null;
    }>();
    expect(item.progress?.completedAt).toBeTruthy();
    const verbs = await sql<{ verb_id: string }>`SELECT verb_id FROM xapi_statements
      WHERE organisation_id = ${org.organisation.id} AND statement -> 'object' ->> 'id' LIKE ${`%${event.id}`}
      AND person_id = ${first!.id} ORDER BY seq`.execute(db);
    expect(verbs.rows.map((r) => r.verb_id.split('/').at(-1))).toEqual([
      'registered',
      'launched',
      'completed',
      'attended',
    ]);
    // The week the session started in (an hour ago, on the organisation's Amsterdam calendar): on a
    // Monday just after midnight that is last week.
    const startDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      Date.now() - 3_600_000,
    );
    const week = (await first!.client.get(`/api/v1/learning-time/week?week=${startDay}`)).json<{
      entries: { minutes: number; source: string }[];
    }>();
    expect(week.entries.filter((e) => e.source === 'event')).toEqual([
      expect.objectContaining({ minutes: 120, source: 'event', description: 'Wondzorg in de praktijk' }),
    ]);
    const stranger = (await people(1, 'Vreemde'))[0]!;
    expect(
      (await stranger.client.post(`/api/v1/workshops/sessions/${sessionId}/check-in`, { code })).statusCode,
    ).toBe(409);
  });

  it('the list marks someone present; after the session the rest are no-shows for organiser and manager', async () => {
    const marked = await trainer.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
      personId: group[1]!.id,
      attended: true,
    });
    expect(marked.statusCode).toBe(204);
    const outsider = await trainer.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
      personId: org.people.owner.id,
      attended: true,
    });
    expect(outsider.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('personId');
    await sql`UPDATE event_sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'
      WHERE id = ${sessionId}`.execute(db);
    const list = (await org.as.ldAdmin.get(`/api/v1/workshops/sessions/${sessionId}/attendance`)).json<{
      attendees: { person: { id: string }; isNoShow: boolean }[];
    }>();
    expect(list.attendees.filter((a) => a.isNoShow).map((a) => a.person.id)).toEqual([group[2]!.id]);
    const noShows = (await org.as.manager.get('/api/v1/workshops/team/no-shows')).json<
      { person: { id: string }; title: string }[]
    >();
    expect(noShows.filter((n) => n.title === 'Wondzorg in de praktijk').map((n) => n.person.id)).toEqual([
      group[2]!.id,
    ]);
    expect((await org.as.employee.get('/api/v1/workshops/team/no-shows')).json()).toEqual([]);
  });
});

describe('reminders', () => {
  it('a day before, everyone with a seat gets one reminder', async () => {
    const event = await workshop(3, 'Tillen zonder klachten');
    const [person] = await people(1, 'Herinnerd');
    await person!.client.post(`/api/v1/workshops/sessions/${event.sessions[0]!.id}/sign-up`);
    await sql`UPDATE event_sessions SET starts_at = now() + interval '20 hours', ends_at = now() + interval '22 hours',
      signup_deadline = NULL WHERE id = ${event.sessions[0]!.id}`.execute(db);
    const first = (await runJob('events.remind', { db, config })) as { reminded: number };
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const again = (await runJob('events.remind', { db, config })) as { reminded: number };
    expect(again.reminded).toBe(0);
    const bell = (await person!.client.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((i) => i.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('Herinnering: Tillen zonder klachten')]),
    );
  });
});
