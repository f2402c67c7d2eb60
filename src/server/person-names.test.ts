import { beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../shared/person-name.ts';
import { buildPerson } from './factories/factories.ts';
import { thisYear } from './test/calendar.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from './test/test-app.ts';

// One name formatter everywhere: a tussenvoegsel is never dropped, not in mail and not in lists.
const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let zoe: Client;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Zoë',
    familyNamePrefix: 'van den',
    familyName: 'Berg',
    managerId: org.people.manager.id,
    password: testPassword,
  });
  zoe = await signInAs(app, person);
  await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
    amountCents: 100_000,
    hours: 80,
    isProRata: false,
    fullTimeHours: 36,
    carryOverMaxCents: 0,
    requiresHrApproval: true,
  });
  await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year });
});

describe('names with a tussenvoegsel', () => {
  it('are written given name, tussenvoegsel, family name', () => {
    expect(displayName({ given_name: 'Zoë', family_name_prefix: 'van den', family_name: 'Berg' })).toBe(
      'Zoë van den Berg',
    );
    expect(displayName({ given_name: 'Ali', family_name_prefix: null, family_name: 'Kaya' })).toBe(
      'Ali Kaya',
    );
  });

  it('reach the manager in the subject of a budget request mail', async () => {
    const created = await zoe.post('/api/v1/budgets/requests', {
      provider: 'Wondzorg Academie',
      title: 'Wondzorg',
      costCents: 10_000,
      hours: 8,
      motivation: 'Voor mijn doel.',
    });
    expect(created.statusCode).toBe(201);
    const mail = await db
      .selectFrom('outbox_messages')
      .select(['subject'])
      .where('organisation_id', '=', org.organisation.id)
      .where('kind', '=', 'budget_request_waiting')
      .where('to_address', '=', org.people.manager.email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toContain('van Zoë van den Berg');
  });

  it('are shown in full in the manager’s lists of plans', async () => {
    const plan = await zoe.post('/api/v1/plans', {});
    expect(plan.statusCode).toBe(201);
    const goal = await zoe.post(`/api/v1/plans/${plan.json().id}/goals`, {
      title: 'Wondzorg',
      why: 'Meer complexe wonden',
    });
    expect(goal.statusCode).toBe(201);
    expect((await zoe.post(`/api/v1/plans/${plan.json().id}/share`, {})).statusCode).toBe(200);
    const team = await org.as.manager.get('/api/v1/plans?scope=team');
    expect(team.json().map((p: { person: { displayName: string } }) => p.person.displayName)).toContain(
      'Zoë van den Berg',
    );
    const opened = await org.as.manager.get(`/api/v1/plans/${plan.json().id}`);
    expect(opened.json().person.displayName).toBe('Zoë van den Berg');
  });
});
