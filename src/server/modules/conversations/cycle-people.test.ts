import { beforeAll, describe, expect, it } from 'vitest';
import { thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// HR's cycle board per person: filters, reminders from the board (bell and outbox), CSV export.
const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let cycleId: string;
let conversationId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
    name: `Ontwikkelgesprekken ${year}`,
    templateKey: 'ontwikkelgesprek',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preparationDue: `${year}-11-01`,
    signOffDue: `${year}-12-15`,
    unitIds: [org.unit.id],
  });
  expect(created.statusCode, created.body).toBe(201);
  cycleId = created.json().id;
  conversationId = (await org.as.employee.get('/api/v1/conversations/mine')).json()[0].id;
  await org.as.employee.put(`/api/v1/conversations/${conversationId}/preparation`, { answers: {} });
  await org.as.employee.post(`/api/v1/conversations/${conversationId}/preparation/share`);
});

const url = () => `/api/v1/conversation-cycles/${cycleId}/people`;

describe('the cycle board per person', () => {
  it('lists each person with their manager, unit and state, and filters', async () => {
    const response = await org.as.hrAdmin.get(url());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual([
      expect.objectContaining({
        conversationId,
        employee: { id: org.people.employee.id, displayName: expect.stringContaining('Emre') },
        manager: expect.objectContaining({ id: org.people.manager.id }),
        unit: { id: org.unit.id, name: 'Team Noord' },
        state: 'open',
        employeePrepared: true,
        managerPrepared: false,
      }),
    ]);
    expect((await org.as.hrAdmin.get(`${url()}?state=signed`)).json()).toEqual([]);
    expect((await org.as.hrAdmin.get(`${url()}?q=emre`)).json()).toHaveLength(1);
    expect((await org.as.hrAdmin.get(`${url()}?q=zzz`)).json()).toEqual([]);
    expect((await org.as.hrAdmin.get(`${url()}?managerId=${org.people.manager.id}`)).json()).toHaveLength(1);
  });

  it('reminds only who has not prepared, through notifications (the bell; mail as the person chose)', async () => {
    const response = await org.as.hrAdmin.post(`/api/v1/conversation-cycles/${cycleId}/reminders`, {
      conversationIds: [conversationId],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ reminded: 1 });
    const bell = await db
      .selectFrom('notifications')
      .select(['person_id', 'kind'])
      .where('kind', '=', 'conversation_reminder')
      .execute();
    expect(bell.map((row) => row.person_id)).toEqual([org.people.manager.id]);
  });

  it('exports the board as CSV', async () => {
    const response = await org.as.hrAdmin.get(`${url()}?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, line] = response.body.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(
      'Medewerker;Leidinggevende;Afdeling;Stand;Voorbereid medewerker;Voorbereid leidinggevende;Gesprek;Getekend medewerker;Getekend leidinggevende',
    );
    expect(line).toContain(';Team Noord;Open;ja;nee;;nee;nee');
  });

  it('is HR only, stays in its organisation and names bad input', async () => {
    expect((await org.as.manager.get(url())).statusCode).toBe(403);
    expect(
      (
        await org.as.manager.post(`/api/v1/conversation-cycles/${cycleId}/reminders`, {
          conversationIds: [conversationId],
        })
      ).statusCode,
    ).toBe(403);
    expect((await other.as.hrAdmin.get(url())).statusCode).toBe(404);
    const foreign = await other.as.hrAdmin.post(`/api/v1/conversation-cycles/${cycleId}/reminders`, {
      conversationIds: [conversationId],
    });
    expect(foreign.statusCode).toBe(404);
    const bad = await org.as.hrAdmin.get(`${url()}?state=lost`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/state/);
    const empty = await org.as.hrAdmin.post(`/api/v1/conversation-cycles/${cycleId}/reminders`, {
      conversationIds: [],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toMatch(/conversationIds/);
  });
});
