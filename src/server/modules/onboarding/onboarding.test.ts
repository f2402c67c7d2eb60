import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar.ts';
import { buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let articleId: string;

type Journey = {
  id: string;
  myPart: string;
  done: number;
  total: number;
  buddy: { id: string } | null;
  person: { id: string };
  steps: {
    id: string;
    title: string;
    owner: string;
    dueDate: string;
    week: number;
    canTick: boolean;
    doneAt: string | null;
    contentTitle: string | null;
  }[];
};

const today = () => new Date().toISOString().slice(0, 10);
const template = (overrides: Record<string, unknown> = {}) => ({
  name: 'Inwerken Zorg',
  steps: [
    { kind: 'buddy', title: 'Kennismaken met je buddy', dayOffset: 0, owner: 'newcomer' },
    { kind: 'task', title: 'Rondleiding over de afdeling', dayOffset: 1, owner: 'buddy' },
    { kind: 'learning', title: 'Handhygiëne', dayOffset: 5, owner: 'newcomer', contentId: articleId },
    { kind: 'check_in', title: 'Gesprek na 30 dagen', dayOffset: 30, owner: 'manager' },
  ],
  ...overrides,
});

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const item = await org.as.ldAdmin.post('/api/v1/catalogue/items', {
    kind: 'article',
    durationMinutes: 5,
    versions: [
      { language: 'nl', title: 'Handhygiëne', summary: 'Schone handen', bodyHtml: '<p>Was je handen.</p>' },
    ],
    topics: ['Zorg'],
  });
  expect(item.statusCode, item.body).toBe(201);
  articleId = item.json<{ id: string }>().id;
});

describe('onboarding journeys', () => {
  it('L&D assigns a template by hand with a buddy; each of newcomer, buddy and manager sees their part', async () => {
    const created = await org.as.ldAdmin.post('/api/v1/onboarding/templates', template());
    expect(created.statusCode, created.body).toBe(201);
    const templateId = created.json<{ id: string }>().id;
    const start = addDays(today(), -3);
    const assigned = await org.as.ldAdmin.post('/api/v1/onboarding/journeys', {
      personId: org.people.employee.id,
      templateId,
      buddyId: org.people.hrAdmin.id,
      startDate: start,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const journey = assigned.json<Journey>();
    expect(journey.total).toBe(4);
    expect(journey.steps.map((step) => step.dueDate)).toEqual([
      start,
      addDays(start, 1),
      addDays(start, 5),
      addDays(start, 30),
    ]);
    expect(journey.steps.map((step) => step.week)).toEqual([1, 1, 1, 5]);
    expect(journey.steps[2]!.contentTitle).toBe('Handhygiëne');

    // The newcomer ticks off their own step, not the buddy's.
    const mine = (await org.as.employee.get('/api/v1/onboarding')).json<{ mine: Journey[] }>().mine;
    expect(mine).toHaveLength(1);
    expect(mine[0]!.steps.map((step) => step.canTick)).toEqual([true, false, true, false]);
    const ticked = await org.as.employee.post(`/api/v1/onboarding/steps/${journey.steps[0]!.id}/done`, {
      done: true,
    });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json<Journey>().done).toBe(1);
    const notMine = await org.as.employee.post(`/api/v1/onboarding/steps/${journey.steps[1]!.id}/done`, {
      done: true,
    });
    expect(notMine.statusCode).toBe(403);

    // The buddy sees whom they are buddy for and ticks the tour.
    const asBuddy = (await org.as.hrAdmin.get('/api/v1/onboarding')).json<{ buddy: Journey[] }>().buddy;
    expect(asBuddy.map((j) => j.person.id)).toEqual([org.people.employee.id]);
    expect(
      (await org.as.hrAdmin.post(`/api/v1/onboarding/steps/${journey.steps[1]!.id}/done`, { done: true }))
        .statusCode,
    ).toBe(200);

    // The manager sees the progress and owns the day-30 check-in.
    const team = (await org.as.manager.get('/api/v1/onboarding')).json<{ team: Journey[] }>().team;
    expect(team).toHaveLength(1);
    expect(team[0]!.done).toBe(2);
    expect(team[0]!.steps[3]!.canTick).toBe(true);
    expect(team[0]!.myPart).toBe('manager');

    // Another employee who is not involved may not look.
    const stranger = await buildPerson(db, org.organisation.id, { password: testPassword });
    const asStranger = await signInAs(app, stranger);
    expect((await asStranger.get(`/api/v1/onboarding/journeys/${journey.id}`)).statusCode).toBe(403);
  });

  it('a template with a rule gives newcomers a journey on their start date, once, and tells owners what is due', async () => {
    const newcomer = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      orgUnitId: org.unit.id,
      managerId: org.people.manager.id,
      startDate: today(),
      givenName: 'Noor',
    });
    const criteria = { unitIds: [org.unit.id], startsWithinDays: 14 };
    const preview = await org.as.ldAdmin.post('/api/v1/onboarding/templates/preview', { criteria });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<{ people: { id: string }[] }>().people.map((p) => p.id)).toContain(newcomer.id);

    const created = await org.as.hrAdmin.post(
      '/api/v1/onboarding/templates',
      template({ name: 'Nieuw in Noord', criteria }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ journeys: number }>().journeys).toBe(1);
    await runJob('onboarding.round', { db, config });
    await runJob('onboarding.round', { db, config });
    const asNewcomer = await signInAs(app, newcomer);
    const mine = (await asNewcomer.get('/api/v1/onboarding')).json<{ mine: Journey[] }>().mine;
    expect(mine).toHaveLength(1);
    expect(mine[0]!.steps[0]!.dueDate).toBe(today());
    // The first step (day 0) is due today: its owner, the newcomer, finds it on the bell.
    const bell = (await asNewcomer.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((n) => n.title).join(' ')).toContain('Kennismaken met je buddy');
  });

  it('a rule without a start date or an unknown catalogue item is a 400 naming the field', async () => {
    const noStart = await org.as.ldAdmin.post(
      '/api/v1/onboarding/templates',
      template({ criteria: { unitIds: [org.unit.id] } }),
    );
    expect(noStart.statusCode).toBe(400);
    expect(noStart.body).toContain('criteria.startsWithinDays');
    const noItem = await org.as.ldAdmin.post(
      '/api/v1/onboarding/templates',
      template({
        steps: [
          { kind: 'learning', title: 'x', dayOffset: 1, owner: 'newcomer', contentId: crypto.randomUUID() },
        ],
      }),
    );
    expect(noItem.statusCode).toBe(400);
    expect(noItem.body).toContain('steps.0.contentId');
    const templates = (await org.as.ldAdmin.get('/api/v1/onboarding/templates')).json<{ name: string }[]>();
    expect(templates.map((t) => t.name).sort()).toEqual(['Inwerken Zorg', 'Nieuw in Noord']);
  });
});
