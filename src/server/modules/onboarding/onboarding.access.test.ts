import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Every onboarding endpoint with real ids: another organisation finds nothing, an employee may not do
// L&D's work (nothing changes), and bad input names its field.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let templateId: string;
let journeyId: string;
let stepIds: string[];

const template = () => ({
  name: 'Inwerken',
  steps: [
    { kind: 'buddy', title: 'Kennismaken met je buddy', dayOffset: 0, owner: 'newcomer' },
    { kind: 'task', title: 'Rondleiding', dayOffset: 1, owner: 'buddy' },
    { kind: 'check_in', title: 'Gesprek na 30 dagen', dayOffset: 30, owner: 'manager' },
  ],
});
type Call = { method: 'GET' | 'POST' | 'PUT'; url: () => string; body?: () => unknown };

const calls: Record<string, Call> = {
  'GET /onboarding/templates/:id': { method: 'GET', url: () => `/api/v1/onboarding/templates/${templateId}` },
  'PUT /onboarding/templates/:id': {
    method: 'PUT',
    url: () => `/api/v1/onboarding/templates/${templateId}`,
    body: () => ({ ...template(), name: 'Gewijzigd' }),
  },
  'GET /onboarding/journeys/:id': { method: 'GET', url: () => `/api/v1/onboarding/journeys/${journeyId}` },
  'PUT /onboarding/journeys/:id/buddy': {
    method: 'PUT',
    url: () => `/api/v1/onboarding/journeys/${journeyId}/buddy`,
    body: () => ({ buddyId: org.people.ldAdmin.id }),
  },
  'POST /onboarding/steps/:id/done': {
    method: 'POST',
    url: () => `/api/v1/onboarding/steps/${stepIds[2]}/done`,
    body: () => ({ done: true }),
  },
  'POST /onboarding/journeys': {
    method: 'POST',
    url: () => '/api/v1/onboarding/journeys',
    body: () => ({ personId: org.people.manager.id, templateId }),
  },
};
const listCalls: Record<string, Call> = {
  'GET /onboarding/templates': { method: 'GET', url: () => '/api/v1/onboarding/templates' },
  'POST /onboarding/templates': { method: 'POST', url: () => '/api/v1/onboarding/templates', body: template },
  'POST /onboarding/templates/preview': {
    method: 'POST',
    url: () => '/api/v1/onboarding/templates/preview',
    body: () => ({ criteria: { startsWithinDays: 30 } }),
  },
  'GET /onboarding/journeys': { method: 'GET', url: () => '/api/v1/onboarding/journeys' },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());

async function journeyState() {
  return (await org.as.ldAdmin.get(`/api/v1/onboarding/journeys/${journeyId}`)).json<{
    buddy: { id: string } | null;
    done: number;
  }>();
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/onboarding/templates', template());
  expect(created.statusCode, created.body).toBe(201);
  templateId = created.json<{ id: string }>().id;
  const assigned = await org.as.hrAdmin.post('/api/v1/onboarding/journeys', {
    personId: org.people.employee.id,
    templateId,
    buddyId: org.people.owner.id,
  });
  expect(assigned.statusCode, assigned.body).toBe(201);
  const journey = assigned.json<{ id: string; steps: { id: string }[] }>();
  journeyId = journey.id;
  stepIds = journey.steps.map((step) => step.id);
});

describe('onboarding endpoints', () => {
  it.each(Object.keys(calls))('%s: another organisation’s owner gets 404', async (name) => {
    const call = calls[name]!;
    const response = await send(other.as.owner, call);
    // Assigning names its ids in the body: another organisation's person and template are not found.
    expect(response.statusCode).toBe(name === 'POST /onboarding/journeys' ? 400 : 404);
    expect((await journeyState()).buddy?.id).toBe(org.people.owner.id);
  });

  it.each([
    ...Object.keys(listCalls),
    'GET /onboarding/templates/:id',
    'PUT /onboarding/templates/:id',
    'POST /onboarding/journeys',
  ])('%s: an employee gets 403, and nothing changes', async (name) => {
    const response = await send(org.as.employee, listCalls[name] ?? calls[name]!);
    expect(response.statusCode).toBe(403);
    const templates = (await org.as.ldAdmin.get('/api/v1/onboarding/templates')).json<{ name: string }[]>();
    expect(templates.map((t) => t.name)).toEqual(['Inwerken']);
  });

  it('the newcomer may not choose their own buddy nor tick the manager’s check-in: 403, unchanged', async () => {
    expect((await send(org.as.employee, calls['PUT /onboarding/journeys/:id/buddy']!)).statusCode).toBe(403);
    expect((await send(org.as.employee, calls['POST /onboarding/steps/:id/done']!)).statusCode).toBe(403);
    const state = await journeyState();
    expect(state.buddy?.id).toBe(org.people.owner.id);
    expect(state.done).toBe(0);
  });

  it('the manager chooses the buddy and ticks the check-in', async () => {
    const buddy = await send(org.as.manager, calls['PUT /onboarding/journeys/:id/buddy']!);
    expect(buddy.statusCode, buddy.body).toBe(200);
    const tick = await send(org.as.manager, calls['POST /onboarding/steps/:id/done']!);
    expect(tick.statusCode, tick.body).toBe(200);
    expect(await journeyState()).toMatchObject({ buddy: { id: org.people.ldAdmin.id }, done: 1 });
  });

  it.each([
    ['POST /onboarding/templates', { ...template(), name: '' }, 'name'],
    ['POST /onboarding/templates', { ...template(), steps: [] }, 'steps'],
    [
      'POST /onboarding/templates',
      { ...template(), steps: [{ ...template().steps[0], dayOffset: -1 }] },
      'steps.0.dayOffset',
    ],
    [
      'POST /onboarding/templates',
      { ...template(), steps: [{ ...template().steps[0], owner: 'ceo' }] },
      'steps.0.owner',
    ],
    ['PUT /onboarding/templates/:id', { ...template(), criteria: { unitIds: ['x'] } }, 'criteria.unitIds.0'],
    [
      'PUT /onboarding/templates/:id',
      { ...template(), criteria: { statuses: ['active'] } },
      'criteria.startsWithinDays',
    ],
    [
      'POST /onboarding/templates/preview',
      { criteria: { unitIds: [crypto.randomUUID()] } },
      'criteria.unitIds.0',
    ],
    ['POST /onboarding/journeys', { personId: 'x', templateId: crypto.randomUUID() }, 'personId'],
    [
      'POST /onboarding/journeys',
      { personId: crypto.randomUUID(), templateId: crypto.randomUUID() },
      'templateId',
    ],
    ['POST /onboarding/journeys', { startDate: '2026-13-01' }, 'startDate'],
    ['PUT /onboarding/journeys/:id/buddy', { buddyId: 'nobody' }, 'buddyId'],
    ['POST /onboarding/steps/:id/done', { done: 'yes' }, 'done'],
  ] as const)('%s: bad input is a 400 naming %s, nothing changed', async (name, body, field) => {
    const call = listCalls[name] ?? calls[name]!;
    const merged =
      name === 'POST /onboarding/journeys' && !('personId' in body)
        ? { personId: org.people.manager.id, templateId, ...body }
        : body;
    const response = await org.as.ldAdmin.request(call.method, call.url(), merged);
    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
    const templates = (await org.as.ldAdmin.get('/api/v1/onboarding/templates')).json<
      { name: string; journeys: number }[]
    >();
    expect(templates).toEqual([expect.objectContaining({ name: 'Inwerken', journeys: 1 })]);
  });

  it('the buddy cannot be the newcomer: 400 naming buddyId', async () => {
    const response = await org.as.ldAdmin.put(`/api/v1/onboarding/journeys/${journeyId}/buddy`, {
      buddyId: org.people.employee.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('buddyId');
  });
});
