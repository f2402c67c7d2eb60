import { beforeAll, describe, expect, it } from 'vitest';
import { inDays, thisYear } from '../../test/calendar.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();
const year = thisYear();
const daysAgo = (days: number) => inDays(-days);
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let agreementId: string;
let conversationId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  await org.as.employee.post('/api/v1/plans', {});
  await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
    name: 'Gesprekken',
    templateKey: 'functioneringsgesprek',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preparationDue: daysAgo(-2),
    signOffDue: `${year}-12-31`,
  });
  conversationId = (await org.as.employee.get('/api/v1/conversations/mine')).json()[0].id;
});

describe('a learning agreement', () => {
  it('records how the learning will be applied and plans follow-ups at 30, 60 and 90 days', async () => {
    const created = await org.as.employee.post('/api/v1/learning-agreements', {
      title: 'Training Motiverende gespreksvoering',
      application: 'Ik gebruik het in gesprekken met cliënten over leefstijl.',
      isWillingBuddy: true,
      startsOn: daysAgo(31),
    });
    expect(created.statusCode).toBe(201);
    agreementId = created.json().id;
    expect(
      created.json().followups.map((f: { day: number; isAsked: boolean }) => [f.day, f.isAsked]),
    ).toEqual([
      [30, false],
      [60, false],
      [90, false],
    ]);
    expect(created.json().can).toEqual({ agree: false, answer: false });
  });

  it('is agreed by the manager only', async () => {
    expect((await org.as.employee.post(`/api/v1/learning-agreements/${agreementId}/agree`)).statusCode).toBe(
      403,
    );
    expect((await org.as.hrAdmin.get(`/api/v1/learning-agreements/${agreementId}`)).statusCode).toBe(404);
    const agreed = await org.as.manager.post(`/api/v1/learning-agreements/${agreementId}/agree`);
    expect(agreed.json().managerAgreedAt).not.toBeNull();
  });

  it('cannot be answered before the question is asked', async () => {
    const early = await org.as.employee.put(`/api/v1/learning-agreements/${agreementId}/followups/30`, {
      answer: 'Gaat goed',
    });
    expect(early.statusCode).toBe(409);
  });

  it('asks the due question by the daily job, once, and the answer shows in plan and conversation', async () => {
    expect(await runJob('learning-agreements.followups', { db, config })).toBe(1);
    // preparation due in two days: both sides reminded
    expect(await runJob('conversations.reminders', { db, config })).toBeGreaterThanOrEqual(2);
    expect(await runJob('learning-agreements.followups', { db, config })).toBe(0);
    const mail = await db
      .selectFrom('outbox_messages')
      .select(['to_address', 'subject'])
      .where('kind', '=', 'learning_followup')
      .execute();
    expect(mail).toEqual([expect.objectContaining({ to_address: org.people.employee.email })]);

    const answered = await org.as.employee.put(`/api/v1/learning-agreements/${agreementId}/followups/30`, {
      answer: 'Ik pas het wekelijks toe; cliënten praten makkelijker.',
    });
    expect(answered.json().followups[0]).toMatchObject({
      isAsked: true,
      answer: 'Ik pas het wekelijks toe; cliënten praten makkelijker.',
    });
    const plan = (await org.as.employee.get('/api/v1/plans/mine')).json().plan;
    expect(plan.followups[0]).toMatchObject({ day: 30, title: 'Training Motiverende gespreksvoering' });
    const conversation = (await org.as.manager.get(`/api/v1/conversations/${conversationId}`)).json();
    expect(conversation.followups[0].answer).toContain('cliënten praten makkelijker');
  });

  it('lists my agreements and my reports\u2019 for a manager', async () => {
    expect((await org.as.manager.get('/api/v1/learning-agreements/mine')).json()).toHaveLength(1);
    expect((await org.as.ldAdmin.get('/api/v1/learning-agreements/mine')).json()).toHaveLength(0);
  });
});
