import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Every WorkOut endpoint with real ids: another organisation finds nothing, someone outside the team
// finds nothing, a member may not lead, and bad input names its field and changes nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let workoutId: string;

const today = () => new Date().toISOString().slice(0, 10);
type Call = { method: 'GET' | 'POST' | 'PUT'; url: () => string; body?: () => unknown };

const calls: Record<string, Call> = {
  'GET /workouts/:id': { method: 'GET', url: () => `/api/v1/workouts/${workoutId}` },
  'PUT /workouts/:id/reflection': {
    method: 'PUT',
    url: () => `/api/v1/workouts/${workoutId}/reflection`,
    body: () => ({ text: 'Goed gesprek gehad.' }),
  },
  'POST /workouts/:id/complete': {
    method: 'POST',
    url: () => `/api/v1/workouts/${workoutId}/complete`,
    body: () => ({ nextSteps: [] }),
  },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());
const view = async () =>
  (await org.as.manager.get(`/api/v1/workouts/${workoutId}`)).json<{
    status: string;
    reflectionCount: number;
    nextSteps: unknown[];
  }>();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const planned = await org.as.manager.post('/api/v1/workouts', {
    libraryKey: 'near-miss',
    plannedOn: today(),
    participantIds: [org.people.employee.id],
  });
  expect(planned.statusCode).toBe(201);
  workoutId = planned.json<{ id: string }>().id;
});

describe('WorkOut endpoints', () => {
  it.each(Object.keys(calls))('%s: another organisation’s owner gets 404', async (name) => {
    expect((await send(other.as.owner, calls[name]!)).statusCode).toBe(404);
  });

  it.each(Object.keys(calls))('%s: someone outside the team (L&D) gets 404', async (name) => {
    expect((await send(org.as.ldAdmin, calls[name]!)).statusCode).toBe(404);
    expect(await view()).toMatchObject({ status: 'planned', reflectionCount: 0 });
  });

  it('GET /workouts: another organisation and people outside the team do not see it', async () => {
    for (const client of [other.as.owner, org.as.ldAdmin])
      expect((await client.get('/api/v1/workouts')).json<{ id: string }[]>().map((w) => w.id)).not.toContain(
        workoutId,
      );
  });

  it('POST /workouts/:id/complete: a team member gets 403 and it stays planned', async () => {
    expect((await send(org.as.employee, calls['POST /workouts/:id/complete']!)).statusCode).toBe(403);
    expect(await view()).toMatchObject({ status: 'planned', nextSteps: [] });
  });

  it('HR reads a WorkOut but does not reflect on it', async () => {
    expect((await org.as.hrAdmin.get(`/api/v1/workouts/${workoutId}`)).statusCode).toBe(200);
    expect((await send(org.as.hrAdmin, calls['PUT /workouts/:id/reflection']!)).statusCode).toBe(403);
  });

  it('POST /workouts: someone without reports gets 403 and nothing is planned', async () => {
    const response = await org.as.employee.post('/api/v1/workouts', {
      libraryKey: 'near-miss',
      plannedOn: today(),
      participantIds: [org.people.manager.id],
    });
    expect(response.statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/workouts')).json<unknown[]>()).toHaveLength(1);
  });

  it('POST /workouts/templates: someone without reports gets 403', async () => {
    const response = await org.as.employee.post('/api/v1/workouts/templates', {
      language: 'nl',
      title: 'X',
      assignment: 'Y',
      reflectionQuestion: 'Z?',
      durationMinutes: 20,
    });
    expect(response.statusCode).toBe(403);
    expect(
      (await org.as.manager.get('/api/v1/workouts/library'))
        .json<{ source: string }[]>()
        .filter((w) => w.source === 'own'),
    ).toEqual([]);
  });

  it.each([
    [
      'POST /workouts',
      { libraryKey: 'no-such-thing', plannedOn: today(), participantIds: [] },
      'participantIds',
    ],
    [
      'POST /workouts',
      { libraryKey: 'no-such-thing', plannedOn: today(), participantIds: ['EMPLOYEE'] },
      'libraryKey',
    ],
    ['POST /workouts', { plannedOn: today(), participantIds: ['EMPLOYEE'] }, 'libraryKey'],
    [
      'POST /workouts',
      { libraryKey: 'near-miss', plannedOn: '2026-02-30', participantIds: ['EMPLOYEE'] },
      'plannedOn',
    ],
    [
      'POST /workouts',
      { libraryKey: 'near-miss', plannedOn: today(), participantIds: ['OWNER'] },
      'participantIds.0',
    ],
    [
      'POST /workouts',
      {
        templateId: '00000000-0000-4000-8000-000000000000',
        plannedOn: today(),
        participantIds: ['EMPLOYEE'],
      },
      'templateId',
    ],
    [
      'POST /workouts',
      {
        libraryKey: 'near-miss',
        plannedOn: today(),
        participantIds: ['EMPLOYEE'],
        contentId: '00000000-0000-4000-8000-000000000000',
      },
      'contentId',
    ],
    [
      'POST /workouts/templates',
      { language: 'nl', title: '', assignment: 'Y', reflectionQuestion: 'Z', durationMinutes: 20 },
      'title',
    ],
    [
      'POST /workouts/templates',
      { language: 'nl', title: 'X', assignment: 'Y', reflectionQuestion: 'Z', durationMinutes: 1 },
      'durationMinutes',
    ],
  ] as const)(
    '%s: bad input is a 400 naming the field (%#), and nothing is planned',
    async (url, body, field) => {
      const resolved = JSON.parse(
        JSON.stringify(body)
          .replaceAll('"EMPLOYEE"', JSON.stringify(org.people.employee.id))
          .replaceAll('"OWNER"', JSON.stringify(org.people.owner.id)),
      );
      const response = await org.as.manager.post(`/api/v1${url.slice(5)}`, resolved);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
      expect((await org.as.manager.get('/api/v1/workouts')).json<unknown[]>()).toHaveLength(1);
    },
  );

  it('PUT /workouts/:id/reflection: an empty reflection is a 400 naming text', async () => {
    const response = await org.as.employee.put(`/api/v1/workouts/${workoutId}/reflection`, { text: '  ' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('text');
    expect((await view()).reflectionCount).toBe(0);
  });

  it.each([
    [{ nextSteps: [{ kind: 'personal', title: 'X', personId: 'OWNER' }] }, 'nextSteps.0.personId'],
    [{ nextSteps: [{ kind: 'someday', title: 'X' }] }, 'nextSteps.0.kind'],
    [{ nextSteps: [{ kind: 'personal', title: '', personId: 'EMPLOYEE' }] }, 'nextSteps.0.title'],
    [
      {
        nextSteps: [
          { kind: 'personal', title: 'Goed', personId: 'EMPLOYEE' },
          {
            kind: 'team',
            title: 'X',
            orgUnitId: 'UNIT',
            alignedGoalId: '00000000-0000-4000-8000-000000000000',
          },
        ],
      },
      'nextSteps.1.alignedGoalId',
    ],
  ] as const)(
    'POST /workouts/:id/complete: bad next steps are a 400 naming %s, and nothing lands',
    async (body, field) => {
      const resolved = JSON.parse(
        JSON.stringify(body)
          .replaceAll('"EMPLOYEE"', JSON.stringify(org.people.employee.id))
          .replaceAll('"OWNER"', JSON.stringify(org.people.owner.id))
          .replaceAll('"UNIT"', JSON.stringify(org.unit.id)),
      );
      await db
        .updateTable('org_units')
        .set({ head_id: org.people.manager.id })
        .where('id', '=', org.unit.id)
        .execute();
      const response = await org.as.manager.post(`/api/v1/workouts/${workoutId}/complete`, resolved);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
      expect(await view()).toMatchObject({ status: 'planned', nextSteps: [] });
      const plan = (await org.as.employee.get('/api/v1/plans/mine')).json<{
        plan: { actions: unknown[] } | null;
      }>();
      expect(plan.plan?.actions ?? []).toEqual([]);
    },
  );
});
