import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { inDays, thisYear } from '../../test/calendar.ts';
import { runJob } from '../../test/jobs.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let colleague: Client;
let conversationId: string;
let cycleId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Cas',
    password: testPassword,
    orgUnitId: org.unit.id,
  });
  colleague = await signInAs(app, person);
});

describe('a conversation cycle', () => {
  it('ships templates in Dutch and English', async () => {
    const templates = (await org.as.employee.get('/api/v1/conversation-cycles/templates')).json();
    expect(templates.map((t: { key: string }) => t.key)).toEqual([
      'functioneringsgesprek',
      'ontwikkelgesprek',
    ]);
    expect(templates[1].name).toEqual({ nl: 'Ontwikkelgesprek', en: 'Development conversation' });
    expect(templates[0].tips.nl.length).toBeGreaterThan(2);
  });

  it('is opened by HR and gives every employee with a manager a conversation', async () => {
    const body = {
      name: `Ontwikkelgesprekken ${year}`,
      templateKey: 'ontwikkelgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      preparationDue: `${year}-11-01`,
      signOffDue: `${year}-12-15`,
      unitIds: [org.unit.id],
    };
    expect((await org.as.manager.post('/api/v1/conversation-cycles', body)).statusCode).toBe(403);
    const bad = await org.as.hrAdmin.post('/api/v1/conversation-cycles', { ...body, templateKey: 'nope' });
    expect(bad.json().errors[0].field).toBe('templateKey');
    const created = await org.as.hrAdmin.post('/api/v1/conversation-cycles', body);
    expect(created.statusCode).toBe(201);
    cycleId = created.json().id;
    expect(created.json().conversations).toBe(1); // only Emre has a manager
    const mine = (await org.as.employee.get('/api/v1/conversations/mine')).json();
    expect(mine).toHaveLength(1);
    conversationId = mine[0].id;
    expect(mine[0]).toMatchObject({ mySide: 'employee', isMyPreparationShared: false });
    expect((await org.as.manager.get('/api/v1/conversations/mine')).json()[0]).toMatchObject({
      mySide: 'manager',
    });
  });
});

describe('a conversation', () => {
  it('belongs to its pair only: HR and colleagues get 404', async () => {
    for (const client of [org.as.hrAdmin, colleague, org.as.owner])
      expect((await client.get(`/api/v1/conversations/${conversationId}`)).statusCode).toBe(404);
    expect(
      (await colleague.put(`/api/v1/conversations/${conversationId}/preparation`, { answers: {} }))
        .statusCode,
    ).toBe(404);
  });

  it('keeps each preparation private until it is shared', async () => {
    await org.as.employee.put(`/api/v1/conversations/${conversationId}/preparation`, {
      answers: { ambition: 'Wondverpleegkundige worden' },
    });
    await org.as.manager.put(`/api/v1/conversations/${conversationId}/preparation`, {
      answers: { ambition: 'Emre kan groeien naar specialist' },
    });
    const asManager = (await org.as.manager.get(`/api/v1/conversations/${conversationId}`)).json();
    expect(asManager.otherPreparation).toEqual({ answers: null, sharedAt: null });
    expect(JSON.stringify(asManager)).not.toContain('Wondverpleegkundige worden');
    expect(asManager.myPreparation.answers).toEqual({ ambition: 'Emre kan groeien naar specialist' });
    const events = (await org.as.owner.get(`/api/v1/events?subjectId=${conversationId}`)).json();
    expect(JSON.stringify(events)).not.toContain('Wondverpleegkundige');

    await org.as.employee.post(`/api/v1/conversations/${conversationId}/preparation/share`);
    const afterShare = (await org.as.manager.get(`/api/v1/conversations/${conversationId}`)).json();
    expect(afterShare.otherPreparation.answers).toEqual({ ambition: 'Wondverpleegkundige worden' });
    expect(
      (await org.as.employee.get(`/api/v1/conversations/${conversationId}`)).json().otherPreparation.answers,
    ).toBeNull();
    await org.as.manager.post(`/api/v1/conversations/${conversationId}/preparation/share`);
  });

  it('plans the meeting with a calendar invitation for both', async () => {
    const planned = await org.as.manager.put(`/api/v1/conversations/${conversationId}/meeting`, {
      meetingAt: `${year}-11-10T09:00:00Z`,
    });
    expect(planned.json().meetingAt).toBe(`${year}-11-10T09:00:00.000Z`);
    const mail = await db
      .selectFrom('outbox_messages')
      .select(['to_address', 'text_body'])
      .where('kind', '=', 'conversation_invite')
      .execute();
    expect(mail.map((m) => m.to_address).sort()).toEqual(
      [org.people.employee.email, org.people.manager.email].sort(),
    );
    expect(mail[0]!.text_body).toContain(`/api/v1/conversations/${conversationId}/invite.ics`);
    const ics = await org.as.employee.get(`/api/v1/conversations/${conversationId}/invite.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain(`DTSTART:${year}1110T090000Z`);
  });

  it('records notes, ratings by the manager and agreed actions that land in the plan', async () => {
    expect(
      (
        await org.as.employee.patch(`/api/v1/conversations/${conversationId}`, {
          ratings: { 'plan-progress': 4 },
        })
      ).statusCode,
    ).toBe(403);
    await org.as.manager.patch(`/api/v1/conversations/${conversationId}`, {
      sharedNotes: 'Goed gesprek over wondzorg.',
      ratings: { 'plan-progress': 4 },
      isHeld: true,
    });
    const withAction = await org.as.employee.post(`/api/v1/conversations/${conversationId}/actions`, {
      title: 'Meelopen met de wondverpleegkundige',
    });
    expect(withAction.statusCode).toBe(201);
    expect(withAction.json()).toMatchObject({
      sharedNotes: 'Goed gesprek over wondzorg.',
      ratings: { 'plan-progress': 4 },
    });
    const plan = (await org.as.employee.get(`/api/v1/plans/mine?period=${year}`)).json().plan;
    expect(plan.actions).toEqual([
      expect.objectContaining({ title: 'Meelopen met de wondverpleegkundige', source: 'conversation' }),
    ]);
  });

  it('is locked once both sign; no endpoint can change it', async () => {
    const first = await org.as.employee.post(`/api/v1/conversations/${conversationId}/sign`);
    expect(first.json()).toMatchObject({ isLocked: false });
    expect(first.json().employeeSignedAt).not.toBeNull();
    const both = await org.as.manager.post(`/api/v1/conversations/${conversationId}/sign`);
    expect(both.json().isLocked).toBe(true);
    const actionId = both.json().actions[0].id;
    const attempts = [
      org.as.employee.put(`/api/v1/conversations/${conversationId}/preparation`, {
        answers: { ambition: 'x' },
      }),
      org.as.manager.put(`/api/v1/conversations/${conversationId}/preparation`, {
        answers: { ambition: 'x' },
      }),
      org.as.employee.post(`/api/v1/conversations/${conversationId}/preparation/share`),
      org.as.manager.put(`/api/v1/conversations/${conversationId}/meeting`, {
        meetingAt: `${year}-11-11T09:00:00Z`,
      }),
      org.as.manager.patch(`/api/v1/conversations/${conversationId}`, { sharedNotes: 'changed' }),
      org.as.employee.patch(`/api/v1/conversations/${conversationId}`, { isHeld: false }),
      org.as.employee.post(`/api/v1/conversations/${conversationId}/actions`, { title: 'x' }),
      org.as.manager.delete(`/api/v1/conversations/${conversationId}/actions/${actionId}`),
      org.as.employee.post(`/api/v1/conversations/${conversationId}/sign`),
      org.as.manager.post(`/api/v1/conversations/${conversationId}/sign`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('conversation_signed');
    }
    const after = (await org.as.manager.get(`/api/v1/conversations/${conversationId}`)).json();
    expect(after).toMatchObject({ sharedNotes: 'Goed gesprek over wondzorg.', isLocked: true });
  });

  it('reopens only when both ask', async () => {
    const one = await org.as.employee.post(`/api/v1/conversations/${conversationId}/reopen`);
    expect(one.json()).toMatchObject({ isLocked: true, reopenRequestedBy: ['employee'] });
    const two = await org.as.manager.post(`/api/v1/conversations/${conversationId}/reopen`);
    expect(two.json()).toMatchObject({
      isLocked: false,
      employeeSignedAt: null,
      managerSignedAt: null,
      reopenRequestedBy: [],
    });
  });

  it('shows HR progress per unit without content', async () => {
    const board = (await org.as.hrAdmin.get(`/api/v1/conversation-cycles/${cycleId}/board`)).json();
    expect(board.units).toEqual([
      { unit: { id: org.unit.id, name: 'Team Noord' }, total: 1, prepared: 1, held: 1, signed: 0 },
    ]);
    expect((await org.as.manager.get(`/api/v1/conversation-cycles/${cycleId}/board`)).statusCode).toBe(403);
  });
});

describe('cycle participants and reminders', () => {
  it('takes the chosen units with their subunits, and reminds each side once before the deadline', async () => {
    const division = await buildOrgUnit(db, org.organisation.id, { name: 'Divisie Zuid', kind: 'division' });
    const team = await buildOrgUnit(db, org.organisation.id, { name: 'Team Zuid 1', parentId: division.id });
    const lead = await buildPerson(db, org.organisation.id, { givenName: 'Lotte', orgUnitId: division.id });
    await buildPerson(db, org.organisation.id, {
      givenName: 'Bram',
      orgUnitId: team.id,
      managerId: lead.id,
      jobTitle: 'Verpleegkundige',
    });
    await buildPerson(db, org.organisation.id, { givenName: 'Sem', orgUnitId: team.id, managerId: lead.id });
    const soon = inDays(2);
    const created = await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
      name: 'Zuid',
      templateKey: 'functioneringsgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year + 1}-12-31`,
      preparationDue: soon,
      signOffDue: `${year + 1}-06-30`,
      unitIds: [division.id],
    });
    expect(created.json().conversations).toBe(2); // Bram and Sem in the subunit; Lotte has no manager
    const onlyNurses = await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
      name: 'Zuid, verpleegkundigen',
      templateKey: 'ontwikkelgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year + 1}-12-31`,
      preparationDue: `${year + 1}-03-01`,
      signOffDue: `${year + 1}-06-30`,
      unitIds: [division.id],
      jobTitles: ['verpleegkundige'],
    });
    expect(onlyNurses.json()).toMatchObject({ conversations: 1, jobTitles: ['verpleegkundige'] });
    const first = await runJob('conversations.reminders', { db, config });
    expect(first).toBeGreaterThanOrEqual(4); // two conversations, both sides unprepared
    const again = await runJob('conversations.reminders', { db, config });
    expect(again).toBe(0);
  });
});
