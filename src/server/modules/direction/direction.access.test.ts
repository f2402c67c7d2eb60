import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Every direction, goals, consultations and announcements endpoint: the wrong role gets 403, another
// organisation gets 404 for anything of this one.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const ids: Record<string, string> = {};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const owner = org.as.owner;
  ids.value = (await owner.post('/api/v1/direction/values', { name: 'Aandacht' })).json<{ id: string }>().id;
  ids.competency = (await owner.post('/api/v1/direction/competencies', { name: 'Samenwerken' })).json<{
    id: string;
  }>().id;
  const goal = (
    await owner.post('/api/v1/goals', {
      title: 'Doel',
      status: 'active',
      keyResults: [{ metric: 'Meting', targetValue: 10 }],
    })
  ).json<{ goal: { id: string; keyResults: { id: string }[] } }>();
  ids.goal = goal.goal.id;
  ids.keyResult = goal.goal.keyResults[0]!.id;
  ids.teamGoal = (
    await owner.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'Teamdoel',
      alignedGoalIds: [ids.goal],
    })
  ).json<{ id: string }>().id;
  ids.consultation = (
    await owner.post('/api/v1/consultations', {
      title: 'Raadpleging',
      subjectKind: 'goal_set',
      audienceKind: 'everyone',
      closesAt: inAWeek(),
    })
  ).json<{ id: string }>().id;
  await org.as.employee.post(`/api/v1/consultations/${ids.consultation}/responses`, {
    kind: 'question',
    comment: 'Hoe?',
  });
  ids.response = (await owner.get(`/api/v1/consultations/${ids.consultation}`)).json<{
    responses: { id: string }[];
  }>().responses[0]!.id;
  ids.announcement = (
    await owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Bericht', bodyHtml: '<p>Tekst</p>' }],
      publishAt: new Date(Date.now() - 1000).toISOString(),
    })
  ).json<{ id: string }>().id;
  ids.notification = (await org.as.employee.get('/api/v1/notifications')).json<{ items: { id: string }[] }>()
    .items[0]!.id;
});

type Call = [method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: () => string, body?: unknown];

// What only management may do (employees get 403).
const managementOnly = (): Call[] => [
  ['GET', () => '/api/v1/direction/statements?kind=mission'],
  ['POST', () => '/api/v1/direction/statements', { kind: 'vision', locale: 'nl', body: 'x' }],
  ['POST', () => '/api/v1/direction/values', { name: 'x' }],
  ['PATCH', () => `/api/v1/direction/values/${ids.value}`, { name: 'x' }],
  ['POST', () => '/api/v1/direction/competencies', { name: 'x' }],
  ['PATCH', () => `/api/v1/direction/competencies/${ids.competency}`, { name: 'x' }],
  ['PUT', () => `/api/v1/direction/competencies/${ids.competency}/skills`, { skillIds: [] }],
  ['POST', () => '/api/v1/goals', { title: 'x' }],
  ['PATCH', () => `/api/v1/goals/${ids.goal}`, { title: 'x' }],
  ['POST', () => `/api/v1/goals/${ids.goal}/key-results`, { metric: 'x', targetValue: 1 }],
  ['POST', () => `/api/v1/goals/key-results/${ids.keyResult}/check-ins`, { value: 1 }],
  [
    'POST',
    () => '/api/v1/goals/team-goals',
    { orgUnitId: org.unit.id, title: 'x', alignedGoalIds: [ids.goal] },
  ],
  ['PATCH', () => `/api/v1/goals/team-goals/${ids.teamGoal}`, { title: 'x' }],
  [
    'POST',
    () => '/api/v1/consultations',
    { title: 'x', subjectKind: 'goal_set', audienceKind: 'everyone', closesAt: inAWeek() },
  ],
  ['POST', () => `/api/v1/consultations/responses/${ids.response}/replies`, { body: 'x' }],
  ['POST', () => `/api/v1/consultations/${ids.consultation}/close`, { outcome: 'x' }],
  ['GET', () => '/api/v1/announcements'],
  ['POST', () => '/api/v1/announcements', { translations: [{ locale: 'nl', title: 'x', bodyHtml: 'x' }] }],
  ['PATCH', () => `/api/v1/announcements/${ids.announcement}`, { isPinned: true }],
  ['GET', () => `/api/v1/announcements/${ids.announcement}/reach`],
];

// What names one of this organisation's things (another organisation's owner gets 404).
const byId = (): Call[] => [
  ...managementOnly().filter(([, url]) => /[0-9a-f]{8}-/.test(url())),
  ['GET', () => `/api/v1/goals/${ids.goal}`],
  ['GET', () => `/api/v1/consultations/${ids.consultation}`],
  ['POST', () => `/api/v1/consultations/${ids.consultation}/responses`, { kind: 'support' }],
  ['GET', () => `/api/v1/announcements/${ids.announcement}`],
  ['POST', () => `/api/v1/announcements/${ids.announcement}/read`],
  ['POST', () => `/api/v1/announcements/${ids.announcement}/acknowledge`],
  ['POST', () => `/api/v1/notifications/${ids.notification}/read`],
];

describe('direction endpoints', () => {
  it('refuse employees what only management may do (403)', async () => {
    for (const [method, url, body] of managementOnly()) {
      const response = await org.as.employee.request(method, url(), body);
      expect(response.statusCode, `${method} ${url()}`).toBe(403);
      expect(response.json<{ code: string }>().code).toBe('forbidden');
    }
  });

  it('answer 404 to another organisation for anything of this one', async () => {
    for (const [method, url, body] of byId()) {
      const response = await other.as.owner.request(method, url(), body);
      expect(response.statusCode, `${method} ${url()}`).toBe(404);
    }
  });

  it('leave this organisation unchanged after all those attempts', async () => {
    const goals = (await org.as.owner.get('/api/v1/goals')).json<{ title: string }[]>();
    expect(goals.map((g) => g.title)).toEqual(['Doel']);
    const values = (await org.as.owner.get('/api/v1/direction/values')).json<{ name: string }[]>();
    expect(values.map((v) => v.name)).toEqual(['Aandacht']);
    const consultation = (await org.as.owner.get(`/api/v1/consultations/${ids.consultation}`)).json<{
      status: string;
    }>();
    expect(consultation.status).toBe('open');
  });
});
