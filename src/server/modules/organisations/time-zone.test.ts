import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOrganisationWithRoles, type Client, signInAs, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// "Today" is the organisation's calendar date. Around midnight Amsterdam time the UTC date differs: at
// 00:30 on 10 March 2027 (winter time) it is still 9 March in UTC; at 23:30 in Paramaribo it is already
// the next day in UTC. Dates and instants below are fixed; only Date is faked. The embedded database
// takes its clock from Date too, so people sign in again at the faked time (their sessions would have
// expired otherwise).
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let suriname: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

const at = (iso: string) => vi.setSystemTime(new Date(iso));
type People = Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
/** The organisation's employee and L&D admin, signed in at the (faked) time now. */
const signedInNow = async (people: People) => ({
  employee: await signInAs(app, people.people.employee),
  ldAdmin: await signInAs(app, people.people.ldAdmin),
  manager: await signInAs(app, people.people.manager),
});
afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  suriname = await buildOrganisationWithRoles(app, db);
});

describe('the organisation’s time zone setting', () => {
  it('is Europe/Amsterdam unless the owner chooses another, which is audited', async () => {
    expect((await org.as.employee.get('/api/v1/organisation')).json()).toMatchObject({
      timeZone: 'Europe/Amsterdam',
    });
    const changed = await suriname.as.owner.patch('/api/v1/organisation', { timeZone: 'America/Paramaribo' });
    expect(changed.json()).toMatchObject({ timeZone: 'America/Paramaribo' });
    const event = (await suriname.as.owner.get('/api/v1/events?action=organisation.updated')).json().items[0];
    expect(event.changes.timeZone).toEqual({ from: 'Europe/Amsterdam', to: 'America/Paramaribo' });
    expect((await org.as.employee.get('/api/v1/organisation')).json().timeZone).toBe('Europe/Amsterdam');
  });

  it('answers 400 naming the field for a zone that does not exist, and changes nothing', async () => {
    for (const timeZone of ['Europe/Groeistad', '+01:00', '', 'CET ']) {
      const response = await org.as.owner.patch('/api/v1/organisation', { name: 'X', timeZone });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('timeZone');
    }
    expect((await org.as.owner.get('/api/v1/organisation')).json().name).not.toBe('X');
  });

  it('is the owner’s to change (403 for HR, 401 signed out)', async () => {
    expect((await org.as.hrAdmin.patch('/api/v1/organisation', { timeZone: 'UTC' })).statusCode).toBe(403);
    expect((await org.anonymous.patch('/api/v1/organisation', { timeZone: 'UTC' })).statusCode).toBe(401);
  });
});

describe('a plan goal due today', () => {
  async function goalWithLearningDue(people: People, targetDate: string) {
    const as = await signedInNow(people);
    const itemId = (await as.ldAdmin.post('/api/v1/catalogue/items', article('Veilig tillen'))).json().id;
    await as.ldAdmin.post(`/api/v1/catalogue/items/${itemId}/status`, { status: 'published' });
    const planId = (await as.employee.post('/api/v1/plans', {})).json().id;
    const plan = await as.employee.post(`/api/v1/plans/${planId}/goals`, { title: 'Tillen', targetDate });
    expect(plan.statusCode, plan.body).toBe(201);
    const goalId = plan.json().goals[0].id;
    const action = await as.employee.post(`/api/v1/plans/${planId}/actions`, {
      goalId,
      kind: 'learning',
      title: 'Module volgen',
      refKind: 'content',
      refId: itemId,
    });
    expect(action.statusCode, action.body).toBe(201);
    return as.employee;
  }
  const assigned = async (client: Client) =>
    (await client.get('/api/v1/learning/mine')).json<{
      assigned: { title: string; dueDate: string; isOverdue: boolean }[];
      inProgress: { title: string; dueDate: string; isOverdue: boolean }[];
    }>();
  const tillen = async (client: Client) => {
    const mine = await assigned(client);
    return [...mine.assigned, ...mine.inProgress].find((e) => e.title === 'Veilig tillen')!;
  };

  it('is due, not overdue, until midnight in Amsterdam and overdue from 00:30', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2027-03-10T10:00:00Z');
    const employee = await goalWithLearningDue(org, '2027-03-10');
    at('2027-03-10T22:30:00Z'); // 23:30 in Amsterdam
    expect(await tillen(employee)).toMatchObject({ dueDate: '2027-03-10', isOverdue: false });
    at('2027-03-10T23:30:00Z'); // 00:30 on 11 March in Amsterdam, still 10 March in UTC
    expect(await tillen(employee)).toMatchObject({ dueDate: '2027-03-10', isOverdue: true });
  });

  it('follows the organisation’s own zone: at 23:30 in Paramaribo it is still due today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2027-03-10T12:00:00Z');
    const employee = await goalWithLearningDue(suriname, '2027-03-10');
    at('2027-03-11T02:30:00Z'); // 23:30 on 10 March in Paramaribo, 11 March in UTC
    expect(await tillen(employee)).toMatchObject({ isOverdue: false });
    at('2027-03-11T03:30:00Z'); // 00:30 on 11 March in Paramaribo
    expect(await tillen(employee)).toMatchObject({ isOverdue: true });
  });
});

describe('the plan period and the budget year', () => {
  it('turn at midnight on New Year’s Eve in Amsterdam, not an hour later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2027-12-31T23:30:00Z'); // 00:30 on 1 January 2028 in Amsterdam, 20:30 on 31 December in Paramaribo
    const amsterdam = (await signedInNow(org)).manager;
    expect((await amsterdam.get('/api/v1/plans/mine')).json()).toMatchObject({ period: '2028' });
    expect((await amsterdam.get('/api/v1/budgets/mine')).json()).toMatchObject({ year: 2028 });
    const paramaribo = (await signedInNow(suriname)).manager;
    expect((await paramaribo.get('/api/v1/plans/mine')).json()).toMatchObject({ period: '2027' });
    expect((await paramaribo.get('/api/v1/budgets/mine')).json()).toMatchObject({ year: 2027 });
  });
});
