import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../core/calendar.ts';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// The rest of events: a manager's event for their own team, events that cost budget (the manager
// approves in their inbox), what an event serves, feedback after attending, and undoing attendance.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let outsider: { id: string; client: Client };
let otherManager: Client;

type EventView = {
  id: string;
  costCents: number | null;
  needsApproval: boolean;
  team: { managerId: string } | null;
  canManage: boolean;
  serves: { kind: string; id: string; name: string }[];
  sessions: {
    id: string;
    myRegistration: { status: string; attendedAt: string | null; hasGivenFeedback: boolean } | null;
    myApproval: { state: string } | null;
  }[];
};

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const session = (seats = 8) => ({ startsAt: inHours(48), endsAt: inHours(50), location: 'Teamkamer', seats });

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  // Another team: a manager with their own report, outside org.people.manager's team.
  const boss = await buildPerson(db, org.organisation.id, {
    password: testPassword,
    givenName: 'Bram',
  });
  otherManager = await signInAs(app, boss);
  const theirs = await buildPerson(db, org.organisation.id, {
    password: testPassword,
    givenName: 'Sanne',
    managerId: boss.id,
  });
  outsider = { id: theirs.id, client: await signInAs(app, theirs) };
});

describe('a manager’s event for their own team', () => {
  let event: EventView;

  it('a manager creates it; an employee without reports may not (403), nothing made', async () => {
    const before = await org.as.ldAdmin.get('/api/v1/workshops');
    const refused = await org.as.employee.post('/api/v1/workshops', {
      language: 'nl',
      title: 'Mag niet',
      sessions: [session()],
    });
    expect(refused.statusCode).toBe(403);
    expect((await org.as.ldAdmin.get('/api/v1/workshops')).json()).toHaveLength(before.json<[]>().length);
    const created = await org.as.manager.post('/api/v1/workshops', {
      language: 'nl',
      title: 'Teamoverleg: klinisch redeneren',
      sessions: [session()],
    });
    expect(created.statusCode).toBe(201);
    event = created.json<EventView>();
    expect(event).toMatchObject({ team: { managerId: org.people.manager.id }, canManage: true });
  });

  it('is for the team only: a report sees it and signs up, someone from another team does not', async () => {
    expect((await org.as.employee.get(`/api/v1/workshops/${event.id}`)).statusCode).toBe(200);
    const listed = (await org.as.employee.get('/api/v1/workshops')).json<EventView[]>();
    expect(listed.map((e) => e.id)).toContain(event.id);
    const signed = await org.as.employee.post(`/api/v1/workshops/sessions/${event.sessions[0]!.id}/sign-up`);
    expect(signed.json()).toEqual({ status: 'confirmed' });

    expect((await outsider.client.get(`/api/v1/workshops/${event.id}`)).statusCode).toBe(404);
    expect(
      (await outsider.client.get('/api/v1/workshops')).json<EventView[]>().map((e) => e.id),
    ).not.toContain(event.id);
    const refused = await outsider.client.post(`/api/v1/workshops/sessions/${event.sessions[0]!.id}/sign-up`);
    expect(refused.statusCode).toBe(403);
    const counted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_registrations
      WHERE session_id = ${event.sessions[0]!.id}`.execute(db);
    expect(counted.rows[0]!.n).toBe(1);
  });

  it('only its manager (and L&D) organise it: another manager gets 403 and nothing changes', async () => {
    const sessionId = event.sessions[0]!.id;
    expect(
      (await otherManager.patch(`/api/v1/workshops/sessions/${sessionId}`, { seats: 2 })).statusCode,
    ).toBe(403);
    expect(
      (await otherManager.patch(`/api/v1/workshops/${event.id}`, { language: 'nl', title: 'X' })).statusCode,
    ).toBe(403);
    expect((await otherManager.post(`/api/v1/workshops/${event.id}/sessions`, session())).statusCode).toBe(
      403,
    );
    const changed = await org.as.manager.patch(`/api/v1/workshops/${event.id}`, {
      language: 'nl',
      title: 'Klinisch redeneren in het team',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<{ title: string }>().title).toBe('Klinisch redeneren in het team');
    expect((await org.as.manager.post(`/api/v1/workshops/${event.id}/sessions`, session(4))).statusCode).toBe(
      201,
    );
    // The manager organises only their own: L&D's events are not theirs to change.
    const central = (
      await org.as.ldAdmin.post('/api/v1/workshops', {
        language: 'nl',
        title: 'Centraal',
        sessions: [session()],
      })
    ).json<EventView>();
    expect(
      (await org.as.manager.patch(`/api/v1/workshops/sessions/${central.sessions[0]!.id}`, { seats: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await other.as.owner.patch(`/api/v1/workshops/${event.id}`, { language: 'nl', title: 'X' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('an event that costs budget', () => {
  let event: EventView;

  beforeAll(async () => {
    const skill = (
      await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Wondzorg', en: 'Wound care' } })
    ).json<{
      id: string;
    }>();
    const created = await org.as.ldAdmin.post('/api/v1/workshops', {
      language: 'nl',
      title: 'Masterclass complexe wonden',
      costCents: 25_000,
      serves: [{ kind: 'skill', id: skill.id }],
      sessions: [session(1)],
    });
    expect(created.statusCode).toBe(201);
    event = created.json<EventView>();
  });

  it('says what it costs and serves, and needs the manager’s approval', () => {
    expect(event).toMatchObject({ costCents: 25_000, needsApproval: true, team: null });
    expect(event.serves).toEqual([expect.objectContaining({ kind: 'skill', name: 'Wondzorg' })]);
  });

  it('a sign-up waits in the manager’s approvals inbox; approving gives the seat', async () => {
    const sessionId = event.sessions[0]!.id;
    const asked = await org.as.employee.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
    expect(asked.json()).toEqual({ status: 'pending_approval' });
    // Asking twice is one request.
    expect((await org.as.employee.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`)).json()).toEqual({
      status: 'pending_approval',
    });
    const mine = (await org.as.employee.get(`/api/v1/workshops/${event.id}`)).json<EventView>();
    expect(mine.sessions[0]).toMatchObject({ myRegistration: null, myApproval: { state: 'pending' } });

    const inbox = (await org.as.manager.get('/api/v1/development/approvals')).json<{
      counts: { workshops: number };
      workshops: { id: string; title: string; costCents: number; person: { id: string } }[];
    }>();
    expect(inbox.counts.workshops).toBe(1);
    expect(inbox.workshops[0]).toMatchObject({
      title: 'Masterclass complexe wonden',
      costCents: 25_000,
      person: { id: org.people.employee.id },
    });
    const requestId = inbox.workshops[0]!.id;
    const bell = (await org.as.manager.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toContain('Masterclass complexe wonden');

    // Not their report: another manager gets 403, another organisation 404, the employee 403.
    expect((await otherManager.post(`/api/v1/workshops/approvals/${requestId}/approve`)).statusCode).toBe(
      403,
    );
    expect((await other.as.owner.post(`/api/v1/workshops/approvals/${requestId}/approve`)).statusCode).toBe(
      404,
    );
    expect((await org.as.employee.post(`/api/v1/workshops/approvals/${requestId}/approve`)).statusCode).toBe(
      403,
    );
    expect(
      (await org.as.manager.get('/api/v1/development/approvals')).json<{ counts: { workshops: number } }>()
        .counts.workshops,
    ).toBe(1);

    const approved = await org.as.manager.post(`/api/v1/workshops/approvals/${requestId}/approve`);
    expect(approved.json()).toEqual({ status: 'confirmed' });
    expect((await org.as.manager.post(`/api/v1/workshops/approvals/${requestId}/decline`)).statusCode).toBe(
      409,
    );
    const after = (await org.as.employee.get(`/api/v1/workshops/${event.id}`)).json<EventView>();
    expect(after.sessions[0]).toMatchObject({
      myRegistration: { status: 'confirmed' },
      myApproval: { state: 'approved' },
    });
    expect(
      (await org.as.manager.get('/api/v1/development/approvals')).json<{ counts: { workshops: number } }>()
        .counts.workshops,
    ).toBe(0);
  });

  it('an approved sign-up is paid from the budget: committed, spent by attending, released by cancelling', async () => {
    const sessionId = (await org.as.ldAdmin.post(`/api/v1/workshops/${event.id}/sessions`, session(8)))
      .json<EventView>()
      .sessions.at(-1)!.id;
    const learner = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Fenna',
      managerId: org.people.manager.id,
    });
    const client = await signInAs(app, learner);
    const year = new Date(session().startsAt).getFullYear();
    await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
      amountCents: 100_000,
      hours: 0,
      isProRata: false,
      fullTimeHours: 36,
      carryOverMaxCents: 0,
      requiresHrApproval: false,
    });
    expect((await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year })).statusCode).toBe(200);
    const ledger = async () => (await client.get(`/api/v1/budgets/mine?year=${year}`)).json().budget.ledger;

    await client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
    expect(await ledger()).toMatchObject({ committedCents: 0, remainingCents: 100_000 });
    const [request] = (await org.as.manager.get('/api/v1/workshops/approvals')).json<{ id: string }[]>();
    await org.as.manager.post(`/api/v1/workshops/approvals/${request!.id}/approve`);
    expect(await ledger()).toMatchObject({ committedCents: 25_000, remainingCents: 75_000 });

    const mark = (attended: boolean) =>
      org.as.ldAdmin.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
        personId: learner.id,
        attended,
      });
    expect((await mark(true)).statusCode).toBe(204);
    expect(await ledger()).toMatchObject({ committedCents: 0, spentCents: 25_000, remainingCents: 75_000 });
    await mark(false);
    expect(await ledger()).toMatchObject({ committedCents: 25_000, spentCents: 0 });
    expect(
      (await client.post(`/api/v1/workshops/sessions/${sessionId}/cancel-registration`)).statusCode,
    ).toBe(204);
    expect(await ledger()).toMatchObject({ committedCents: 0, spentCents: 0, remainingCents: 100_000 });
  });

  it('declining tells the person and gives no seat; cancelling a waiting request withdraws it', async () => {
    const second = (await org.as.ldAdmin.post(`/api/v1/workshops/${event.id}/sessions`, session(5)))
      .json<EventView>()
      .sessions.at(-1)!.id;
    const asker = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Lotte',
      managerId: org.people.manager.id,
    });
    const client = await signInAs(app, asker);
    await client.post(`/api/v1/workshops/sessions/${second}/sign-up`);
    const inbox = (await org.as.manager.get('/api/v1/workshops/approvals')).json<{ id: string }[]>();
    expect(inbox).toHaveLength(1);
    expect((await org.as.manager.post(`/api/v1/workshops/approvals/${inbox[0]!.id}/decline`)).json()).toEqual(
      {
        status: 'declined',
      },
    );
    const bell = (await client.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toContain('Niet akkoord');
    await client.post(`/api/v1/workshops/sessions/${second}/sign-up`);
    expect((await client.post(`/api/v1/workshops/sessions/${second}/cancel-registration`)).statusCode).toBe(
      204,
    );
    expect((await org.as.manager.get('/api/v1/workshops/approvals')).json()).toEqual([]);
  });

  it('PATCH changes cost and what it serves; bad input names the field and changes nothing', async () => {
    const bad = await org.as.ldAdmin.patch(`/api/v1/workshops/${event.id}`, {
      language: 'nl',
      costCents: -5,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('costCents');
    const unknown = await org.as.ldAdmin.patch(`/api/v1/workshops/${event.id}`, {
      language: 'nl',
      serves: [{ kind: 'skill', id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('serves.0.id');
    const view = (await org.as.ldAdmin.get(`/api/v1/workshops/${event.id}`)).json<EventView>();
    expect(view).toMatchObject({ costCents: 25_000 });
    expect(view.serves).toHaveLength(1);
    const free = await org.as.ldAdmin.patch(`/api/v1/workshops/${event.id}`, {
      language: 'nl',
      costCents: null,
      needsApproval: false,
      serves: [],
    });
    expect(free.json()).toMatchObject({ costCents: null, needsApproval: false, serves: [] });
  });
});

describe('feedback after attending, and undoing attendance', () => {
  let event: EventView;
  let sessionId: string;
  let person: { id: string; client: Client };

  beforeAll(async () => {
    event = (
      await org.as.ldAdmin.post('/api/v1/workshops', {
        language: 'nl',
        title: 'Valpreventie',
        sessions: [session()],
      })
    ).json<EventView>();
    sessionId = event.sessions[0]!.id;
    const built = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Ayla',
      managerId: org.people.manager.id,
    });
    person = { id: built.id, client: await signInAs(app, built) };
    await person.client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
    await org.as.employee.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
    await sql`UPDATE event_sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour',
      signup_deadline = NULL WHERE id = ${sessionId}`.execute(db);
  });

  it('only who attended gives feedback; they are asked for it; the organiser sees the results', async () => {
    const early = await person.client.post(`/api/v1/workshops/sessions/${sessionId}/feedback`, {
      rating: 4,
      isUsefulForWork: true,
    });
    expect(early.statusCode).toBe(409);
    await org.as.ldAdmin.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
      personId: person.id,
      attended: true,
    });
    const bell = (await person.client.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((i) => i.title)).toContain('Hoe was Valpreventie?');
    const bad = await person.client.post(`/api/v1/workshops/sessions/${sessionId}/feedback`, {
      rating: 9,
      isUsefulForWork: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('rating');
    const given = await person.client.post(`/api/v1/workshops/sessions/${sessionId}/feedback`, {
      rating: 4,
      isUsefulForWork: true,
      comment: 'Praktisch, direct toepasbaar op de afdeling.',
    });
    expect(given.statusCode).toBe(204);
    const view = (await person.client.get(`/api/v1/workshops/${event.id}`)).json<EventView>();
    expect(view.sessions[0]!.myRegistration!.hasGivenFeedback).toBe(true);

    const results = await org.as.ldAdmin.get(`/api/v1/workshops/sessions/${sessionId}/feedback`);
    expect(results.json()).toMatchObject({
      attended: 1,
      responses: 1,
      averageRating: 4,
      usefulForWork: 1,
      comments: [{ rating: 4, comment: 'Praktisch, direct toepasbaar op de afdeling.' }],
    });
    expect(JSON.stringify(results.json())).not.toContain(person.id);
    expect((await org.as.employee.get(`/api/v1/workshops/sessions/${sessionId}/feedback`)).statusCode).toBe(
      403,
    );
    expect((await other.as.owner.get(`/api/v1/workshops/sessions/${sessionId}/feedback`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await other.as.owner.post(`/api/v1/workshops/sessions/${sessionId}/feedback`, {
          rating: 3,
          isUsefulForWork: false,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the no-show is on the organiser’s list and their manager’s', async () => {
    const list = (await org.as.ldAdmin.get(`/api/v1/workshops/sessions/${sessionId}/attendance`)).json<{
      attendees: { person: { id: string }; isNoShow: boolean }[];
    }>();
    expect(list.attendees.filter((a) => a.isNoShow).map((a) => a.person.id)).toEqual([
      org.people.employee.id,
    ]);
    const team = (await org.as.manager.get('/api/v1/workshops/team/no-shows')).json<
      { person: { id: string } }[]
    >();
    expect(team.map((n) => n.person.id)).toContain(org.people.employee.id);
  });

  it('undoing attendance takes back the completion, the booked time and the feedback', async () => {
    // The session's day in the organisation's zone (as the time was booked), not in UTC: around
    // midnight the two differ, and on a Sunday night they are in different weeks.
    const week = `?week=${calendarDateOf(new Date(Date.now() - 3 * 3_600_000))}`;
    const booked = (await person.client.get(`/api/v1/learning-time/week${week}`)).json<{
      entries: { source: string }[];
    }>();
    expect(booked.entries.filter((e) => e.source === 'event')).toHaveLength(1);
    const undone = await org.as.ldAdmin.post(`/api/v1/workshops/sessions/${sessionId}/attendance`, {
      personId: person.id,
      attended: false,
    });
    expect(undone.statusCode).toBe(204);
    const item = (await person.client.get(`/api/v1/learning/items/${event.id}`)).json<{
      progress: { completedAt: string | null } | null;
    }>();
    expect(item.progress?.completedAt ?? null).toBeNull();
    const after = (await person.client.get(`/api/v1/learning-time/week${week}`)).json<{
      entries: { source: string }[];
    }>();
    expect(after.entries.filter((e) => e.source === 'event')).toHaveLength(0);
    const results = (await org.as.ldAdmin.get(`/api/v1/workshops/sessions/${sessionId}/feedback`)).json<{
      responses: number;
    }>();
    expect(results.responses).toBe(0);
  });
});
