import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// Feedback as learning: answers go to the asker only, to the manager when shared, can become a
// rating on a skill; every endpoint keeps to its organisation, its people and its fields.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let colleague: Client;
let colleagueId: string;
let skillId: string;
let goalId: string;

type FeedbackRequest = {
  id: string;
  subject: { kind: string; label: string };
  isSharedWithManager: boolean;
  answers: {
    person: { id: string };
    answer: string | null;
    declinedAt: string | null;
    skillLevel: number | null;
  }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, { password: testPassword, givenName: 'Sanne' });
  colleagueId = person.id;
  colleague = await signInAs(app, person);
  skillId = (
    await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Overdracht', en: 'Handover' } })
  ).json<{
    id: string;
  }>().id;
  const planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
  const plan = await org.as.employee.post(`/api/v1/plans/${planId}/goals`, { title: 'Beter overdragen' });
  goalId = plan.json<{ goals: { id: string }[] }>().goals[0]!.id;
});

const ask = (body: Record<string, unknown>, client = org.as.employee) =>
  client.post('/api/v1/feedback/requests', {
    subjectKind: 'work',
    subjectLabel: 'De overdracht van dinsdag',
    question: 'Hoe ging mijn overdracht?',
    personIds: [colleagueId],
    ...body,
  });

describe('feedback requests', () => {
  it('the colleague is told, answers, and only the asker reads every answer', async () => {
    const asked = await ask({ personIds: [colleagueId, org.people.hrAdmin.id] });
    expect(asked.statusCode).toBe(201);
    const request = asked.json<FeedbackRequest>();
    const bell = (await colleague.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toContain('vraagt je om feedback: De overdracht van dinsdag');

    await colleague.post(`/api/v1/feedback/requests/${request.id}/answer`, { answer: 'Helder, met SBAR.' });
    await org.as.hrAdmin.post(`/api/v1/feedback/requests/${request.id}/decline`);
    const mine = (
      await org.as.employee.get(`/api/v1/feedback/requests/${request.id}`)
    ).json<FeedbackRequest>();
    expect(mine.answers.map((a) => [a.person.id, a.answer, Boolean(a.declinedAt)])).toEqual(
      expect.arrayContaining([
        [colleagueId, 'Helder, met SBAR.', false],
        [org.people.hrAdmin.id, null, true],
      ]),
    );
    // HR, asked too, sees only its own (declined) row; the manager nothing until it is shared.
    const asHr = (
      await org.as.hrAdmin.get(`/api/v1/feedback/requests/${request.id}`)
    ).json<FeedbackRequest>();
    expect(asHr.answers.map((a) => a.person.id)).toEqual([org.people.hrAdmin.id]);
    expect((await org.as.manager.get(`/api/v1/feedback/requests/${request.id}`)).statusCode).toBe(404);
    expect(
      (await org.as.manager.get(`/api/v1/feedback/shared?personId=${org.people.employee.id}`)).json(),
    ).toEqual([]);

    const shared = await org.as.employee.patch(`/api/v1/feedback/requests/${request.id}`, {
      isSharedWithManager: true,
    });
    expect(shared.json<FeedbackRequest>().isSharedWithManager).toBe(true);
    const forManager = (
      await org.as.manager.get(`/api/v1/feedback/shared?personId=${org.people.employee.id}`)
    ).json<FeedbackRequest[]>();
    expect(forManager[0]!.answers.find((a) => a.person.id === colleagueId)?.answer).toBe('Helder, met SBAR.');
    expect(
      (await colleague.get(`/api/v1/feedback/shared?personId=${org.people.employee.id}`)).statusCode,
    ).toBe(403);
  });

  it('on a skill an answer can become a (peer) rating, once', async () => {
    const request = (
      await ask({ subjectKind: 'skill', subjectId: skillId, subjectLabel: undefined })
    ).json<FeedbackRequest>();
    expect(request.subject.label).toBe('Overdracht');
    const answered = await colleague.post(`/api/v1/feedback/requests/${request.id}/answer`, {
      answer: 'Je vat goed samen.',
      skillLevel: 3,
    });
    expect(answered.json<FeedbackRequest>().answers[0]!.skillLevel).toBe(3);
    const map = (await org.as.employee.get(`/api/v1/skills/people/${org.people.employee.id}`)).json<{
      skills: { skill: { id: string }; peerEndorsements: number }[];
    }>();
    expect(map.skills.find((s) => s.skill.id === skillId)?.peerEndorsements).toBe(1);
    const again = await colleague.post(`/api/v1/feedback/requests/${request.id}/answer`, {
      answer: 'Nog eens',
      skillLevel: 4,
    });
    expect(again.statusCode).toBe(409);
  });

  it('a plan goal must be my own; the label is the goal', async () => {
    const request = await ask({ subjectKind: 'plan_goal', subjectId: goalId, subjectLabel: undefined });
    expect(request.json<FeedbackRequest>().subject.label).toBe('Beter overdragen');
    const notMine = await ask({ subjectKind: 'plan_goal', subjectId: goalId }, colleague);
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().errors[0].field).toBe('subjectId');
  });
});

describe('feedback endpoints', () => {
  let requestId: string;
  beforeAll(async () => {
    requestId = (await ask({})).json<FeedbackRequest>().id;
  });
  const byId = (path = '') => `/api/v1/feedback/requests/${requestId}${path}`;

  it('another organisation finds nothing and changes nothing', async () => {
    expect((await other.as.owner.get(byId())).statusCode).toBe(404);
    expect((await other.as.owner.patch(byId(), { isSharedWithManager: true })).statusCode).toBe(404);
    expect((await other.as.owner.post(byId('/answer'), { answer: 'x' })).statusCode).toBe(404);
    expect((await other.as.owner.post(byId('/decline'))).statusCode).toBe(404);
    expect(
      (await other.as.owner.get(`/api/v1/feedback/shared?personId=${org.people.employee.id}`)).statusCode,
    ).toBe(404);
    const refused = await ask({}, other.as.owner);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('personIds.0');
    expect((await other.as.owner.get('/api/v1/feedback/inbox')).json()).toEqual([]);
    expect((await org.as.employee.get(byId())).json<FeedbackRequest>()).toMatchObject({
      isSharedWithManager: false,
      answers: [{ answer: null, declinedAt: null }],
    });
  });

  it('only the asker shares; only those asked answer (others 403/404), nothing changes', async () => {
    expect((await colleague.patch(byId(), { isSharedWithManager: true })).statusCode).toBe(403);
    expect((await org.as.manager.patch(byId(), { isSharedWithManager: true })).statusCode).toBe(404);
    expect((await org.as.manager.post(byId('/answer'), { answer: 'x' })).statusCode).toBe(404);
    expect((await org.as.employee.post(byId('/answer'), { answer: 'x' })).statusCode).toBe(404);
    expect((await org.as.employee.get(byId())).json<FeedbackRequest>()).toMatchObject({
      isSharedWithManager: false,
      answers: [{ answer: null }],
    });
  });

  it.each([
    [{ question: '' }, 'question'],
    [{ personIds: [] }, 'personIds'],
    [{ subjectKind: 'gossip' }, 'subjectKind'],
    [{ subjectLabel: undefined }, 'subjectLabel'],
    [{ subjectKind: 'skill', subjectId: undefined }, 'subjectId'],
    [{ subjectKind: 'skill', subjectId: '00000000-0000-4000-8000-000000000000' }, 'subjectId'],
    [{ personIds: ['00000000-0000-4000-8000-000000000000'] }, 'personIds.0'],
  ] as const)('asking with %j is a 400 naming %s', async (body, field) => {
    const before = (await org.as.employee.get('/api/v1/feedback/requests')).json<unknown[]>().length;
    const response = await ask(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await org.as.employee.get('/api/v1/feedback/requests')).json<unknown[]>()).toHaveLength(before);
  });

  it('bad answers and queries are a 400 naming the field', async () => {
    const empty = await colleague.post(byId('/answer'), { answer: '' });
    expect(empty.json().errors[0].field).toBe('answer');
    const level = await colleague.post(byId('/answer'), { answer: 'ok', skillLevel: 3 });
    expect(level.statusCode).toBe(400);
    expect(level.json().errors[0].field).toBe('skillLevel');
    expect((await colleague.patch(byId(), { isSharedWithManager: 'ja' })).statusCode).toBe(400);
    expect((await org.as.manager.get('/api/v1/feedback/shared?personId=x')).statusCode).toBe(400);
    expect((await org.as.employee.get(byId())).json<FeedbackRequest>().answers[0]!.answer).toBeNull();
  });
});
