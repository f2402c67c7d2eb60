import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { thisYear } from '../../test/calendar.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let secondHr: Client;
let colleague: Client;

const course = {
  provider: 'Wondzorg Academie',
  title: 'Post-hbo Wondverpleegkundige',
  startsOn: `${year}-09-01`,
  endsOn: `${year}-12-15`,
  costCents: 60_000,
  hours: 40,
  motivation: 'Voor mijn doel: complexe wonden zelfstandig behandelen.',
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const hr2 = await buildPerson(db, org.organisation.id, {
    givenName: 'Hugo',
    password: testPassword,
    roles: ['hr_admin'],
  });
  const other = await buildPerson(db, org.organisation.id, { givenName: 'Cas', password: testPassword });
  [secondHr, colleague] = await Promise.all([signInAs(app, hr2), signInAs(app, other)]);
  const policy = await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
    amountCents: 100_000,
    hours: 80,
    isProRata: false,
    fullTimeHours: 36,
    carryOverMaxCents: 0,
    requiresHrApproval: true,
  });
  expect(policy.statusCode).toBe(200);
  const allocated = await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year });
  expect(allocated.json().budgets).toBeGreaterThanOrEqual(7);
});

const ledger = async (client: Client) => (await client.get('/api/v1/budgets/mine')).json().budget.ledger;

describe('a budget request', () => {
  let requestId: string;

  it('starts with the full budget and goes to the manager first', async () => {
    expect(await ledger(org.as.employee)).toMatchObject({
      availableCents: 100_000,
      remainingCents: 100_000,
      hours: 80,
    });
    const created = await org.as.employee.post('/api/v1/budgets/requests', course);
    expect(created.statusCode).toBe(201);
    requestId = created.json().id;
    expect(created.json()).toMatchObject({ state: 'pending_manager', can: { approve: false, cancel: true } });
    expect(await ledger(org.as.employee)).toMatchObject({ pendingCents: 60_000, remainingCents: 100_000 });
    const outbox = await db
      .selectFrom('outbox_messages')
      .select(['kind', 'to_address'])
      .where('kind', '=', 'budget_request_waiting')
      .execute();
    expect(outbox.map((m) => m.to_address)).toContain(org.people.manager.email);
  });

  it('is seen by the requester, their manager and HR, not by a colleague', async () => {
    expect((await colleague.get(`/api/v1/budgets/requests/${requestId}`)).statusCode).toBe(404);
    expect(
      (await org.as.manager.get('/api/v1/budgets/approvals')).json().map((r: { id: string }) => r.id),
    ).toEqual([requestId]);
    expect((await org.as.hrAdmin.get('/api/v1/budgets/approvals')).json()).toEqual([]);
  });

  it('HR cannot skip the manager; the manager approves, then HR', async () => {
    expect((await org.as.hrAdmin.post(`/api/v1/budgets/requests/${requestId}/approve`, {})).statusCode).toBe(
      403,
    );
    expect((await org.as.employee.post(`/api/v1/budgets/requests/${requestId}/approve`, {})).statusCode).toBe(
      403,
    );
    const byManager = await org.as.manager.post(`/api/v1/budgets/requests/${requestId}/approve`, {});
    expect(byManager.json().state).toBe('pending_hr');
    const byHr = await org.as.hrAdmin.post(`/api/v1/budgets/requests/${requestId}/approve`, {});
    expect(byHr.json().state).toBe('approved');
    expect(await ledger(org.as.employee)).toMatchObject({
      committedCents: 60_000,
      remainingCents: 40_000,
      hoursUsed: 40,
    });
  });

  it('refuses to go below zero, unless HR overrides with a reason that is logged', async () => {
    const big = (
      await org.as.employee.post('/api/v1/budgets/requests', {
        ...course,
        title: 'Master',
        costCents: 50_000,
      })
    ).json();
    await org.as.manager.post(`/api/v1/budgets/requests/${big.id}/approve`, {});
    const refused = await org.as.hrAdmin.post(`/api/v1/budgets/requests/${big.id}/approve`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('budget_exceeded');
    const overridden = await org.as.hrAdmin.post(`/api/v1/budgets/requests/${big.id}/approve`, {
      overBudgetReason: 'Strategisch belangrijk, valt onder teambudget',
    });
    expect(overridden.json()).toMatchObject({ state: 'approved', isOverBudgetOverride: true });
    expect(await ledger(org.as.employee)).toMatchObject({ remainingCents: -10_000 });
    const events = (await org.as.owner.get(`/api/v1/events?subjectId=${big.id}`)).json();
    expect(events.items.map((e: { action: string }) => e.action)).toContain(
      'budget_request.approved_over_budget',
    );
    await org.as.employee.post(`/api/v1/budgets/requests/${big.id}/cancel`);
  });

  it('declines with a reason, and completes with the actual cost', async () => {
    const other = (
      await org.as.employee.post('/api/v1/budgets/requests', {
        ...course,
        title: 'Congres',
        costCents: 5_000,
      })
    ).json();
    expect((await org.as.manager.post(`/api/v1/budgets/requests/${other.id}/decline`, {})).statusCode).toBe(
      400,
    );
    const declined = await org.as.manager.post(`/api/v1/budgets/requests/${other.id}/decline`, {
      reason: 'Past niet bij je doelen',
    });
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: 'Past niet bij je doelen' });
    const complete = () =>
      org.as.employee.post(`/api/v1/budgets/requests/${requestId}/complete`, { spentCents: 55_000 });
    expect((await complete()).statusCode).toBe(409); // budget-funded training needs a learning agreement first
    const agreement = await org.as.employee.post('/api/v1/learning-agreements', {
      title: course.title,
      budgetRequestId: requestId,
      application: 'Ik word aanspreekpunt wondzorg in het team.',
      isWillingBuddy: true,
      startsOn: course.startsOn,
    });
    expect(agreement.statusCode).toBe(201);
    expect((await complete()).json().state).toBe('completed');
    expect(await ledger(org.as.employee)).toMatchObject({
      committedCents: 0,
      spentCents: 55_000,
      remainingCents: 45_000,
    });
  });

  it('takes a quote as a PDF and gives it back to those who may see the request', async () => {
    const boundary = '----groeipad';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="offerte.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4 offerte'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await org.as.employee.request(
      'POST',
      `/api/v1/budgets/requests/${requestId}/files?purpose=proof`,
      payload,
      {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    );
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json().files[0];
    expect(file).toMatchObject({ purpose: 'proof', fileName: 'offerte.pdf' });
    const download = await org.as.hrAdmin.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`);
    expect(download.body).toBe('%PDF-1.4 offerte');
    expect((await colleague.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`)).statusCode).toBe(
      404,
    );
  });

  it('answers 400 naming the field for a bad request', async () => {
    const response = await org.as.employee.post('/api/v1/budgets/requests', {
      ...course,
      costCents: -5,
      motivation: '',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['costCents', 'motivation']));
  });
});

describe('a budget request for an external training in the plan', () => {
  it('remembers the action and its goal; only my own external-training actions qualify', async () => {
    const planId = (await colleague.post('/api/v1/plans', {})).json().id;
    const plan = (await colleague.post(`/api/v1/plans/${planId}/goals`, { title: 'Wondzorg' })).json();
    const goalId = plan.goals[0].id;
    const addAction = async (kind: string, title: string) =>
      (await colleague.post(`/api/v1/plans/${planId}/actions`, { goalId, kind, title })).json().actions;
    await addAction('event', 'Congres wondzorg');
    const actions = await addAction('external_training', 'Post-hbo Wondverpleegkundige');
    const training = actions.find((a: { kind: string }) => a.kind === 'external_training');
    const event = actions.find((a: { kind: string }) => a.kind === 'event');
    const elsewhere = (await org.as.employee.post('/api/v1/plans', {})).json().id;
    const othersAction = (
      await org.as.employee.post(`/api/v1/plans/${elsewhere}/actions`, {
        kind: 'external_training',
        title: 'Van een ander',
      })
    ).json().actions[0].id;
    for (const actionId of [event.id, othersAction]) {
      const refused = await colleague.post('/api/v1/budgets/requests', { ...course, actionId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].field).toBe('actionId');
    }
    expect((await colleague.get('/api/v1/budgets/mine')).json().requests).toEqual([]);
    const created = await colleague.post('/api/v1/budgets/requests', { ...course, actionId: training.id });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ actionId: training.id, goal: { id: goalId, title: 'Wondzorg' } });
  });
});

describe('a manager-only approval chain', () => {
  it("makes the manager's approval final when the year's policy says so", async () => {
    const nextYear = year + 2;
    await org.as.hrAdmin.put(`/api/v1/budgets/policies/${nextYear}`, {
      amountCents: 50_000,
      hours: 0,
      isProRata: false,
      fullTimeHours: 36,
      carryOverMaxCents: 0,
      requiresHrApproval: false,
    });
    await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year: nextYear });
    const created = await org.as.employee.post('/api/v1/budgets/requests', {
      ...course,
      year: nextYear,
      costCents: 20_000,
    });
    const approved = await org.as.manager.post(`/api/v1/budgets/requests/${created.json().id}/approve`, {});
    expect(approved.json()).toMatchObject({ state: 'approved', hrDecidedAt: null });
    const tooMuch = await org.as.employee.post('/api/v1/budgets/requests', {
      ...course,
      year: nextYear,
      costCents: 40_000,
    });
    const refused = await org.as.manager.post(`/api/v1/budgets/requests/${tooMuch.json().id}/approve`, {
      overBudgetReason: 'managers cannot override',
    });
    expect(refused.json().code).toBe('budget_exceeded');
  });
});

describe('two approvers at the same moment', () => {
  it('cannot overspend a budget together', async () => {
    const person = await buildPerson(db, org.organisation.id, { givenName: 'Noor', password: testPassword });
    await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year });
    const noor = await signInAs(app, person);
    // No manager: both requests go straight to HR.
    const ids: string[] = [];
    for (const title of ['Cursus A', 'Cursus B'])
      ids.push(
        (await noor.post('/api/v1/budgets/requests', { ...course, title, costCents: 70_000 })).json().id,
      );
    const answers = await Promise.all([
      org.as.hrAdmin.post(`/api/v1/budgets/requests/${ids[0]}/approve`, {}),
      secondHr.post(`/api/v1/budgets/requests/${ids[1]}/approve`, {}),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await ledger(noor)).toMatchObject({ committedCents: 70_000, remainingCents: 30_000 });
  });
});

describe('budgets for HR and finance', () => {
  it('allocates pro rata by contract hours with capped carry-over from last year', async () => {
    const person = await buildPerson(db, org.organisation.id, { givenName: 'Pien' });
    await db.updateTable('people').set({ contract_hours: 18 }).where('id', '=', person.id).execute();
    await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year }); // this year untouched: all of it carries
    await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year + 1}`, {
      amountCents: 100_000,
      hours: 80,
      isProRata: true,
      fullTimeHours: 36,
      carryOverMaxCents: 20_000,
      requiresHrApproval: false,
    });
    await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year: year + 1 });
    const all = (await org.as.hrAdmin.get(`/api/v1/budgets?scope=organisation&year=${year + 1}`)).json();
    expect(all.find((b: { person: { id: string } }) => b.person.id === person.id)).toMatchObject({
      amountCents: 50_000,
      carriedOverCents: 20_000,
    });
    const employee = all.find((b: { person: { id: string } }) => b.person.id === org.people.employee.id);
    expect(employee).toMatchObject({ amountCents: 100_000, carriedOverCents: 20_000 }); // 450 left, capped at 200
  });

  it('imports budgets all-or-nothing, naming the line of a problem', async () => {
    const bad = await org.as.hrAdmin.post('/api/v1/budgets/import', {
      year,
      csv: `e-mail;bedrag;uren\n${org.people.manager.email};1.250,50;40\nnobody@example.test;100;0\n${org.people.owner.email};veel;0`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['line 4', 'line 3']);
    const good = await org.as.hrAdmin.post('/api/v1/budgets/import', {
      year,
      csv: `${org.people.manager.email};1.250,50;40`,
    });
    expect(good.json().budgets).toBe(1);
    expect(await ledger(org.as.manager)).toMatchObject({ availableCents: 125_050, hours: 40 });
  });

  it('exports approved and completed requests for finance as CSV and XLSX, HR only', async () => {
    const csv = await org.as.hrAdmin.get(`/api/v1/budgets/export?year=${year}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Post-hbo Wondverpleegkundige');
    expect(csv.body).toContain('550,00');
    expect(csv.body).not.toContain('Congres');
    const xlsx = await org.as.hrAdmin.request('GET', `/api/v1/budgets/export?year=${year}&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBeGreaterThan(1);
    expect((await org.as.manager.get('/api/v1/budgets/export')).statusCode).toBe(403);
  });

  it('shows a manager the budgets of their reports only', async () => {
    const team = (await org.as.manager.get('/api/v1/budgets')).json();
    expect(team.map((b: { person: { id: string } }) => b.person.id)).toEqual([org.people.employee.id]);
  });
});
